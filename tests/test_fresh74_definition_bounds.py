r"""The bounds stated in the sentence that introduces a function's definition hold where it is used (fresh74).

SCAD notes define the penalty by cases "For $\theta \ge 0$, $\lambda > 0$ and $a > 2$" and state further down
that it is even, ``p_\lambda(-\theta) = p_\lambda(\theta)``. That line was checked at a = -1 and λ = 2, where the
cap's branch ``\theta > a\lambda`` covers θ = -1 (0 there, against λθ = 2): the right statement was FAILED. The
parameters' bounds now hold where the function is used (documents.definitionbounds), and read in them no branch
covers a negative argument: no point gives both sides a value, so the literal failure is no mistake shown
(SKIPPED). Wrong values of the function inside its cases are still FAILED."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# SCAD

For $\theta \ge 0$, $\lambda > 0$ and $a > 2$ the penalty is

$$
p_\lambda(\theta) =
\begin{cases}
\lambda \theta, & 0 \le \theta \le \lambda, \\
\dfrac{2 a \lambda \theta - \theta^2 - \lambda^2}{2(a - 1)}, & \lambda < \theta \le a\lambda, \\
\dfrac{(a + 1)\lambda^2}{2}, & \theta > a\lambda,
\end{cases}
$$

and $p_\lambda(-\theta) = p_\lambda(\theta)$. It is capped at the end of the middle piece:

$$
p_\lambda(a\lambda) = \frac{(a + 1)\lambda^2}{2} .
$$
"""
_EVEN, _CAP = 14, 17


def test_the_even_extension_is_not_failed_outside_the_stated_parameters() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert verdicts[_EVEN] == ["SKIPPED"], verdicts[_EVEN]


def test_a_wrong_cap_is_still_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace(r"= \frac{(a + 1)\lambda^2}{2} .", r"= \frac{(a - 1)\lambda^2}{2} ."))
    assert verdicts[_CAP] == ["FAILED"], verdicts[_CAP]


def test_a_wrong_symmetry_inside_the_cases_is_still_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace(r"$p_\lambda(-\theta) = p_\lambda(\theta)$",
                                              r"$p_\lambda(2\theta) = 2 p_\lambda(\theta)$"))
    assert verdicts[_EVEN] == ["FAILED"], verdicts[_EVEN]
