r"""An inline recursion about a family the notes define before (documents.inlineclaims).

V-trace notes define the target as a sum, ``v_s = V(x_s) + \sum_{t=s}^{s+n-1} …``, then say in the prose "splitting
off the first term gives the recursion used in code, $v_s = V(x_s) + \delta_s + \gamma c_s(v_{s+1} - V(x_{s+1}))$".
The inline formula writes v on both sides, so it is no definition of v (documents.definitions leaves a formula that
calls its own head), and it was no claim either: it was dropped without a word, and a recursion with a dropped
factor was as silent as the right one (fresh72, counted GREEN: no step at the planted line). It is a claim about the
notes' v now, checked (or SKIPPED with its reason) like the same formula in a display."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTES = r"""# Discounted sums

For $n \ge 1$ the target is

$$
v_s = \sum_{t=s}^{n} g^{t-s} d_t .
$$

Splitting off the first term gives the recursion used in code, ${claim}$.
"""


@pytest.mark.parametrize("claim", [r"v_s = d_s + g\, v_{s+1}", r"v_s = d_s + v_{s+1}"])
def test_the_recursion_is_reported(claim: str) -> None:
    verdicts = verdicts_by_line(_NOTES.replace("{claim}", claim))
    assert verdicts.get(9), verdicts


def test_a_wrong_recursion_is_not_green() -> None:
    verdicts = verdicts_by_line(_NOTES.replace("{claim}", r"v_s = d_s + v_{s+1}"))
    assert not {"PROVED", "PASSED"} & set(verdicts.get(9, [])), verdicts


def test_an_inline_definition_of_a_new_family_is_still_no_claim() -> None:
    notes = "# Sums\n\nLet $u_s = d_s + g\\, u_{s+1}$ with $u_{n+1} = 0$.\n"
    assert not verdicts_by_line(notes).get(3)
