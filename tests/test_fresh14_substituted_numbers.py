r"""``\frac{\partial L}{\partial w} = (\tfrac12 - 1)\cdot 2`` after "take $x = 2$, $y = 1$, $w = 0$": a worked check.

Solutions end with a numeric check: the prose states the inputs, and a link sets a formula of the notes equal
to the same formula with the numbers substituted, written as arithmetic (``(\tfrac12 - 1)\cdot 2``). Such a
member cannot hold for every value of the names, only at the stated ones; with exact numbers (no decimal)
the chain was not read as a worked one and the link was SKIPPED ("a worked number against a definition …
whose values the notes give only in prose"). It is now read at the stated values (documents.numberpoints);
a wrong substitution is not green (SKIPPED with both values, as for decimals), and a bare exact number
(``= \tfrac14``, the end of an identity) does not make a chain worked."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = (
    "Model: $p = \\sigma(w x)$, loss $\\ell = -y\\log p - (1-y)\\log(1-p)$, so that\n"
    "$$\\frac{{\\partial \\ell}}{{\\partial w}} = (p - y)\\,x .$$\n\n"
    "**Check.** Take $x = 2$, $y = 1$ and $w = 0$, so $p = \\tfrac12$:\n"
    "$$\\frac{{\\partial \\ell}}{{\\partial w}} = {} = -1 .$$\n"
)


def _check_link(right: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(_NOTES.format(right), "notes.md").chains for s in ch.result.steps]
    return steps[-2].verdict, steps[-2].message or ""


def test_a_correct_substitution_is_green() -> None:
    verdict, message = _check_link("\\left(\\tfrac12 - 1\\right)\\cdot 2")
    assert verdict in GREEN, message


@pytest.mark.parametrize("right", ["\\left(\\tfrac12 - 1\\right)\\cdot 4", "\\left(1 - \\tfrac12\\right)\\cdot 2"])
def test_a_wrong_substitution_is_not_green(right: str) -> None:
    verdict, message = _check_link(right)
    assert verdict not in GREEN, message


def test_an_exact_end_of_an_identity_is_not_read_at_the_values() -> None:
    from verifier.documents.numberpoints import substituted_numbers
    from verifier.latex import parse_latex

    assert not substituted_numbers(("\\frac{\\partial \\ell}{\\partial w}", "\\tfrac14"), parse_latex)
    assert substituted_numbers(("\\frac{\\partial \\ell}{\\partial w}", "\\tfrac12\\cdot\\tfrac12"), parse_latex)
    assert not substituted_numbers(("\\tfrac12\\cdot\\tfrac12", "\\tfrac14"), parse_latex)
    # a member the parser simplifies to a number still writes names: no substitution
    assert not substituted_numbers(("(1-\\varepsilon)\\sum_k y_k", "(1-\\varepsilon) + \\varepsilon"), parse_latex)


_HALF = (
    "Let $h = \\sigma(a)$ with $a = w x$, and $L = \\tfrac12 (v h - y)^2$, so\n"
    "$$\\frac{{\\partial L}}{{\\partial a}} = (v h - y)\\, v\\, \\sigma(a)(1 - \\sigma(a)) .$$\n\n"
    "Numbers: $x = 1$, $w = 0$, $v = 2$, $y = 0$, so $a = 0$ and $h = \\tfrac12$:\n"
    "$$\\frac{{\\partial L}}{{\\partial a}} = (v h - y)\\, v\\, \\sigma(0)(1 - \\sigma(0)) = {} = {}$$\n"
)


def _half(worked: str, value: str) -> list[tuple[Verdict, str]]:
    return [(s.verdict, s.message or "") for ch in check_text(_HALF.format(worked, value), "notes.md").chains
            for s in ch.result.steps][-3:]  # fmt: skip


def test_the_arithmetic_of_a_worked_chain_is_checked_as_arithmetic() -> None:
    *_, (verdict, message) = _half("1\\cdot 2\\cdot\\tfrac12\\cdot\\tfrac12", "\\tfrac12")
    assert verdict in GREEN, message
    *_, (verdict, message) = _half("1\\cdot 2\\cdot\\tfrac12\\cdot\\tfrac12", "1")
    assert verdict is Verdict.FAILED, message


def test_a_link_written_at_a_point_is_not_failed_as_an_identity() -> None:
    (verdict, message), *_ = _half("1\\cdot 2\\cdot\\tfrac12\\cdot\\tfrac12", "\\tfrac12")
    assert verdict is not Verdict.FAILED, message


def test_arithmetic_is_green_where_the_stated_values_cannot_be_taken() -> None:
    notes = ("Let $W \\in \\mathbb{R}^{m\\times d}$, $x \\in \\mathbb{R}^d$ and $a = W x$.\n\n"
             "Numbers ($d = m = 1$): $x = 1$, $W = 3$:\n$$a = W x = 3\\cdot 1 = 3$$\n")  # fmt: skip
    last = [s for ch in check_text(notes, "notes.md").chains for s in ch.result.steps][-1]
    assert last.verdict in GREEN, last.message
