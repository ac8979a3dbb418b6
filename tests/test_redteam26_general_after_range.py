r"""A range stated in an earlier clause that the prose then leaves for the general case (redteam26).

"For $x > 0$ this is easy; in general, $$\frac{d}{dx}|x| = 1$$" states the display for every x: the range
belongs to the clause the prose is done with. It was read as the display's range and the wrong derivative
was PROVED "as the prose states". A range followed, in a later clause before the claim, by "in general",
"otherwise" or "in the general case" is no hypothesis of it (as symmetricprose reads "for symmetric $A$
…; in general"). A range in the claim's own clause ("In general, for $x > 0$,") still is."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = """# Note

PROSE
$$STEP$$
"""


def _step(prose: str, step: str) -> object:
    return doc_steps(_NOTES.replace("PROSE", prose).replace("STEP", step))[-1]


@pytest.mark.parametrize("prose", [
    "For $x > 0$ this is easy; in general,",
    "For $x > 0$ this is easy. In general,",
    "For $x > 0$ this is easy; otherwise",
    "For $x > 0$ the derivative is simple, and in general it reads",
    "For $x > 0$: in general",
    "For $x > 0$, but in the general case,",
])  # fmt: skip
def test_a_range_left_for_the_general_case_is_no_hypothesis(prose: str) -> None:
    r = _step(prose, r"\frac{d}{dx}|x| = 1")
    assert r.verdict is Verdict.FAILED, r.message


@pytest.mark.parametrize("prose", [
    "In general, for $x > 0$,",
    "For $x > 0$ we have",
    "For $x > 0$ (as in general),",
])  # fmt: skip
def test_a_range_of_the_claims_own_clause_is_still_read(prose: str) -> None:
    r = _step(prose, r"\frac{d}{dx}|x| = 1")
    assert r.verdict.ok, r.message
