r"""A function of many variables written by the ends of its argument list, ``f(x_1, \ldots, x_n)`` (ctx68).

The parser refuses an ellipsis between commas, so ``L(\theta_1, \ldots, \theta_n) = \sum_i (\theta_i - y_i)^2`` was
no definition and every step writing the call was SKIPPED "ellipsis … in an argument list". A reader takes the run
of a whole family for the family: ``L(\theta)`` (documents.ellipsisarguments). Each note is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.ellipsisarguments import ellipsis_arguments
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)  # PASSED where the symbolic stage runs out of time under load

_LOSS = r"""The loss of the parameters is
$$L(\theta_1, \ldots, \theta_n) = \sum_{i=1}^{n} (\theta_i - y_i)^2.$$

Its partial derivative is
$$\frac{\partial L(\theta_1, \ldots, \theta_n)}{\partial \theta_k} = {RIGHT}.$$
"""


def _loss(right: str) -> list:
    return doc_steps(_LOSS.replace("{RIGHT}", right))


def test_the_partial_derivative_of_a_function_of_a_run_is_proved() -> None:
    steps = _loss(r"2(\theta_k - y_k)")
    assert steps[0].verdict is Verdict.SKIPPED and "defines L" in steps[0].message
    assert steps[1].verdict in _GREEN
    assert "read as the family" in steps[1].message


def test_a_wrong_partial_derivative_of_a_function_of_a_run_is_failed() -> None:
    assert _loss(r"2(\theta_k + y_k)")[1].verdict is Verdict.FAILED


def test_the_call_inside_a_derivative_operator_with_dots_is_read() -> None:
    notes = r"""Let $f(x_0, \dots, x_d) = \sum_{i=0}^{d} x_i^2$. Then
$$\frac{\partial}{\partial x_j} f(x_0, \dots, x_d) = {RIGHT}.$$
"""
    assert doc_steps(notes.replace("{RIGHT}", "2 x_j"))[-1].verdict in _GREEN
    assert doc_steps(notes.replace("{RIGHT}", "x_j"))[-1].verdict is Verdict.FAILED


def test_a_shifted_run_is_not_read_as_the_family() -> None:
    """Guard: f at x_2, …, x_{n+1} is another point than f(x_1, …, x_n); it must not take the definition's value."""
    notes = r"""Let $f(x_1, \ldots, x_n) = \sum_{i=1}^{n} x_i^2$. Then
$$f(x_2, \ldots, x_{n+1}) = \sum_{i=1}^{n} x_i^2.$$
"""
    assert doc_steps(notes)[-1].verdict not in (Verdict.PROVED, Verdict.PASSED)


def test_a_run_to_another_size_does_not_take_the_definition() -> None:
    """Guard: f(x_1, …, x_m) after f(x_1, …, x_n) := … is f at another point (m entries); the definition is not
    learned where the notes write the function's run two ways (documents.ellipsisarguments.one_run)."""
    notes = r"""Let $f(x_1, \ldots, x_n) = \sum_{i=1}^{n} x_i^2$. Then
$$f(x_1, \ldots, x_m) = \sum_{i=1}^{n} x_i^2.$$
"""
    assert doc_steps(notes)[-1].verdict not in _GREEN


def test_only_whole_family_runs_are_rewritten() -> None:
    assert ellipsis_arguments(r"f(x_1, \ldots, x_n)", {}) == (
        "f(x)", r"the argument list x_1, \ldots, x_n read as the family x (a function of all its entries)")
    assert ellipsis_arguments(r"J(v_c, \theta_1, \cdots, \theta_K, U)", {})[0] == r"J(v_c, \theta, U)"
    for refused in (r"f(x_1, \ldots, x_5)", r"f(x_2, \ldots, x_{n+1})", r"J(w_{t-m}, \cdots, w_{t+m})",
                    r"f(x_1, \ldots, y_n)", r"\left(x_1, \ldots, x_n\right)", r"(x_1, \ldots, x_n)",
                    r"\sigma(z_1, \ldots, z_K)", r"\log(x_1, \ldots, x_n)"):
        assert ellipsis_arguments(refused, {}) is None, refused
