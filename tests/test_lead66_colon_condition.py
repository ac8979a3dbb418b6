r"""A condition closing the sentence that leads into a display with a colon is the display's condition, even where the
sentence wrote another formula first: "For the squared loss through a ReLU unit, $L = \frac12(\mathrm{ReLU}(wx) -
y)^2$, when $w x > 0$:" then ``\frac{\partial L}{\partial w} = (w x - y) x`` was FAILED at a point with wx < 0, outside
the region the notes state (stop 66, lead66: a false alarm; "When $w x > 0$ …" opening a sentence was read)."""

from support import verdicts_by_line

NOTE = r"""# ReLU loss

For the squared loss through a ReLU unit, $L = \frac{1}{2}(\mathrm{ReLU}(w x) - y)^2$, when $w x > 0$:

$$\frac{\partial L}{\partial w} = (w x - y) x.$$
"""


def test_a_colon_closed_condition_after_another_formula_is_read() -> None:
    assert verdicts_by_line(NOTE)[5] == ["PASSED"]


def test_a_wrong_derivative_under_it_is_still_failed() -> None:
    wrong = NOTE.replace("(w x - y) x.$$", "(w x + y) x.$$")
    assert verdicts_by_line(wrong)[5] == ["FAILED"]


def test_a_condition_not_closing_the_sentence_is_not_read_so() -> None:
    # the condition belongs to the inline formula, and the sentence goes on: the display is not restricted by it
    other = NOTE.replace("when $w x > 0$:", "when $w x > 0$, and in general:")
    assert verdicts_by_line(other)[5] != ["PASSED"]
