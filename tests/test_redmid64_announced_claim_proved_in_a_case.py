r"""An announced claim takes the verdict of its proof only where the proof is of the claim as announced (redmid64,
on ctx64 f1bbd028).

documents.provedlater gives a SKIPPED formula after "prove that" / "show that" the green verdict of the same two
members written later in the section. But the later green may hold only under a reading the prose states *between*
the two lines ("For $x \ge 0$ we have", "only for $x \ge 0$ do we have"): the later step is PROVED "when read with
x \ge 0 as the prose states", and the announcement — general, written before the condition — took that PROVED too,
even where the notes say in words that the general claim is false. On the base c735fc13 the announcement is SKIPPED
("holds only when read with the undeclared quantities positive"). Every note is written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_GREEN = {"PROVED", "PASSED"}


@pytest.mark.parametrize(
    "between",
    [
        "This is false for negative $x$; only for $x \\ge 0$ do we have",
        "For $x \\ge 0$ we have",
    ],
)
def test_a_claim_proved_only_in_a_case_stated_after_it_is_not_green(between: str) -> None:
    text = f"# A claim\n\nIt remains to show that $\\sqrt{{x^2}} = x$.\n\n{between}\n\n$$\\sqrt{{x^2}} = x$$\n"
    by_line = verdicts_by_line(text)
    assert by_line[7] == ["PROVED"]  # the case itself, as on the base
    assert not _GREEN & set(by_line[3]), by_line[3]
