r"""A name the notes define by cases at points (``\text{if } t = 1``, ``\text{if } t = 0``), used by a later
step: the definition has a value only at those points, so the step is checked at each of them
(documents.definedcases). Binary cross-entropy, a Bernoulli probability and an indicator are defined so in
notes, then written as one formula ("since $t$ can only be $0$ or $1$") or differentiated."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

LOSS = r"""
    The loss of one sample is

    $$\ell(t, y) = \begin{cases} -\log(y) & \text{if } t = 1 \\ -\log(1-y) & \text{if } t = 0 \end{cases}$$

    Its derivative by the prediction:

    $$\frac{\partial \ell(t, y)}{\partial y} = -\frac{t}{y} + \frac{1-t}{1-y}$$
    """

BERNOULLI = r"""
    The probability of the label is

    $$p = \begin{cases} \phi & \text{if } y = 1 \\ 1 - \phi & \text{if } y = 0 \end{cases}$$

    and its logarithm

    $$\log p = y \log \phi + (1 - y) \log(1 - \phi)$$
    """

RESTATED = r"""
    The loss of one sample is

    $$\xi(t, y) = \begin{cases} -\log(y) & \text{if } t = 1 \\ -\log(1-y) & \text{if } t = 0 \end{cases}$$

    Since $t$ can only be $0$ or $1$, we can write it as

    $$\xi(t, y) = -t \log(y) - (1-t) \log(1-y)$$
    """


def _last(body: str):
    return doc_steps(body)[-1]


def test_a_derivative_of_a_loss_defined_by_cases_is_checked_at_each_case() -> None:
    step = _last(LOSS)
    assert step.verdict is Verdict.PROVED, step.message
    assert "at each point its cases" in step.message


def test_a_wrong_derivative_of_a_loss_defined_by_cases_fails() -> None:
    step = _last(LOSS.replace(r"+ \frac{1-t}{1-y}", r"- \frac{1-t}{1-y}"))
    assert step.verdict is Verdict.FAILED, step.message
    assert "t = 0" in step.message


def test_a_bernoulli_probability_written_as_one_power_is_proved() -> None:
    assert _last(BERNOULLI).verdict is Verdict.PROVED


def test_a_wrong_bernoulli_logarithm_fails() -> None:
    step = _last(BERNOULLI.replace(r"(1 - y) \log(1 - \phi)", r"(1 + y) \log(1 - \phi)"))
    assert step.verdict is Verdict.FAILED, step.message


def test_the_one_formula_restating_the_cases_is_checked_against_them() -> None:
    step = _last(RESTATED)
    assert step.verdict is Verdict.PROVED, step.message
    assert "checked against the notes' definition" in step.message


def test_a_wrong_restatement_of_the_cases_is_not_green() -> None:
    step = _last(RESTATED.replace(r"- (1-t) \log(1-y)", r"- (2-t) \log(1-y)"))
    assert step.verdict is not Verdict.PROVED and step.verdict is not Verdict.PASSED
    assert step.verdict is not Verdict.ERROR


def test_a_derivative_by_the_name_the_cases_split_on_is_not_read_so() -> None:
    # the cases give no value between t = 0 and t = 1: a derivative by t is not checked at the points
    step = _last(LOSS.replace(r"\frac{\partial \ell(t, y)}{\partial y} = -\frac{t}{y} + \frac{1-t}{1-y}",
                              r"\frac{\partial \ell(t, y)}{\partial t} = 0"))
    assert step.verdict is not Verdict.PROVED and step.verdict is not Verdict.PASSED


def test_cases_with_an_otherwise_row_are_sampled_as_before() -> None:
    ramp = r"""
        $$r(x) = \begin{cases} x & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}$$

        $$\frac{d r(x)}{d x} = 5$$
        """
    step = _last(ramp)
    assert "at each point its cases" not in (step.message or "")


def test_a_step_that_does_not_write_the_split_name_is_not_failed() -> None:
    # "$p = \phi$" may be said of the case y = 1 alone: it is no claim at y = 0
    step = _last(BERNOULLI.replace(r"\log p = y \log \phi + (1 - y) \log(1 - \phi)", r"\log p = \log \phi"))
    assert step.verdict is not Verdict.FAILED
    assert "at each point its cases" not in (step.message or "")


def test_a_step_the_prose_says_is_one_case_is_not_failed() -> None:
    # "…, where $y = 1$.": the notes pick the case themselves; the other point is no claim of the step
    step = _last(BERNOULLI.replace(r"$$\log p = y \log \phi + (1 - y) \log(1 - \phi)$$",
                                   r"$$\log p = y \log \phi$$ where $y = 1$."))
    assert step.verdict is not Verdict.FAILED
