r"""A function the prose defines with a bold parameter written without braces
(``$L(\boldsymbol\beta) = \|\mathbf{y} - X\boldsymbol\beta\|^2$``, ``\mathbf x``, ``\bm\theta``) is
defined as much as ``L(\boldsymbol{\beta})``: its gradient was SKIPPED ("L is not defined in the
notes"), so a missing factor in it went unseen. Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

NOTES = r"""
We minimise $L(\boldsymbol\beta) = \|\mathbf{y} - X\boldsymbol\beta\|^2$ over $\boldsymbol\beta$.

$$\nabla_{\boldsymbol\beta} L = {RHS}$$
"""


def verdicts(notes: str) -> list[tuple[str, str]]:
    result = check_text(notes, "notes.md", Settings())
    return [(s.verdict.value, s.message or "") for ch in result.chains for s in ch.result.steps]


def test_gradient_of_a_function_with_an_unbraced_bold_parameter() -> None:
    found = verdicts(NOTES.replace("{RHS}", r"2X^\top X\boldsymbol\beta - 2X^\top\mathbf{y}"))
    assert [v for v, _ in found] == ["PROVED"], found


def test_dropped_factor_in_that_gradient_is_failed() -> None:
    found = verdicts(NOTES.replace("{RHS}", r"X^\top X\boldsymbol\beta - 2X^\top\mathbf{y}"))
    assert [v for v, _ in found] == ["FAILED"], found


def test_mathbf_with_a_space() -> None:
    notes = "Let $f(\\mathbf x) = \\mathbf x^\\top \\mathbf x$.\n\n$$\\nabla_{\\mathbf x} f = 2\\mathbf x$$\n"
    assert [v for v, _ in verdicts(notes)] == ["PROVED"]
