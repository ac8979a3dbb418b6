r"""π with a Greek subscript, ``\pi_\theta``: a policy (its probability of the action) named by its parameters, a name
of its own as ``\pi_{\mathrm{ref}}`` already is. The number π takes no subscript. Read as the constant π indexed by θ it
was "pi_theta is not declared", and every chain reaching it SKIPPED (fresh63's GRPO note: the KL estimator's
derivative after "with $t = \log\pi_\theta - \log\pi_{\mathrm{ref}}$"). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.indexedpi import policy_pi

_NOTE = """# The KL estimator

GRPO penalises $\\frac{\\pi_{\\mathrm{ref}}}{\\pi_\\theta} - \\log\\frac{\\pi_{\\mathrm{ref}}}{\\pi_\\theta} - 1$.
With $t = \\log\\pi_\\theta - \\log\\pi_{\\mathrm{ref}}$ it reads $e^{-t} + t - 1$, and

$$\\frac{d}{dt}\\bigl(e^{-t} + t - 1\\bigr) = SLOPE$$
"""


def test_the_right_derivative_is_proved() -> None:
    assert verdicts_by_line(_NOTE.replace("SLOPE", "1 - e^{-t}"))[6] == ["PROVED"]


def test_a_sign_slip_fails() -> None:
    assert verdicts_by_line(_NOTE.replace("SLOPE", "1 + e^{-t}"))[6] == ["FAILED"]


def test_the_ratio_of_two_policies() -> None:
    note = """# PPO's ratio

The ratio of the new policy to the old is $\\rho = \\pi_\\theta / \\pi_{\\theta_{\\mathrm{old}}}$, so

$$\\log\\rho = \\log\\pi_\\theta - \\log\\pi_{\\theta_{\\mathrm{old}}} = WRONG$$
"""
    assert verdicts_by_line(note.replace("WRONG", "\\log\\pi_\\theta + \\log\\pi_{\\theta_{\\mathrm{old}}}"))[5] == [
        "PROVED",
        "FAILED",
    ]


def test_a_derivative_by_the_policy_s_own_parameters_is_never_green() -> None:
    note = """# Score function

For the policy $\\pi_\\theta$ the log-derivative trick reads

$$\\frac{\\partial}{\\partial\\theta}\\log\\pi_\\theta = \\pi_\\theta\\frac{\\partial\\pi_\\theta}{\\partial\\theta}$$

$$\\frac{d}{d\\theta}\\pi_\\theta^2 = 3\\pi_\\theta\\frac{d\\pi_\\theta}{d\\theta}$$
"""
    got = verdicts_by_line(note)
    assert "PROVED" not in got[5] + got[7] and "PASSED" not in got[5] + got[7]


def test_a_called_policy_stays_a_function() -> None:
    note = """# Softmax policy

With $\\pi_\\theta(a) = \\frac{e^{\\theta_a}}{\\sum_b e^{\\theta_b}}$ we get

$$\\log\\pi_\\theta(a) = \\theta_a - \\log\\sum_b e^{\\theta_b}$$

and the policy $\\pi_\\theta$ is a softmax.
"""
    assert "FAILED" not in verdicts_by_line(note)[5]
    assert not policy_pi(note)
    assert policy_pi("$t = \\log\\pi_\\theta - \\log\\pi_{\\mathrm{ref}}$, $\\pi_{\\theta_{\\mathrm{old}}}$")
    assert not policy_pi("$\\pi_{\\theta_{\\mathrm{old}}}(a \\mid s)$ and $\\pi_{\\theta_{\\mathrm{old}}}$")
    assert not policy_pi("$\\pi_k$")
