r"""A logarithm with a letter subscript that the notes define is their own function (fresh52).

Notes on robust losses define the tempered logarithm ``\log_t(x) = \frac{x^{1-t} - 1}{1 - t}`` (and its inverse
``\exp_t``). The subscript was read as a base, so the definition itself and every right line that used it
(``\frac{d}{dx}\log_t(x) = x^{-t}``) were FAILED: false alarms. A display that writes ``\log_t(x)`` (or
``\exp_t(x)``) with a letter ``t`` equal to a body that names ``t`` and no logarithm or exponential defines a
function of the notes' own; there ``\log_t`` is that function. A base-b logarithm stays one. Every example is
written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_TEMPERED = r"""
# Tempered logarithms

The tempered logarithm replaces the logarithm in the loss:

$$\log_t(x) = \frac{{x^{{1 - t}} - 1}}{{1 - t}}.$$

Its slope is

$$\frac{{d}}{{dx}}\log_t(x) = {rhs}$$
"""


def _steps(rhs: str):
    return doc_steps(_TEMPERED.format(rhs=rhs))


def test_the_definition_of_a_tempered_log_is_not_failed() -> None:
    first = _steps("x^{-t}")[0]
    assert first.verdict is not Verdict.FAILED, first.message


def test_the_derivative_of_a_tempered_log_is_checked_against_its_definition() -> None:
    step = _steps("x^{-t}")[-1]
    assert step.verdict in _GREEN, step.message


def test_a_wrong_derivative_of_a_tempered_log_is_failed() -> None:
    step = _steps("x^{1 - t}")[-1]
    assert step.verdict is Verdict.FAILED, step.message


def test_a_tempered_exponential_is_its_own_function_too() -> None:
    text = r"""
    # The inverse

    $$\exp_t(x) = \left(1 + (1 - t) x\right)^{\frac{1}{1 - t}}$$

    $$\frac{d}{dx}\exp_t(x) = \left(1 + (1 - t) x\right)^{\frac{t}{1 - t}}$$

    $$\frac{d}{dx}\exp_t(x) = \left(1 + (1 - t) x\right)^{\frac{1}{1 - t}}$$
    """
    steps = doc_steps(text)
    assert steps[-2].verdict in _GREEN, steps[-2].message
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message


def test_a_base_b_logarithm_is_still_a_logarithm() -> None:
    text = r"""
    # Change of base

    $$\log_b(x) = \frac{\ln x}{\ln b}$$

    $$\log_b(x) = \frac{\ln x}{b}$$
    """
    steps = doc_steps(text)
    assert steps[0].verdict in _GREEN, steps[0].message
    assert steps[1].verdict is Verdict.FAILED, steps[1].message
