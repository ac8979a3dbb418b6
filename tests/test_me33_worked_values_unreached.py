r"""A worked example's stated values are used by the chain whatever names they also set.

"With $x = 1$, $w_1 = 0$, $b_1 = 0$, $w_2 = 2$: $h = \sigma(w_1 x + b_1) = \sigma(0) = 0.5$." — the values
name ``w_2``, which this chain never reaches (it is the output weight of the next line). The value of a
subscripted name the chain does not know raised "w_2 is not declared (declare w …)", a message that
differs from the one a bare name raises, so it was not recognised as a value about another name: every
link of the worked number was SKIPPED "a hypothesis: w_2 is not declared". A value about a name the chain
never has assumes nothing here, whether the name is written with a subscript or not."""

from __future__ import annotations

from support import doc_steps

_NOTE = r"""
Let $h = \sigma(w_1 x + b_1)$ and $\hat y = w_2 h$.

With $x = 1$, $w_1 = 0$, $b_1 = 0$, $w_2 = 2$: $h = \sigma(0) = VALUE$.
"""


def test_a_worked_value_is_checked_beside_values_of_other_subscripted_names() -> None:
    steps = doc_steps(_NOTE.replace("VALUE", "0.5"))
    assert [s.verdict.value for s in steps] == ["PROVED", "PROVED"], [s.message for s in steps]


def test_a_wrong_worked_value_beside_them_fails() -> None:
    steps = doc_steps(_NOTE.replace("VALUE", "0.75"))
    assert steps[-1].verdict.value == "FAILED", steps[-1].message
