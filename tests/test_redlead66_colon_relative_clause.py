r"""A condition a relative clause states of the sentence's formula ("$L = \max(0, 1 - y f)$, which is zero when $y f >
1$:") is that formula's, not necessarily the display's: the display after the colon may be about the other side
(``\partial L/\partial f = -y``, the active side of the hinge). lead66's colon cue read every "…, $…$, when $…$:" as the
display's condition, and the hinge's right derivative went from SKIPPED to FAILED "under $y f > 1$" (stop 66,
redlead66). A condition written right after the formula ("$L = …$, when $w x > 0$:") is still read."""

from support import verdicts_by_line

HINGE = r"""# Hinge

The hinge loss is $L = \max(0, 1 - y f)$, which is zero when $y f > 1$:

$$\frac{\partial L}{\partial f} = -y.$$
"""


def test_a_derivative_after_a_relative_clause_condition_is_not_failed() -> None:
    assert verdicts_by_line(HINGE)[5] != ["FAILED"]


def test_a_condition_right_after_the_formula_is_still_read() -> None:
    note = HINGE.replace(", which is zero when $y f > 1$:", ", and when $y f < 1$:")
    assert verdicts_by_line(note)[5] == ["PASSED"]


def test_a_wrong_derivative_is_still_failed() -> None:
    note = HINGE.replace(", which is zero when $y f > 1$:", ", and when $y f < 1$:").replace("= -y.$$", "= y.$$")
    assert verdicts_by_line(note)[5] == ["FAILED"]
