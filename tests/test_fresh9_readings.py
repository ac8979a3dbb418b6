r"""Readings added by fresh9, each with a wrong variant: notes on probabilities write π for a
quantity and differentiate by it (``\frac{dH}{d\pi}``), … Every example is written here."""

from __future__ import annotations

from support import doc_steps

_ENTROPY = r"""
The coin lands heads with probability $\pi$; its entropy is

$$H(\pi) = -\pi\log\pi - (1-\pi)\log(1-\pi)$$

$$\frac{dH}{d\pi} = {rhs}$$
"""


def test_a_derivative_by_pi_reads_pi_as_a_quantity() -> None:
    _, step = doc_steps(_ENTROPY.replace("{rhs}", r"\log\frac{1-\pi}{\pi}"))
    assert step.verdict.value == "PROVED"
    assert "inferred pi" in step.message


def test_a_sign_flip_in_the_derivative_by_pi_fails() -> None:
    _, step = doc_steps(_ENTROPY.replace("{rhs}", r"\log\frac{\pi}{1-\pi}"))
    assert step.verdict.value == "FAILED"


def test_pi_stays_the_number_where_nothing_differentiates_by_it() -> None:
    (step,) = doc_steps(r"$$\frac{d}{dx}\sin(\pi x) = \pi\cos(\pi x)$$" + "\n")
    assert step.verdict.value == "PROVED"
    assert "inferred pi" not in (step.message or "")


_FREE_ENERGY = r"""
One visible unit $v$, hidden weights $w_j$, the visible bias $b$ and hidden biases $c_j$.

$$F(v) = -b v - \sum_j \log\left(1 + e^{c_j + w_j v}\right)$$

$$\frac{\partial F}{\partial b} = {rhs}$$
"""


def test_the_variable_named_alone_in_the_prose_is_still_the_derivatives_own() -> None:
    # "the visible bias $b$" names b alone; ∂F/∂b is still taken by b, with v held fixed
    _, step = doc_steps(_FREE_ENERGY.replace("{rhs}", "v"))
    assert step.verdict.value == "FAILED"


def test_the_right_derivative_by_a_variable_named_in_the_prose_is_proved() -> None:
    _, step = doc_steps(_FREE_ENERGY.replace("{rhs}", "-v"))
    assert step.verdict.value == "PROVED"


_LEAF = r"""
The quadratic model of the objective in the leaf weight is

$$J(w) = G w + \frac{1}{2}(H + \lambda) w^2$$

and setting its derivative to zero gives

$$w^* = -\frac{G}{H + \lambda}$$

Substituting the optimum,

$$J(w^*) = {rhs}$$
"""


def test_the_notes_function_at_a_point_they_define_is_checked() -> None:
    step = doc_steps(_LEAF.replace("{rhs}", r"-\frac{G^2}{2(H+\lambda)}"))[-1]
    assert step.verdict.value == "PROVED"


def test_a_dropped_half_in_the_value_at_the_defined_point_fails() -> None:
    step = doc_steps(_LEAF.replace("{rhs}", r"-\frac{G^2}{H+\lambda}"))[-1]
    assert step.verdict.value == "FAILED"


def test_a_function_of_a_defined_name_is_still_learned_where_nothing_defined_it() -> None:
    text = "Let $z = a x + c$.\n\n$$g(z) = z^2 + 1$$\n\n$$\\frac{dg}{dz} = 2z$$\n"
    *_, step = doc_steps(text)
    assert step.verdict.value == "PROVED"


_GITHUB = "Let $`J = w^3`$ be the loss.\n\nThen $`\\frac{dJ}{dw} = {rhs}`$.\n"


def test_github_inline_math_is_read_without_its_backticks() -> None:
    (step,) = doc_steps(_GITHUB.replace("{rhs}", "3w^2"))
    assert step.verdict.value == "PROVED"


def test_a_wrong_power_in_github_inline_math_fails() -> None:
    (step,) = doc_steps(_GITHUB.replace("{rhs}", "3w"))
    assert step.verdict.value == "FAILED"


_LABELLED = r"""
The curvature is bounded by $\lambda_{\min}$ and $\lambda_{\max}$.

$$q(x) = \frac{1}{2}(\lambda_{\max} - \lambda_{\min}) x^2$$

$$\frac{dq}{dx} = {rhs}$$
"""


def test_max_and_min_below_a_name_are_labels() -> None:
    _, step = doc_steps(_LABELLED.replace("{rhs}", r"(\lambda_{\max} - \lambda_{\min}) x"))
    assert step.verdict.value == "PROVED"


def test_a_sign_flip_between_labelled_max_and_min_fails() -> None:
    _, step = doc_steps(_LABELLED.replace("{rhs}", r"(\lambda_{\min} - \lambda_{\max}) x"))
    assert step.verdict.value == "FAILED"


_OPERATOR = r"""
$$\operatorname{soft}_a(x) = x + \frac{1}{a}\sin^2(a x)$$

$$\frac{d}{dx}\operatorname{soft}_a(x) = {rhs}$$
"""


def test_an_operator_name_with_a_parameter_subscript_is_one_function() -> None:
    _, step = doc_steps(_OPERATOR.replace("{rhs}", r"1 + 2\sin(a x)\cos(a x)"))
    assert step.verdict.value == "PROVED"
    assert "soft_a read as one name" in step.message


