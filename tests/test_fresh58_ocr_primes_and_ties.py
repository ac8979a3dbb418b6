r"""Mathpix-style OCR: ``g^{\prime \prime}(x)`` and ``\mathrm{~d} x`` (latex.rewrite, latex.decorations).

OCR of handwritten notes writes every prime of a second derivative in one superscript group,
``g^{\prime \prime}(x)``, and sets a tie before an upright differential, ``\frac{\mathrm{d} g}{\mathrm{~d} x}``.
Both were unreadable ("unexpected '\prime'", "prose \text{~d}"), so every such step was SKIPPED. A group of
primes is that many primes; a tie (a space) before an upright letter leaves the letter."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.latex import parse_latex
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def _verdicts(claim: str) -> list[tuple[Verdict, str]]:
    notes = f"The bump is\n\\[\ng(x)=e^{{-x^{{2}}}}\n\\]\nand\n\\[\n{claim}\n\\]\n"
    chains = check_text(notes, "notes.md").chains
    return [(s.verdict, s.message or "") for ch in chains[1:] for s in ch.result.steps]


def test_a_group_of_primes_is_that_many_primes() -> None:
    assert parse_latex(r"g^{\prime \prime}(x)") == parse_latex("g''(x)")
    assert parse_latex(r"g^{\prime\prime\prime}(x)") == parse_latex("g'''(x)")
    assert parse_latex(r"\sigma^{\prime \prime}(x)") == parse_latex(r"\sigma''(x)")


@pytest.mark.parametrize(
    "claim",
    [
        r"g^{\prime \prime}(x)=\left(4 x^{2}-2\right) e^{-x^{2}}",
        r"\frac{\mathrm{d} g}{\mathrm{~d} x}=-2 x e^{-x^{2}}",
    ],
)
def test_ocr_derivatives_are_checked(claim: str) -> None:
    [(verdict, message)] = _verdicts(claim)
    assert verdict in GREEN, message


@pytest.mark.parametrize(
    "claim",
    [
        r"g^{\prime \prime}(x)=\left(2 x^{2}-2\right) e^{-x^{2}}",
        r"\frac{\mathrm{d} g}{\mathrm{~d} x}=-x e^{-x^{2}}",
    ],
)
def test_wrong_ocr_derivatives_fail(claim: str) -> None:
    [(verdict, message)] = _verdicts(claim)
    assert verdict is Verdict.FAILED, message
