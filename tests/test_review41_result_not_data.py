r"""A value the prose states for a name the notes computed just before is a rounded result, not data (review41).

"$$L = -\log 0.5$$ so the loss is $L = 0.69$" then ``3L = 2.08`` was FAILED by sound41's exact-data policy
("this side is 2.07"): 0.69 was taken as an exact input, though the notes show it as the rounding of −log 0.5
(3·0.6931 = 2.079). A name the notes write on the left of ``=`` before the statement is computed there: its stated
value is no data, and the step is judged as a rounding. Values stated with no computation stay data."""

from __future__ import annotations

from support import doc_steps

COMPUTED = r"""
# Loss

$$
L = -\log 0.5
$$

so the loss is $L = 0.69$.

$$
3L = VALUE
$$
"""

DATA = r"""
# Probabilities

The probabilities are $p_1 = 0.5$, $p_2 = 0.3$ and $p_3 = 0.2$.

$$
p_1 + p_2 + p_3 = 0.9
$$
"""


def _last(notes: str) -> str:
    return doc_steps(notes)[-1].verdict.value


def test_a_rounded_result_stated_in_prose_is_not_failed_as_exact_data() -> None:
    assert _last(COMPUTED.replace("VALUE", "2.08")) != "FAILED"


def test_a_wrong_value_from_the_rounded_result_is_never_green() -> None:
    assert _last(COMPUTED.replace("VALUE", "2.5")) not in ("PROVED", "PASSED")


def test_values_stated_with_no_computation_are_still_data() -> None:
    assert _last(DATA) == "FAILED"


def test_a_value_computed_on_the_statement_s_own_line_is_not_data() -> None:
    notes = "# Loss\n\nThe loss is $L = 0.69$ nats, from $L = -\\log 0.5$.\n\n$$\n3L = 2.08\n$$\n"
    assert _last(notes) != "FAILED"


def test_a_value_at_a_case_before_computes_nothing() -> None:
    notes = (
        "# Threshold\n\nWith $\\alpha = 1$ it is the lasso; with $\\alpha = 0$ it is ridge.\n\n"
        "Take $\\lambda = 0.5$ and $\\alpha = 0.6$, so\n\n$$\n\\lambda\\alpha = 0.2\n$$\n"
    )
    assert _last(notes) == "FAILED"
