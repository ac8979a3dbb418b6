r"""A worked chain whose link writes a stated label on one side only is taken at the label, the others left free.

"Let the logits be $z = (1, 2, 0)$ and the label $y = (0, 1, 0)$" then ``L = -\sum_i y_i \log p_i = -\log p_2 =
0.4076``: the middle link holds at the one-hot y for *every* z, but it was SKIPPED "fails as written and holds only
under the hypothesis z = (1, 2, 0); y = (0, 1, 0) … the sentence may name a special case" (z is on both sides, so the
whole hypothesis was doubted), and the worked number after it was SKIPPED with it. Taking such a link at the one-sided
names' values only (documents.oneinstance) checks it for every value of the names on both sides: a wrong index still
fails there, and a link that holds only with the two-sided names set too keeps its SKIPPED.
"""

from __future__ import annotations

from support import verdicts_by_line

SOFTMAX = r"""Let the logits be $z = (1, 2, 0)$ and the label $y = (0, 1, 0)$. The softmax is
$p_i = \frac{{e^{{z_i}}}}{{\sum_j e^{{z_j}}}}$.

The loss is $$L = -\sum_i y_i \log p_i = {picked} = {value}.$$
"""


def _steps(picked: str, value: str = "0.4076") -> list[str]:
    return verdicts_by_line(SOFTMAX.format(picked=picked, value=value))[4]


def test_the_label_picks_the_entry_for_every_logit() -> None:
    steps = _steps(r"-\log p_2")
    assert steps[1] == "PROVED", steps
    assert steps[2] in {"PASSED", "PROVED"}, steps


def test_the_wrong_entry_fails_at_the_label() -> None:
    assert _steps(r"-\log p_1")[1] == "FAILED"


def test_a_wrong_number_after_it_fails() -> None:
    assert _steps(r"-\log p_2", "0.4176")[2] == "FAILED"


def test_a_link_that_holds_only_with_both_sided_names_set_is_not_green() -> None:
    # x^3 against x^2: equal at the stated x = 1 only; y one-sided, x on both sides
    text = "Let $x = 1$ and $y = (0, 1)$. Then\n$$\\sum_i y_i x^3 = x^2 = 1.0$$\n"
    assert verdicts_by_line(text)[2][0] not in {"PROVED", "PASSED"}
