r"""The bounds the notes state before a family's definition hold for the family's parameter too (alarm69).

SCAD notes: "For $\theta \ge 0$, $\lambda > 0$ and $a > 2$ the penalty is $$p_\lambda(\theta) = \begin{cases} …
\end{cases}$$ and $p_\lambda(-\theta) = p_\lambda(\theta)$", with a worked $p_1(2)$ further down. The call at a
number makes λ the family's parameter (documents.familyparameters: ``p_\lambda(\theta)`` is read as the function of
θ and λ), and documents.definitionbounds then took the bounds only on the body's names other than the function's
parameters: a > 2 held, λ > 0 no longer did, and read so the cases still cover part of the negative axis
(λ < 0): the right even extension was FAILED at a = -1 (the literal reading's counterexample) on the merge of stop
68, SKIPPED where no family parameter was read. The parameter a family's label stands for is no argument the notes
evaluate anywhere: the bounds stated on it hold as on the body's other names.
"""

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

With $a = 3$ and $\lambda = 1$ a coefficient of size $2$ sits on the middle piece:

$$
p_1(2) = \frac{2 \cdot 3 \cdot 2 - 4 - 1}{2 \cdot 2} = \frac{7}{4} .
$$
"""
_EVEN, _CAP, _WORKED = 14, 17, 23


def test_the_even_extension_is_not_failed_beside_a_call_at_a_number() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert verdicts[_EVEN] == ["SKIPPED"], verdicts[_EVEN]
    assert "FAILED" not in verdicts[_WORKED], verdicts[_WORKED]


def test_a_wrong_symmetry_beside_a_call_at_a_number_is_still_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace(r"$p_\lambda(-\theta) = p_\lambda(\theta)$",
                                              r"$p_\lambda(2\theta) = 2 p_\lambda(\theta)$"))
    assert verdicts[_EVEN] == ["FAILED"], verdicts[_EVEN]


def test_an_odd_extension_beside_a_call_at_a_number_is_not_green() -> None:
    verdicts = verdicts_by_line(_NOTE.replace(r"$p_\lambda(-\theta) = p_\lambda(\theta)$",
                                              r"$p_\lambda(-\theta) = -p_\lambda(\theta)$"))
    assert verdicts[_EVEN][0] in ("FAILED", "SKIPPED"), verdicts[_EVEN]


def test_a_wrong_cap_and_a_wrong_worked_value_are_still_failed() -> None:
    wrong = _NOTE.replace(r"= \frac{(a + 1)\lambda^2}{2} .", r"= \frac{(a - 1)\lambda^2}{2} .")
    verdicts = verdicts_by_line(wrong.replace(r"= \frac{7}{4} .", r"= \frac{9}{4} ."))
    assert verdicts[_CAP] == ["FAILED"], verdicts[_CAP]
    assert verdicts[_WORKED][-1] == "FAILED", verdicts[_WORKED]
