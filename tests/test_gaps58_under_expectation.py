r"""Differentiating under 𝔼 by a parameter: ``\frac{\partial}{\partial \mu}\mathbb{E}[(X - \mu)^2]`` (gaps58).

Every member that differentiated something reaching an expectation or statistic was SKIPPED "a derivative of an
expectation or statistic is not read" — the right ``V'(c)`` of a control variate's variance and its slip alike
(fresh28, fresh47, fresh49, fresh56). A member differentiating by a scalar name reads it as a parameter, taken out of
𝔼 as a constant; where no expectation it reads still depends on it (and no subscript names it: the distribution
would), the derivative is the one under 𝔼. Elsewhere the refusal stands.
"""

from __future__ import annotations

from support import display_step, doc_steps

VARIANCE = r"""
Let $f$ and $g$ be random variables. For a number $c$ the variance of the estimate is

$$
V(c) = \operatorname{Var}(f) - 2c \operatorname{Cov}(f, g) + c^2 \operatorname{Var}(g).
$$

Its derivative is

$$
V'(c) = {right}
$$
"""


def _last(body: str) -> object:
    return doc_steps(body)[-1]


def test_the_derivative_of_a_defined_variance_is_proved() -> None:
    step = _last(VARIANCE.replace("{right}", r"-2 \operatorname{Cov}(f, g) + 2 c \operatorname{Var}(g)"))
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
    assert "differentiated under 𝔼" in step.message, step.message


def test_a_lost_factor_in_it_is_failed() -> None:
    step = _last(VARIANCE.replace("{right}", r"-2 \operatorname{Cov}(f, g) + c \operatorname{Var}(g)"))
    assert step.verdict.value == "FAILED", step.message


def test_the_derivative_of_a_mean_squared_error_is_proved() -> None:
    step = display_step(r"\frac{\partial}{\partial \mu} \mathbb{E}[(X - \mu)^2] = 2\mu - 2\mathbb{E}[X]",
                        r"The mean squared error of a guess $\mu$ is minimised where")
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
    assert "mu read as parameters" in step.message, step.message


def test_a_lost_factor_there_is_failed_whatever_the_expectations() -> None:
    # μ against 2μ - 2𝔼[X]: the sides differ by μ, no atom — FAILED whatever the expectations (gaps55's rule)
    step = display_step(r"\frac{\partial}{\partial \mu} \mathbb{E}[(X - \mu)^2] = \mu - 2\mathbb{E}[X]",
                        r"The mean squared error of a guess $\mu$ is minimised where")
    assert step.verdict.value == "FAILED", step.message


def test_a_gap_that_a_zero_mean_would_close_is_not_failed() -> None:
    # 2μ + 2𝔼[X] is right where 𝔼[X] = 0: no property of 𝔼 the notes deny
    step = display_step(r"\frac{\partial}{\partial \mu} \mathbb{E}[(X - \mu)^2] = 2\mu + 2\mathbb{E}[X]",
                        r"The mean squared error of a guess $\mu$ is minimised where")
    assert step.verdict.value == "SKIPPED", step.message


def test_an_expectation_that_depends_on_the_variable_is_not_read() -> None:
    step = display_step(r"\frac{\partial}{\partial \theta} \mathbb{E}[\log(X + \theta)] = 0",
                        r"For a shift $\theta$,")
    assert step.verdict.value == "SKIPPED", step.message
    assert "a derivative of an expectation or statistic is not read" in step.message, step.message


def test_a_distribution_that_depends_on_the_variable_is_not_read() -> None:
    # 𝔼_{x ∼ p_θ}[θ x]: the distribution moves with θ, so the derivative is not θ's factor alone
    step = display_step(r"\frac{\partial}{\partial \theta} \mathbb{E}_{x \sim p_\theta}[\theta x] = "
                        r"\mathbb{E}_{x \sim p_\theta}[x]", r"For a parameter $\theta$,")
    assert step.verdict.value == "SKIPPED", step.message
    assert "a derivative of an expectation or statistic is not read" in step.message, step.message


SCORE = r"""
With the data mean $m = \mathbb{E}[x]$, the objective of the location $\mu$ and precision $\lambda$ is

$$
J(\mu, \lambda) = \mathbb{E}\left[\tfrac12\lambda^2(x-\mu)^2 - \lambda\right].
$$

Its gradient in the location is

$$
\frac{\partial J}{\partial \mu} = {right}
$$
"""


def test_the_arguments_of_a_differentiated_function_are_parameters() -> None:
    # λ is J's argument, not a quantity 𝔼 integrates out: 𝔼[λ²x] = λ²𝔼[x]
    step = _last(SCORE.replace("{right}", r"\lambda^2 (\mu - m)"))
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
    assert "lambda, mu read as parameters" in step.message, step.message


def test_a_gap_a_stated_condition_may_close_is_not_failed() -> None:
    # λ(μ - m)² apart (m = 𝔼[x]): zero where μ = m, as the prose puts it in place (fresh47's ∂J/∂λ)
    body = SCORE.replace("Its gradient in the location is",
                         "With $\\mu = m$ in place, its gradient in the precision is")
    step = _last(body.replace(r"\frac{\partial J}{\partial \mu}", r"\frac{\partial J}{\partial \lambda}")
                 .replace("{right}", r"\lambda\,\mathbb{E}[(x - m)^2] - 1"))
    assert step.verdict.value != "FAILED", step.message


def test_a_parameter_of_a_stated_distribution_is_not_read_under_the_expectation() -> None:
    # x ∼ N(θ, 1): 𝔼[x²] = θ² + 1 moves with θ, so 2θ is right; the atom 𝔼[x²] is no constant of θ
    step = display_step(r"\frac{\partial}{\partial \theta} \mathbb{E}[x^2] = 2\theta",
                        r"Let $x \sim \mathcal{N}(\theta, 1)$. Then")
    assert step.verdict.value != "FAILED", step.message
    assert step.verdict.value not in ("PROVED", "PASSED") or "parameters" not in step.message, step.message


def test_a_density_indexed_by_the_parameter_is_not_read_under_the_expectation() -> None:
    step = display_step(r"\frac{\partial}{\partial \theta} \mathbb{E}[x^2] = 2\theta",
                        r"Let the data have density $p_\theta(x)$. Then")
    assert step.verdict.value != "FAILED", step.message


def test_an_expectation_that_does_not_write_the_variable_is_not_read() -> None:
    # ∇_θ 𝔼[R] with θ nowhere inside: the notes differentiate it because the distribution moves with θ
    step = display_step(r"\frac{\partial}{\partial \theta} \mathbb{E}[r^2] = \theta - 1",
                        r"The expected reward under the policy with parameter $\theta$ has gradient")
    assert step.verdict.value == "SKIPPED", step.message
