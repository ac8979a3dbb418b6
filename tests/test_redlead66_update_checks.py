r"""A display ``g = <numbers> = <result>`` after the notes gave g that same value is a check, not an update: its first
link is read at the stated value. lead66 made such a display state g (documents.stated.computed_result), and the
display's own line then counted as "a line stating g anew" (chainvalues' sound45 rule for a table's row), so g lost the
value the prose gave it: "The total gradient is $g = (1, 1)$. Check: $$g = (1, 0) + (0, 1) = (1, 1)$$" was PROVED on
the base and became SKIPPED "gives g a new value, (1, 1) (it was (1, 1) …)" (stop 66, redlead66)."""

from support import doc_steps, verdicts_by_line

CHECK = r"""# Gradient

The total gradient is $g = (1, 1)$. Check: adding the two per-sample gradients,

$$g = (1, 0) + (0, 1) = (1, 1).$$
"""


def test_a_vector_check_that_agrees_with_the_stated_value_is_proved() -> None:
    assert verdicts_by_line(CHECK)[5] == ["PROVED", "PROVED"]


def test_a_vector_check_that_computes_another_value_is_not_green() -> None:
    wrong = CHECK.replace("$g = (1, 1)$", "$g = (1, 2)$")
    assert verdicts_by_line(wrong)[5][0] not in ("PROVED", "PASSED")


def test_a_perceptron_update_is_still_no_claim() -> None:
    note = r"""# Perceptron

Start from $w = (0, 0)$ and see $x_1 = (2, 1)$ with $y_1 = -1$, a mistake, so

$$w = (0, 0) + (-1)(2, 1) = (-2, -1).$$
"""
    assert verdicts_by_line(note)[5] == ["SKIPPED", "PROVED"]


def test_a_display_that_keeps_the_stated_value_is_not_called_an_update() -> None:
    # b = 1 - 0.5·2 is 0, not the 1 stated and written: a claim (its second link FAILED), never "a new value, 1 (it
    # was 1)" on its first link
    note = r"""# Bias

The bias is $b = 1$ and the learning rate $\eta = 0.5$; the gradient is $2$. The update leaves it fixed:

$$b = 1 - 0.5 \cdot 2 = 1.$$
"""
    assert not any("new value" in (s.message or "") for s in doc_steps(note)), [s.message for s in doc_steps(note)]
    assert "FAILED" in verdicts_by_line(note)[5]
