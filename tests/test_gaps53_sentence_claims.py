r"""A lone equation's sentence that holds claims, not hypotheses, of its names (gaps53).

documents.samenames reads a lone equation between undeclared names as a rewriting (checked for every value) unless
its sentence says something of its names first — a condition word, or a formula of them that may be a hypothesis.
Since sound52 a Markdown sentence runs through the displays set off by blank lines, so two kinds of sentence that
hold no hypothesis now kept a wrong rewriting SKIPPED "nothing says it is an identity" (stop 52's lost catches):

- an earlier display of the same sentence that is a derivative the notes work out ("Its gradient is a softmax,
  $$\frac{\partial}{\partial x_1}… = …$$ and it overestimates the max, as the rewriting $$…$$ shows"): it holds for
  every value of its names, once the derivative is taken, so as a hypothesis it restricts none;
- a condition verb whose subject is a value the prose names, of a name the display does not write ("The step
  $\eta = \frac{2}{a + b}$ balances the two factors: $$…$$"): the verb says what the named value does, and the display
  that follows, without η, is what it comes to for every value of the others.
"""

from __future__ import annotations

from support import doc_steps

DERIVATIVE_FIRST = r"""
# A smooth maximum

Its slope is a ratio,

$$\frac{\partial}{\partial x_1}\,s\log\left(e^{x_1/s} + e^{x_2/s}\right) = \frac{e^{x_1/s}}{e^{x_1/s} + e^{x_2/s}}$$

and its gap to the larger input can be read off from the rewriting

$$s\log\left(e^{x_1/s} + e^{x_2/s}\right) = x_1 + s\log\left(1 + e^{(%s)/s}\right)$$

shows when $x_1 \ge x_2$.
"""

NAMED_VALUE_FIRST = r"""
# Two rates

The error shrinks by $1 - r a$ along one direction and by $1 - r b$ along the other.
The rate $r = \frac{2}{a + b}$ balances the two factors:

$$
1 - \frac{2a}{a + b} = \frac{b - a}{%s} .
$$

Then the larger factor is as small as it can be.
"""


def test_a_wrong_rewriting_after_a_worked_derivative_in_its_sentence_is_failed() -> None:
    assert doc_steps(DERIVATIVE_FIRST % "x_1 - x_2")[-1].verdict.value == "FAILED"


def test_the_right_rewriting_after_a_worked_derivative_is_green() -> None:
    assert doc_steps(DERIVATIVE_FIRST % "x_2 - x_1")[-1].verdict.value in ("PROVED", "PASSED")


def test_a_wrong_derivative_earlier_in_the_sentence_still_counts_as_a_hypothesis() -> None:
    """A derivative display that does not hold everywhere may say where the step is meant: never FAILED on it."""
    notes = DERIVATIVE_FIRST.replace("\\frac{e^{x_1/s}}{e^{x_1/s} + e^{x_2/s}}", "\\frac{1}{2}") % "x_2 - x_1 + 1"
    assert doc_steps(notes)[-1].verdict.value != "FAILED"


def test_a_wrong_rewriting_after_a_named_value_that_balances_is_failed() -> None:
    assert doc_steps(NAMED_VALUE_FIRST % "2a + b")[-1].verdict.value == "FAILED"


def test_the_right_rewriting_after_a_named_value_that_balances_is_green() -> None:
    assert doc_steps(NAMED_VALUE_FIRST % "a + b")[-1].verdict.value in ("PROVED", "PASSED")


def test_balance_said_of_the_display_itself_still_counts() -> None:
    """"The two factors balance where $$…$$": the condition is the display's own (review33a), never FAILED."""
    notes = NAMED_VALUE_FIRST.replace("The rate $r = \\frac{2}{a + b}$ balances the two factors:",
                                      "The two factors balance where") % "2a + b"
    assert doc_steps(notes)[-1].verdict.value != "FAILED"


def test_a_named_value_of_a_name_the_display_writes_still_counts() -> None:
    """"The rate $a = 2b$ balances …": the display writes a, so the value may be its hypothesis: not FAILED."""
    notes = NAMED_VALUE_FIRST.replace("The rate $r = \\frac{2}{a + b}$", "The rate $a = 2 b$") % "2a + b"
    assert doc_steps(notes)[-1].verdict.value != "FAILED"
