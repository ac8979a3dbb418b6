r"""A derivative by an entry of a matrix the prose calls symmetric (review17). fresh5's
``doubts._symmetrised`` replaces each entry ``A_{kl}`` by ``(A_{kl} + A_{lk})/2``, the variable of
``\partial q / \partial A_{kl}`` too, and SymPy cannot differentiate by a sum: the step was an ERROR
("internal error while checking this chain"). Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
Using Einstein summation, let $q = x_i A_{{ij}} x_j$. If $A$ is symmetric, $A_{{ij}} = A_{{ji}}$, so

$$\frac{{\partial q}}{{\partial A_{{kl}}}} = {rhs}$$
"""


def test_a_derivative_by_a_symmetric_entry_is_no_error() -> None:
    (*_, step) = doc_steps(_NOTES.format(rhs=r"2 x_k x_l"), "notes.md")
    assert step.verdict not in (Verdict.ERROR, Verdict.PROVED, Verdict.PASSED), step.message


def test_the_entrywise_derivative_is_still_proved() -> None:
    (*_, step) = doc_steps(_NOTES.format(rhs=r"x_k x_l"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message
