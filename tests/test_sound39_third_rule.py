r"""A problem with more than one rule for a family (sound39; sound38's problemrecurrences scoped rules by problem).

Three findings, each with notes written here: a second rule in Problem 2 that restates Problem 1's rule was no
rival (it was compared with Problem 1's rule), so Problem 2's unrolling by it was FAILED by Problem 2's first rule;
Problem 1's rivals kept Problem 2's single rule from unfolding (a lost PROVED); and a third rule was SKIPPED as
"defines h by a recurrence (…)" citing another rule's text."""

from __future__ import annotations

from support import doc_steps, verdicts_by_line

_BACK = """# T

## Problem 1

$$h_t = 2h_{t-1}$$

so

$$h_t = 2 \\cdot 2 h_{t-2} = 4h_{t-2}$$

## Problem 2

First

$$h_t = 3h_{t-1}$$

Now change the rule back:

$$h_t = 2h_{t-1}$$

so

$$h_t = 2 \\cdot 2 h_{t-2} = 4h_{t-2}$$
"""

_THREE_THEN_ONE = """# T

## Problem 1

$$h_t = 2h_{t-1}$$

Then

$$h_t = 3h_{t-1}$$

Then

$$h_t = 5h_{t-1}$$

## Problem 2

Now

$$h_t = 7h_{t-1}$$

so

$$h_t = 7 \\cdot 7 h_{t-2} = 49h_{t-2}$$
"""


def test_a_second_rule_restating_another_problems_is_a_rival() -> None:
    by_line = verdicts_by_line(_BACK)
    assert by_line[9] == ["PROVED", "PROVED"], by_line
    assert by_line[23][0] == "SKIPPED", by_line  # which of Problem 2's rules it follows is not said; not FAILED


def test_another_problems_rivals_do_not_block_a_problems_own_rule() -> None:
    by_line = verdicts_by_line(_THREE_THEN_ONE)
    assert by_line[23] == ["PROVED", "PROVED"], by_line


def test_a_third_rule_cites_its_own_text() -> None:
    steps = doc_steps(_THREE_THEN_ONE)
    third = next(s for s in steps if (s.message or "").find("5h_{t-1}") >= 0)
    assert "h_t = 2h_{t-1}" in third.message and third.message.index("5h_{t-1}") < third.message.index("2h_{t-1}")
    assert third.verdict.value == "SKIPPED"
