r"""An inline restatement that opens its line is not checked against itself: a wrong one is never PROVED.

redmid62 (an older false green, on f837d20b): after the display ``\mathrm{ESS} = \frac{1}{\sum_i w_i^2}``, the
sentence "Now $\mathrm{ESS} = n^2 = n \cdot n$." (or "If we simplify, then …", "In that case …") was PROVED
"checked against the notes' definition of ESS at line 6": the inline formula, which opens its line, was learned
as a definition of ESS for the chains of that line (documents.sameline: "Apply $f = g/h$, $f' = …$") — its own
chain among them, so its first link was checked against itself. A definition opening a line is for the formulas
after it on the line, not for its own. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = """# Effective sample size

The effective size is

$$
\\mathrm{ESS} = \\frac{1}{\\sum_{i=1}^n w_i^2}.
$$

LEAD $\\mathrm{ESS} = n^2 = n \\cdot n$.
"""


@pytest.mark.parametrize("lead", ["Now", "If we simplify, then", "In that case"])
def test_a_wrong_restatement_opening_its_line_is_not_green(lead: str) -> None:
    got = verdicts_by_line(_NOTE.replace("LEAD", lead))
    assert got[9][0] not in ("PROVED", "PASSED"), got


def test_a_definition_opening_its_line_still_serves_the_formula_after_it() -> None:
    note = "# F\n\nApply $f = x^2$, so $f + 1 = x^2 + 1$ and $f + 1 = x^2 + 2$.\n"
    got = verdicts_by_line(note)
    assert got[3][-2:] == ["PROVED", "FAILED"], got
