r"""A policy named by its parameters, ``\pi_\theta``, depends on θ: read as a name of its own (fresh63's
indexedpi/inferevidence reading) it must never make a derivative by θ vanish.

redmid60 (red team of stop 60): with ``\pi_\theta`` a name independent of θ, every derivative by θ of an
expression holding it (``\log\pi_\theta``, ``\theta\pi_\theta``, a ratio ``r = \pi_\theta/\pi_{\theta_{old}}``)
drops the policy's own dependence: a wrong step was PROVED, and a right score-function step FAILED. On
ad88180f these steps were SKIPPED ("pi_theta is not declared"), so the tests pass there and fail on fresh63's
0d63e764. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_WRONG = [
    ("For the policy $\\pi_\\theta$ the score is", "\\frac{d}{d\\theta}\\log\\pi_\\theta = 0"),
    ("For the policy $\\pi_\\theta$ we get", "\\frac{d}{d\\theta}\\left(\\theta\\,\\pi_\\theta\\right) = \\pi_\\theta"),
    ("For the policy $\\pi_\\theta$ we get",
     "\\frac{d}{d\\theta}\\left(\\theta^2 + \\log\\pi_\\theta\\right) = 2\\theta"),
    ("With the ratio $r = \\pi_\\theta/\\pi_{\\theta_{old}}$,", "\\frac{d r}{d \\theta} = 0"),
    ("With $t = \\log\\pi_\\theta - \\log\\pi_{\\mathrm{ref}}$ and the policy $\\pi_\\theta$,",
     "\\frac{\\partial t}{\\partial \\theta} = 0"),
]  # fmt: skip


def _note(prose: str, display: str) -> str:
    return f"# Policy gradient\n\n{prose}\n\n$${display}$$\n"


@pytest.mark.parametrize(("prose", "display"), _WRONG)
def test_a_derivative_by_theta_that_drops_the_policy_is_never_green(prose: str, display: str) -> None:
    got = verdicts_by_line(_note(prose, display))[5]
    assert "PROVED" not in got and "PASSED" not in got


def test_the_score_of_a_logistic_policy_is_not_failed() -> None:
    # d/dθ log σ(θ) = 1 - σ(θ): right; read with π_θ independent of θ the left side is 0 and the step FAILED
    note = _note("For the logistic policy $\\pi_\\theta$ (the probability $\\sigma(\\theta)$ of the action),",
                 "\\frac{d}{d\\theta}\\log\\pi_\\theta = 1 - \\pi_\\theta")  # fmt: skip
    assert verdicts_by_line(note)[5] != ["FAILED"]
