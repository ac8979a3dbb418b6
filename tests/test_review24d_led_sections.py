r"""review24d: a display led by ⇒ follows from the equation ending the display before it
(documents.equivalent.link_equations) only within a part of the notes: after a heading the ⇒ continues
that section's own prose, and a solution copied from the section before (the ridge solution where the
section is about ordinary least squares) must not be PROVED by the equation it does not solve. Small
notes written for the tests."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

RIDGE = r"""
# Ridge regression

Setting the gradient of the penalised loss to zero,

$$(X^T X + \lambda I) w = X^T y$$

HEADING

Without the penalty the same steps give

$$\Rightarrow w = (X^T X + \lambda I)^{-1} X^T y$$
"""

SCALAR = r"""
# Part one

Setting the derivative to zero,

$$2x - 4 = 0$$

# Part two

Now minimise $g(x) = x^2 - 6x$:

$$\Rightarrow x = 2$$
"""


def _led(text: str):  # type: ignore[no-untyped-def]
    return next(s for s in doc_steps(text) if s.lhs_latex.strip(" \\;") in ("w", "x"))


def test_a_led_solution_after_a_heading_is_not_checked_against_the_section_before() -> None:
    step = _led(RIDGE.replace("HEADING", "# Ordinary least squares"))
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_a_led_equation_after_a_heading_is_not_checked_against_the_section_before() -> None:
    step = _led(SCALAR)
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_a_led_solution_in_the_same_section_still_follows() -> None:
    step = _led(RIDGE.replace("HEADING", "so that, multiplying by the inverse,"))
    assert step.verdict is Verdict.PROVED, step.message


RESTATED = r"""
The estimate is defined as

$$\hat{w} = (X^T X)^{-1} X^T y$$

Setting the gradient of the ridge loss to zero,

$$(X^T X + \lambda I) \hat{w} = X^T y$$

$$\Rightarrow \hat{w} = SOLUTION$$
"""


def _restated(solution: str):  # type: ignore[no-untyped-def]
    steps = doc_steps(RESTATED.replace("SOLUTION", solution))
    return next(s for s in steps if s.lhs_latex.strip() == r"\hat{w}" and "lambda" in s.rhs_latex)


def test_a_led_line_that_restates_a_defined_name_does_not_follow_vacuously() -> None:
    # with ŵ read by its earlier definition both equations lose their unknown: λ(XᵀX)⁻¹Xᵀy = 0 and
    # 2λ(XᵀX)⁻¹Xᵀy = 0 are multiples of each other, whatever factor the solution gets wrong
    step = _restated(r"(X^T X + 2 \lambda I)^{-1} X^T y")
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_a_led_line_that_restates_a_defined_name_is_not_failed() -> None:
    step = _restated(r"(X^T X + \lambda I)^{-1} X^T y")
    assert step.verdict is not Verdict.FAILED, step.message


WEIGHTED = r"""
Setting the gradient of the weighted loss to zero,

$$X^T W X \theta = X^T W y$$

$$\Rightarrow \theta = SOLUTION$$
"""


def test_a_wrong_led_solution_says_it_was_not_shown_to_follow() -> None:
    # the weight dropped from the right side: still θ's definition for the lines after it, but not silently
    steps = doc_steps(WEIGHTED.replace("SOLUTION", r"(X^T W X)^{-1} X^T y"))
    step = next(s for s in steps if s.lhs_latex.strip() == r"\theta")
    assert step.verdict is Verdict.SKIPPED, step.message
    assert "defines theta" in step.message and "not shown to follow from the equation before it" in step.message


def test_a_led_line_for_a_name_the_context_defines_does_not_follow_vacuously() -> None:
    # the context's definition of ŵ takes the unknown out of both equations as the notes' would
    text = RESTATED.replace("The estimate is defined as", "```verify\n\\hat{w} := (X^T X)^{-1} X^T y\n```")
    text = text.replace("$$\\hat{w} = (X^T X)^{-1} X^T y$$", "")
    steps = doc_steps(text.replace("SOLUTION", r"(X^T X + 2 \lambda I)^{-1} X^T y"))
    assert "verify" in text and "(X^T X)^{-1} X^T y$$" not in text, text
    step = next(s for s in steps if s.lhs_latex.strip() == r"\hat{w}")
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message
