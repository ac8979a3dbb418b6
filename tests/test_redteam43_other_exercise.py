r"""A line naming another exercise, or "the previous part", is not read at the latest value nor at a part of its
own exercise (redteam43, documents.namedparts).

Exercise 1 sets $a = 1$ (q(3) = 16 for $q(x) = (x + a)^2$), Exercise 2 sets $a = 3$ in its part (a). In Exercise 2,
"Recall from part (a) of Exercise 1 that $q(3) = 36$." was PROVED "in part (a), which this line names" — Exercise 2's
part (a), a = 3 — and the right "… $q(3) = 16$" FAILED; "Recall from Exercise 1 that $q(3) = 36$" (no part named) was
PROVED at the latest a, the right 16 FAILED. A part's own renewal on the chain's line ("(c) Let $a = 3$. As in
part (a), … $q(3) = 16$.") was not seen (review42 saw one on a line before), so 16 was PROVED at part (a)'s a.
And in a part that states the name anew, "As in the previous part, $q(3) = 25$" (part (b)'s value) was FAILED at
the part's own. Which value such a line means is undecided: never
green at another, never FAILED. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = """# Exercise 1

Let $q(x) = (x + a)^2$ and $a = 1$. Then

$$q(3) = (3 + 1)^2 = 16$$

# Exercise 2

(a) Let $a = 3$. Then

$$q(0) = 9$$

(b) LINE
"""

_PARTS = """# Exercise

Let $q(x) = (x + a)^2$.

(a) Let $a = 1$. Then $$q(3) = (3 + 1)^2 = 16$$

(b) Now let $a = 2$. Then $$q(3) = (3 + 2)^2 = 25$$

(c) LINE
"""


def _last(notes: str, line: str) -> Verdict:
    steps = doc_steps(notes.replace("LINE", line))
    assert len(steps) >= 4  # the line's own step is read
    return steps[-1].verdict


@pytest.mark.parametrize("line", [
    "Recall from part (a) of Exercise 1 that $q(3) = 36$.",  # 16 in Exercise 1; 36 is Exercise 2's part (a)
    "Recall from part (a) of Exercise 1 that $q(3) = 16$.",
    "Recall from Exercise 1 that $q(3) = 36$.",
    "Recall from Exercise 1 that $q(3) = 16$.",
    "As in Problem 1, $q(3) = 16$.",
])
def test_a_line_naming_another_exercise_is_undecided(line: str) -> None:
    assert _last(_NOTES, line) is Verdict.SKIPPED


@pytest.mark.parametrize("line", [
    "Let $a = 3$. As in the previous part, $q(3) = 25$.",
    "Let $a = 3$. As in the previous part, $q(3) = 36$.",
    # review42's renewal on the line before, here on the chain's own line: it was PROVED at part (a)'s a = 1
    "Let $a = 3$. As in part (a), the score at three is $q(3) = 16$.",
])
def test_the_previous_part_in_a_part_renewing_the_name_is_undecided(line: str) -> None:
    assert _last(_PARTS, line) is Verdict.SKIPPED


@pytest.mark.parametrize("notes, line, verdict", [
    (_NOTES, "Then $q(2) = 25$.", Verdict.PROVED),  # no other exercise named: the latest a = 3
    (_PARTS, "As in the previous part, $q(3) = 25$.", Verdict.PROVED),  # part (c) renews nothing: a = 2
    (_PARTS, "As in the previous part, $q(3) = 16$.", Verdict.FAILED),
    (_PARTS, "Recall from (a) that $q(3) = 16$.", Verdict.PROVED),
])
def test_lines_naming_no_other_exercise_keep_their_verdicts(notes: str, line: str, verdict: Verdict) -> None:
    assert _last(notes, line) is verdict
