r"""Optimisation steps: ``\arg\max_{w} F = \arg\max_{w} G`` holds when G is F under an increasing map
(a constant of w dropped, a positive factor, a logarithm); ``\arg\max`` against ``\arg\min`` under a
decreasing one. A step the checker cannot relate so is SKIPPED, never FAILED."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

DROP = r"""
    $$ \arg\max_{w} -\frac{n}{2}\log(2\pi\sigma^2) - \frac{1}{2\sigma^2}\sum_{i=1}^n (y_i - w x_i)^2
    = \arg\max_{w} -\frac{1}{2\sigma^2}\sum_{i=1}^n (y_i - w x_i)^2 $$
    """

FLIP = r"""
    $$ \arg\max_{\mathbf{w}} -\frac{1}{2\sigma^2} \|\mathbf{y} - \mathbf{X}\mathbf{w}\|^2
    = \arg\min_{\mathbf{w}} \frac{1}{2} \|\mathbf{y} - \mathbf{X}\mathbf{w}\|^2 $$
    """

LOG = r"""
    $$ \arg\max_{\theta} \theta^{3} (1 - \theta)^{5} = \arg\max_{\theta} 3 \log \theta + 5 \log(1 - \theta) $$
    """


def test_dropping_a_constant_of_the_variable_keeps_the_argmax() -> None:
    (step,) = doc_steps(DROP)
    assert step.verdict is Verdict.PROVED, step.message
    assert "argmax" in step.message or "arg max" in step.message


def test_a_negative_factor_turns_argmax_into_argmin() -> None:
    (step,) = doc_steps(FLIP)
    assert step.verdict is Verdict.PROVED, step.message


def test_the_logarithm_keeps_the_argmax() -> None:
    (step,) = doc_steps(LOG)
    assert step.verdict is Verdict.PROVED, step.message


def test_argmax_against_argmin_of_the_same_objective_is_not_green() -> None:
    (step,) = doc_steps(FLIP.replace(r"\frac{1}{2} \|", r"-\frac{1}{2} \|"))
    assert step.verdict is Verdict.SKIPPED, step.message


def test_a_factor_of_unknown_sign_is_not_green() -> None:
    # n is a number the notes say nothing about: -σ²/n may be positive or negative
    (step,) = doc_steps(FLIP.replace(r"\frac{1}{2} \|", r"\frac{1}{2n} \|"))
    assert step.verdict is Verdict.SKIPPED, step.message


def test_a_factor_that_depends_on_the_variable_is_not_green() -> None:
    (step,) = doc_steps(DROP.replace(r"= \arg\max_{w} -\frac{1}{2\sigma^2}", r"= \arg\max_{w} -\frac{w^2}{2\sigma^2}"))
    assert step.verdict is Verdict.SKIPPED, step.message


def test_a_different_objective_is_not_green() -> None:
    (step,) = doc_steps(LOG.replace(r"5 \log(1 - \theta)", r"4 \log(1 - \theta)"))
    assert step.verdict is Verdict.SKIPPED, step.message


def test_optima_over_different_variables_are_not_compared() -> None:
    (step,) = doc_steps(r"""
        $$ \arg\max_{a} -(a - b)^2 = \arg\max_{b} -(a - b)^2 $$
        """)
    assert step.verdict is Verdict.SKIPPED, step.message


def test_a_defined_variable_is_bound_inside_the_optimum() -> None:
    # w defined before (the closed-form solution): inside \arg\max_w the w is the variable optimised
    steps = doc_steps(r"""
        $$ w = \frac{\sum_i x_i y_i}{\sum_i x_i^2} $$

        $$ \arg\max_{w} 7 - \sum_{i=1}^n (y_i - w x_i)^2 = \arg\min_{w} \sum_{i=1}^n (y_i - w x_i)^2 $$
        """)
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_an_optimum_over_several_variables() -> None:
    (step,) = doc_steps(r"""
        $$ \arg\min_{w, b} 3 + \sum_{i=1}^n (y_i - w x_i - b)^2 = \arg\max_{w, b} -\sum_{i=1}^n (y_i - w x_i - b)^2 $$
        """)
    assert step.verdict is Verdict.PROVED, step.message


def test_a_term_with_one_of_several_variables_is_not_dropped() -> None:
    (step,) = doc_steps(r"""
        $$ \arg\min_{w, b} b^2 + \sum_{i=1}^n (y_i - w x_i - b)^2 = \arg\min_{w, b} \sum_{i=1}^n (y_i - w x_i - b)^2 $$
        """)
    assert step.verdict is Verdict.SKIPPED, step.message


def test_a_square_factor_that_may_vanish_is_not_green() -> None:
    # c = a^2 may be 0 (then every w is a maximiser of the right objective): not the same optimum
    (step,) = doc_steps(r"""
        $$ \arg\max_{w} -(w - 1)^2 = \arg\max_{w} -a^2 (w - 1)^2 $$
        """)
    assert step.verdict is Verdict.SKIPPED, step.message


def test_the_variable_written_under_the_operator() -> None:
    (step,) = doc_steps(r"""
        $$ \underset{\theta}{\operatorname{argmax}} \; \theta^{3} (1 - \theta)^{5}
        = \underset{\theta}{\operatorname{argmin}} \; -3 \log \theta - 5 \log(1 - \theta) $$
        """)
    assert step.verdict is Verdict.PROVED, step.message
