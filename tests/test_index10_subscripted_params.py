r"""documents.subscriptparams: a loss defined with subscripted parameters, J_{label}(v_c, o, U)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""(a) The first loss is
$$J = \frac{1}{2} x^2$$

(b) Negative sampling: draw $K$ negatives%s.
$$J_{neg-sample}(v_c, o, U) = -\log \sigma(u_o^T v_c) - \sum_{k=1}^K \log\sigma(-u_k^T v_c)$$
Compute the derivatives of $J_{neg-sample}$.
$$\frac{\partial J}{\partial %s} = %s$$
"""
_SAID = r", and note that $o \notin \{w_1, \dots, w_K\}$"


def _step(said: str, by: str, rhs: str) -> tuple[Verdict, str]:
    check = check_text(_NOTES % (said, by, rhs), "notes.md")
    step = next(s for ch in check.chains for s in ch.result.steps if "\\partial J}" in s.lhs_latex)
    return step.verdict, step.message or ""


def test_the_loss_with_a_subscripted_parameter_is_learned_and_named() -> None:
    verdict, message = _step(_SAID, "v_c", r"(\sigma(u_o^T v_c) - 1) u_o - \sum_{k=1}^K (\sigma(-u_k^T v_c) - 1) u_k")
    assert verdict in _GREEN
    assert "J_{neg-sample}" in message


@pytest.mark.slow(3)
def test_a_wrong_derivative_by_the_subscripted_parameter_fails() -> None:
    wrong = r"(\sigma(u_o^T v_c) - 1) u_o + \sum_{k=1}^K (\sigma(-u_k^T v_c) - 1) u_k"
    assert _step(_SAID, "v_c", wrong)[0] is Verdict.FAILED
    assert _step("", "v_c", wrong)[0] not in _GREEN


@pytest.mark.slow(3)
def test_said_outside_the_target_derivative_holds_and_a_mistake_fails() -> None:
    assert _step(_SAID, "u_o", r"(\sigma(u_o^T v_c) - 1) v_c")[0] in _GREEN
    assert _step(_SAID, "u_o", r"(\sigma(u_o^T v_c) - 1) u_o")[0] is Verdict.FAILED
    assert _step(_SAID, "u_o", r"\sigma(u_o^T v_c) v_c")[0] is Verdict.FAILED


def test_unsaid_the_target_derivative_is_not_failed_nor_green() -> None:
    verdict, message = _step("", "u_o", r"(\sigma(u_o^T v_c) - 1) v_c")
    assert verdict is Verdict.SKIPPED and "do not say" in message


def test_a_wrong_negative_samples_derivative_is_not_green() -> None:
    # the chain does not write o, which J is applied at: SKIPPED ("o has no value"), never green
    assert _step(_SAID, "u_k", r"(\sigma(u_k^T v_c) - 1) v_c")[0] not in _GREEN


def test_a_subscripted_parameter_takes_the_argument_of_an_explicit_call() -> None:
    notes = r"""$$g(z_k) = z_k^3 + 1$$
$$g(2) = %s$$
"""
    got = {s.rhs_latex.strip(): s.verdict for ch in check_text(notes % "9", "n.md").chains for s in ch.result.steps}
    assert got["9"] in _GREEN
    got = {s.rhs_latex.strip(): s.verdict for ch in check_text(notes % "8", "n.md").chains for s in ch.result.steps}
    assert got["8"] is Verdict.FAILED
