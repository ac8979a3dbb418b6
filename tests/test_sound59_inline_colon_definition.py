r"""A definition written inline with ``:=`` or ``\coloneqq`` is a definition, as ``=`` is (sound59).

"Let $g(x) := x^2 + 1$." was not learned at all: the prose's inline formulas were cut at ``=`` only, and ``:=`` is
no ``=`` to that cut. So a derivative of g after it was SKIPPED ("g is not defined in the notes"), and where the notes
had defined g before ("Let $g(x) = x^3$. Now let $g(x) := x^2 + 1$.") the step was read with the old g: the right
``g'(x) = 2x`` FAILED and the wrong ``g'(x) = 3x^2`` PROVED. A display's ``:=`` was read already. An update in place
(``$a := a + 0.1$``: the name on both sides) stays an update (documents.renewednames). Every note is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_GREEN = (["PASSED"], ["PROVED"])
_COLONS = (":=", "\\coloneqq")


def _slope(before: str, claim: str, path: str = "notes.md") -> list[str]:
    text = f"# T\n\n{before} Its slope is\n\n$$\ng^{{\\prime}}(x) = {claim}.\n$$\n"
    return verdicts_by_line(text, path)[6]


@pytest.mark.parametrize("colon", _COLONS)
def test_an_inline_colon_definition_is_learned(colon: str) -> None:
    assert _slope(f"Let $g(x) {colon} x^2 + 1$.", "2x") in _GREEN
    assert _slope(f"Let $g(x) {colon} x^2 + 1$.", "3x") == ["FAILED"]


@pytest.mark.parametrize("colon", _COLONS)
def test_a_redefinition_with_a_colon_replaces_the_earlier_one(colon: str) -> None:
    before = f"Let $g(x) = x^3$. Now let $g(x) {colon} x^2 + 1$."
    assert _slope(before, "2x") in _GREEN  # was FAILED against x^3
    assert _slope(before, "3x^2") not in _GREEN  # was PROVED by x^3


def test_the_same_in_latex() -> None:
    text = ("\\documentclass{article}\n\\begin{document}\nLet $g(x) = x^3$. Now let $g(x) \\coloneqq x^2 + 1$.\n"
            "\\begin{equation}\ng'(x) = 3x^2\n\\end{equation}\n\\end{document}\n")
    assert verdicts_by_line(text, "notes.tex")[5] not in _GREEN


def test_an_update_in_place_is_no_definition() -> None:
    text = "# S\n\nLet $a = 0.3$ and $b = 0.3$.\n\nThen we update $a := a + 0.1$.\n\n$$2a = 0.6.$$\n"
    assert verdicts_by_line(text)[7] not in _GREEN
