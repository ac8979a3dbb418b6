r"""A name a written-out determinant removes relates nothing: "β appears on one side only" is no reason there.

At a predator–prey equilibrium the notes write ``\det\begin{pmatrix} 0 & -\beta\gamma/\delta \\ \delta\alpha/\beta
& 0 \end{pmatrix} = \alpha\gamma``. The wrong sign (``= -\alpha\gamma``) was SKIPPED "beta, delta appear(s) on one
side only": but β and δ cancel in the determinant's value, so the left side does not depend on them and can hide no
relation to the right; the step fails for every β, δ. (``documents.cancelled.cancelled_names`` works out the
determinant and the trace of a matrix written entry by entry before it looks for the names the side loses.)"""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.cancelled import cancelled_names
from verifier.results import Verdict

DET = r"\det\begin{pmatrix} 0 & -\frac{\beta\gamma}{\delta} \\ \frac{\delta\alpha}{\beta} & 0 \end{pmatrix}"
SETUP = "At the coexistence point of the predator–prey system the Jacobian's diagonal vanishes and\n\n"


def _det_of(rows: list[list[sp.Expr]]) -> sp.Expr:
    return sp.Function("det")(sp.ImmutableMatrix(rows))


def test_the_names_a_determinant_removes_are_found() -> None:
    a, b, c, d = sp.symbols("alpha beta gamma delta")
    assert cancelled_names([_det_of([[0, -b * c / d], [d * a / b, 0]])]) == {"beta", "delta"}
    assert cancelled_names([_det_of([[a, b], [c, d]])]) == set()  # a d - b c keeps every name
    assert cancelled_names([sp.Function("tr")(sp.ImmutableMatrix([[a, b], [c, -a]]))]) == {"alpha", "beta", "gamma"}


def test_the_wrong_sign_of_the_determinant_is_failed() -> None:
    steps = doc_steps(SETUP + f"$$\n{DET} = -\\alpha\\gamma ,\n$$\n")
    assert len(steps) == 1 and steps[0].verdict is Verdict.FAILED, steps[0].message


def test_the_right_determinant_is_proved() -> None:
    steps = doc_steps(SETUP + f"$$\n{DET} = \\alpha\\gamma ,\n$$\n")
    assert len(steps) == 1 and steps[0].verdict is Verdict.PROVED, steps[0].message


def test_a_name_the_determinant_keeps_keeps_the_reason() -> None:
    # b c stays in a d - b c: the right side without it may rest on a relation the notes state in words
    steps = doc_steps(SETUP + "$$\n\\det\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix} = a d\n$$\n")
    assert len(steps) == 1 and steps[0].verdict is not Verdict.PROVED, steps[0].message