def test_an_extra_factor_in_the_derivative_of_a_labelled_operator_fails() -> None:
    _, step = doc_steps(_OPERATOR.replace("{rhs}", r"1 + 2a\sin(a x)\cos(a x)"))
    assert step.verdict.value == "FAILED"


def test_an_operator_family_indexed_in_its_body_is_not_a_label() -> None:
    from verifier.documents.labelled import function_labels

    assert function_labels(r"$$\operatorname{sm}_i(z) = \frac{e^{z_i}}{\sum_j e^{z_j}}$$") == set()
    assert function_labels(r"$$\operatorname{prox}_\lambda(x) = \frac{x}{1+\lambda}$$") == {
        ("operatorname{prox}", "lambda")}


_SCALE = r"""
Samples $x_1, \dots, x_n$ above the known threshold $x_m$.

$$\ell(\beta) = n\log\beta + n\beta\log x_m - \beta\sum_{i=1}^n \log x_i$$

$$\frac{d\ell}{d\beta} = {rhs}$$
"""


def test_an_entry_the_prose_names_alone_is_no_free_index_of_a_definition() -> None:
    _, step = doc_steps(_SCALE.replace("{rhs}", r"\frac{n}{\beta} + n\log x_m - \sum_{i=1}^n \log x_i"))
    assert step.verdict.value == "PROVED"


def test_a_dropped_factor_on_the_named_entry_fails() -> None:
    _, step = doc_steps(_SCALE.replace("{rhs}", r"\frac{n}{\beta} + \log x_m - \sum_{i=1}^n \log x_i"))
    assert step.verdict.value == "FAILED"


def test_a_free_index_the_prose_does_not_name_still_refuses_the_definition() -> None:
    text = _SCALE.replace(" above the known threshold $x_m$", "").replace(
        "{rhs}", r"\frac{n}{\beta} + \log x_m - \sum_{i=1}^n \log x_i")
    steps = doc_steps(text)
    assert all(s.verdict.value != "FAILED" for s in steps)
    assert "defines" not in steps[0].message


_LOG_DENSITY = r"""
Add noise to $x$: $y = x + s\varepsilon$. Then

$$\log q(y \mid x) = -\frac{(y - x)^2}{2s^2} - \log s$$

$$\frac{\partial}{\partial y}\log q(y \mid x) = {rhs}$$
"""


def test_a_log_density_written_out_defines_the_density() -> None:
    first, step = doc_steps(_LOG_DENSITY.replace("{rhs}", r"-\frac{y - x}{s^2}"))
    assert "defines q(y|x)" in first.message
    assert step.verdict.value == "PROVED"


def test_a_wrong_power_in_the_score_of_a_log_density_fails() -> None:
    _, step = doc_steps(_LOG_DENSITY.replace("{rhs}", r"-\frac{y - x}{s}"))
    assert step.verdict.value == "FAILED"


def test_only_a_conditional_under_the_log_is_read_as_a_density() -> None:
    from verifier.documents.logdefined import log_of_conditional

    assert log_of_conditional(r"\log q(\tilde x \mid x)") == r"q(\tilde x \mid x)"
    assert log_of_conditional(r"\ln p(y|x)") == "p(y|x)"
    assert log_of_conditional(r"\log p(x)") is None
    assert log_of_conditional(r"\log p(y|x) + 1") is None


_PIECEWISE = r"""
$$r(x) = \begin{cases} x^2, & x > 0, \\ 0, & \text{otherwise.} \end{cases}$$

$$\frac{dr}{dx} = \begin{cases} {slope} & x > 0, \\ 0 & x < 0. \end{cases}$$
"""


def test_rows_of_cases_may_end_with_a_sentences_punctuation() -> None:
    _, step = doc_steps(_PIECEWISE.replace("{slope}", "2x"))
    assert step.verdict.value == "PROVED"


def test_a_dropped_factor_in_a_punctuated_cases_row_fails() -> None:
    _, step = doc_steps(_PIECEWISE.replace("{slope}", "x"))
    assert step.verdict.value == "FAILED"


_SCHEDULE = r"""
Step $t$ of $T$:

$$\eta(t) = a + b\cos\frac{\pi t}{T}$$

$$\frac{d\eta}{dt} = {rhs}$$
"""


def test_a_capital_only_divided_by_is_a_number() -> None:
    _, step = doc_steps(_SCHEDULE.replace("{rhs}", r"-\frac{\pi b}{T}\sin\frac{\pi t}{T}"))
    assert step.verdict.value == "PROVED"


def test_a_sign_flip_beside_a_divisor_capital_fails() -> None:
    _, step = doc_steps(_SCHEDULE.replace("{rhs}", r"\frac{\pi b}{T}\sin\frac{\pi t}{T}"))
    assert step.verdict.value == "FAILED"


def test_a_capital_that_multiplies_stays_in_doubt() -> None:
    from verifier.documents.divisors import divisor_capitals

    assert divisor_capitals([r"\frac{\pi t}{T}", r"\frac{1}{N}\sum_i x_i"]) == {"T", "N"}
    assert divisor_capitals([r"\frac{x}{W}", r"W\delta"]) == frozenset()
    assert divisor_capitals([r"\frac{\partial L}{\partial W}"]) == frozenset()
    assert divisor_capitals([r"A^{-1} b"]) == frozenset()
