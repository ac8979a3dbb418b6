r"""The other signs of an inline definition define, as ``:=`` does (gaps61, left from stop 60).

"Let $g(x) \triangleq x^2 + 1$." (or ``\stackrel{\text{def}}{=}``, ``\overset{\text{def}}{=}``, ``\defeq``) and the
reversed "$x^2 + 1 =: g(x)$" (``\eqqcolon``) were not learned from the prose: its inline formulas were cut at ``=`` and
``:=`` only. A derivative of g after them was SKIPPED ("g is not defined in the notes"). ``\equiv`` defines a name
written alone on its left ("$g(x) \equiv x^2 + 1$"); between two expressions it stays a statement. An update in place
(the name on both sides) stays no definition. Every note is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_GREEN = (["PASSED"], ["PROVED"])
_SIGNS = (
    "g(x) \\triangleq x^2 + 1",
    "g(x) \\stackrel{\\text{def}}{=} x^2 + 1",
    "g(x) \\overset{\\text{def}}{=} x^2 + 1",
    "g(x) \\overset{\\mathrm{def}}{=} x^2 + 1",
    "g(x) \\defeq x^2 + 1",
    "x^2 + 1 =: g(x)",
    "x^2 + 1 \\eqqcolon g(x)",
    "g(x) \\equiv x^2 + 1",
)


def _slope(before: str, claim: str, path: str = "notes.md") -> list[str]:
    text = f"# T\n\n{before} Its slope is\n\n$$\ng^{{\\prime}}(x) = {claim}.\n$$\n"
    return verdicts_by_line(text, path)[6]


@pytest.mark.parametrize("formula", _SIGNS)
def test_an_inline_definition_with_its_sign_is_learned(formula: str) -> None:
    assert _slope(f"Let ${formula}$.", "2x") in _GREEN
    assert _slope(f"Let ${formula}$.", "3x") == ["FAILED"]


@pytest.mark.parametrize("formula", _SIGNS)
def test_it_replaces_an_earlier_definition(formula: str) -> None:
    before = f"Let $g(x) = x^3$. Now let ${formula}$."
    assert _slope(before, "2x") in _GREEN
    assert _slope(before, "3x^2") not in _GREEN


def test_the_same_in_latex() -> None:
    text = (
        "\\documentclass{article}\n\\begin{document}\nLet $g(x) = x^3$. Now let $g(x) \\triangleq x^2 + 1$.\n"
        "\\begin{equation}\ng'(x) = 3x^2\n\\end{equation}\n\\end{document}\n"
    )
    assert verdicts_by_line(text, "notes.tex")[5] not in _GREEN


def test_an_equivalence_between_expressions_defines_nothing() -> None:
    # the identity sin² + cos² ≡ 1 names nothing: g stays the earlier one
    before = "Let $g(x) = x^3$. Recall $\\sin^2 x + \\cos^2 x \\equiv 1$."
    assert _slope(before, "3x^2") in _GREEN


def test_a_reversed_update_in_place_is_no_definition() -> None:
    text = "# S\n\nLet $a = 0.3$ and $b = 0.3$.\n\nThen we update $a + 0.1 =: a$.\n\n$$2a = 0.6.$$\n"
    assert verdicts_by_line(text)[7] in _GREEN


def test_a_congruence_defines_nothing() -> None:
    before = "Let $g(x) = x^3$. For odd $g$ we have $g \\equiv 1 \\pmod{2}$."
    assert _slope(before, "3x^2") in _GREEN
