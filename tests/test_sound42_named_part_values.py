r"""A line that names an earlier part is read at that part's values (sound42, documents.namedparts).

With $a = 1$ in part (a) and $a = 2$ in part (b) of $q(x) = (x + a)^2$ (q(3) computed in each), part (c)'s "Recall from
(a) that $q(3) = 25$" was PROVED at part (b)'s a = 2 (documents.latestvalues reads the value stated last) — but in part
(a) q(3) = 16: a false PROVED; and the right "Recall from (a) that $q(3) = 16$" was FAILED. A line naming an earlier
part ("in part (a)", "as in (a)", "Compare with part (a)", "recall from (a)") is read at the values that part
states; where the part cannot be found, or the line also says "here"/"now", which value it means is not decided:
never green at a value it does not mean, never FAILED. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = """# Exercise 3

The score is $q(x) = (x + a)^2$.

(a) Let $a = 1$. Then

$$q(3) = (3 + 1)^2 = 16$$

(b) Now let $a = 2$. Then

$$q(3) = (3 + 2)^2 = 25$$

(c) LINE
"""

_HEADED = """# Exercise 3

The score is $q(x) = (x + a)^2$.

## Part (a)

Let $a = 1$. Then

$$q(3) = (3 + 1)^2 = 16$$

## Part (b)

Now let $a = 2$. Then

$$q(3) = (3 + 2)^2 = 25$$

## Part (c)

LINE
"""


def _last(notes: str, line: str) -> Verdict:
    steps = doc_steps(notes.replace("LINE", line))
    return steps[-1].verdict


@pytest.mark.parametrize("notes", [_NOTES, _HEADED])
@pytest.mark.parametrize("line", [
    "As in part (a), $q(3) = 16$.",
    "Compare with part (a): there the score at 3 was $q(3) = 16$.",
    "Recall from (a) that $q(3) = 16$.",
])
def test_a_right_value_of_the_part_named_is_green(notes: str, line: str) -> None:
    assert _last(notes, line) is Verdict.PROVED


@pytest.mark.parametrize("notes", [_NOTES, _HEADED])
@pytest.mark.parametrize("line", [
    "Recall from (a) that $q(3) = 25$.",  # 25 is q(3) at part (b)'s a = 2, not at part (a)'s a = 1
    "Compare with part (a): there the score at 3 was $q(3) = 25$.",
])
def test_a_value_of_another_part_is_not_green(notes: str, line: str) -> None:
    assert _last(notes, line) is Verdict.FAILED


@pytest.mark.parametrize("line", [
    "Compare with part (e): there $q(3) = 25$.",  # no part (e): which a is not decided
    "Compare with part (a): here $q(3) = 25$.",  # "here": part (c)'s value, or part (a)'s?
    "Compare with part (a): here $q(3) = 16$.",
])
def test_an_undecided_part_is_neither_green_nor_failed(line: str) -> None:
    assert _last(_NOTES, line) is Verdict.SKIPPED


def test_a_line_naming_no_part_keeps_the_latest_value() -> None:
    assert _last(_NOTES, "Then $q(3) = 25$.") is Verdict.PROVED
