r"""A line naming an earlier part is not read at that part's values where it contrasts with it, or where its own
part states the name anew (review42, documents.namedparts).

With $a = 1$ in part (a) and $a = 2$ in part (b) of $q(x) = (x + a)^2$, "Unlike part (a), $q(0) = 1$" (in part (c),
a = 2 latest: q(0) = 4) was PROVED at part (a)'s a = 1; so were "(c) Let $a = 5$. Redo part (a) with this value:
$q(0) = 1$" and "(c) Let $a = 3$. Compared with part (a), … $q(3) = 16$" — the line's own part states a, and its value
is not part (a)'s. Such a line's value is undecided: never green at a value it does not mean, never FAILED. Every
example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps
from test_sound42_named_part_values import _NOTES  # the same three-part exercise sound42 wrote

from verifier.results import Verdict


def _last(line: str) -> Verdict:
    steps = doc_steps(_NOTES.replace("LINE", line))
    assert len(steps) > 4  # the line's own step is read
    return steps[-1].verdict


@pytest.mark.parametrize("line", [
    "Unlike part (a), the score at zero is $q(0) = 1$.",  # q(0) = 4 at a = 2; 1 only at part (a)'s a = 1
    "In contrast to (a), the score at zero is $q(0) = 1$.",
    "Let $a = 5$. Redo part (a) with this value: $q(0) = 1$.",  # a = 5 here: q(0) = 25
    "Let $a = 3$.\nAs in part (a), the score at three is $q(3) = 16$.",  # a = 3 here (q(3) = 36), or part (a)'s?
    "Let $a = 3$.\nCompared with part (a), the score at three is $q(3) = 16$.",  # a = 3 here: q(3) = 36
])
def test_a_line_contrasting_with_the_part_or_restating_its_names_is_not_green(line: str) -> None:
    assert _last(line) is not Verdict.PROVED
    assert _last(line) is not Verdict.PASSED


def test_a_right_value_recalled_from_the_part_stays_green() -> None:
    assert _last("Recall from (a) that $q(3) = 16$.") is Verdict.PROVED
    assert _last("Let $b = 3$. Recall from (a) that $q(3) = 16$.") is Verdict.PROVED  # b is no name of q
