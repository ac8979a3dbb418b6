r"""π written only as a function, ``\pi(a)``, is the notes' policy, never the number (fresh71).

Advantage-weighted regression maximises ``\sum_a \pi(a) A(a)`` subject to ``\sum_a \pi(a) = 1``. π was the number
3.14159 wherever it was not indexed, so ``\pi(a)`` was read as π times a, and the constraint FAILED at
``6\pi \ne 1`` (a false alarm). Where every π the notes write is called (``\pi(a)``, ``\pi^*(a)``, ``\pi(a \mid s)``)
or optimised over (``\max_\pi``) and none stands in arithmetic (``2\pi``, ``\sqrt{2\pi}``), π is a name of the
notes: the step is read as any undeclared function is. Where the notes also write the number, π keeps its reading."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.indexedpi import called_pi

_NOTE = r"""# Policy improvement

Over a finite set of actions with advantages $A(a)$ we solve

$$
\max_{\pi}\; \sum_a \pi(a) A(a) \quad \text{subject to} \quad \sum_a \pi(a) = 1 .
$$

The solution is $\pi^*(a) \propto e^{A(a)}$; on two actions $\pi^* = (0.7, 0.3)$.
"""


def test_a_policy_called_as_a_function_is_no_number() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert "FAILED" not in verdicts.get(6, []), verdicts


def test_the_reading_needs_every_pi_called() -> None:
    assert called_pi(_NOTE)
    assert called_pi(r"the policy $\pi(a \mid s)$ and $\pi^{*}(a)$")
    assert not called_pi(_NOTE + r"A Gaussian has $\frac{1}{\sqrt{2\pi}}$ in front.")
    assert not called_pi(r"the area $\pi(r + 1)^2$ and $2\pi$")
    assert not called_pi(r"no pi at all, $x(a) = 1$")


def test_the_number_still_fails_where_it_is_written() -> None:
    note = r"""# Circle

A policy $\pi(a)$ over actions, and the constant:

$$
2\pi = 7 .
$$
"""
    assert verdicts_by_line(note)[6] == ["FAILED"]
