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
