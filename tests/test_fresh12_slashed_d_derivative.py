r"""``dy/dx = 2x``: a derivative written inline with a slash and upright or italic d's.

``\partial y/\partial x`` was read as the derivative it is, but ``dy/dx`` (and ``\mathrm{d}y/\mathrm{d}x``)
was read as the product ``d\cdot y`` over ``d\cdot x``: ``y/x``, so a correct ``dy/dx = 2x`` for
``y = x^2`` was FAILED inline and SKIPPED in a display. Where both sides of the slash are a ``d``
right before one name (with its scripts), and the numerator starts an operand, it is now
``\frac{dy}{dx}``, which the grammar reads as a derivative."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def _steps(text: str) -> list[tuple[Verdict, str, str]]:
    return [(s.verdict, s.lhs_latex, s.message or "") for ch in check_text(text, "notes.md").chains
            for s in ch.result.steps]  # fmt: skip


@pytest.mark.parametrize(
    ("notes", "right"),
    [
        ("Let $y = x^2$. Then $dy/dx = {}$.\n", "2x"),
        ("For $y = x^2$:\n$$dy/dx = {}$$\n", "2x"),
        ("Through $p = \\sigma(z)$, $dp/dz = {}$.\n", "p(1-p)"),
        ("With $u = \\sin t$,\n$$\\mathrm{d}u/\\mathrm{d}t = {}$$\n", "\\cos t"),
        ("Let $h_i = w x_i^3$.\n$$dh_i/dw = {}$$\n", "x_i^3"),
    ],
)
def test_a_slashed_derivative_is_read_as_one(notes: str, right: str) -> None:
    [(verdict, _, message)] = [s for s in _steps(notes.replace("{}", right)) if "/" in s[1]]
    assert verdict in GREEN, message


@pytest.mark.parametrize(
    ("notes", "wrong"),
    [
        ("Let $y = x^2$. Then $dy/dx = {}$.\n", "x"),
        ("For $y = x^2$:\n$$dy/dx = {}$$\n", "-2x"),
        ("Through $p = \\sigma(z)$, $dp/dz = {}$.\n", "p(1+p)"),
        ("With $u = \\sin t$,\n$$\\mathrm{d}u/\\mathrm{d}t = {}$$\n", "-\\cos t"),
        ("Let $h_i = w x_i^3$.\n$$dh_i/dw = {}$$\n", "3 w x_i^2"),
    ],
)
def test_a_wrong_slashed_derivative_is_failed(notes: str, wrong: str) -> None:
    [(verdict, _, message)] = [s for s in _steps(notes.replace("{}", wrong)) if "/" in s[1]]
    assert verdict == Verdict.FAILED, message

