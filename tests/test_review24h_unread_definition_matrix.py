r"""A matrix whose definition could not be read may depend on the variable of a derivative (review24h).

``S = \operatorname{softmax}(A)\ \text{(applied to each row)}`` is not read (prose in the member), so S is an
undeclared matrix and ``L = -\frac1m\sum_i\sum_j T_{ij}\log S_{ij}`` does not reach A: read literally
``\partial L/\partial A = 0``, and the correct ``\frac1m(S - T)`` was FAILED. An undeclared vector or number
there was already "may depend on the variable of the derivative" (SKIPPED); an undeclared matrix was not.
The batch bias ``\mathbf 1 c^\top`` read17 now sizes is what let the step be evaluated at all."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""# A batch of softmax scores

The rows of $X \in \mathbb{R}^{m\times d}$ are examples, $V \in \mathbb{R}^{d\times K}$, $c\in\mathbb{R}^K$, and
$T \in \{0,1\}^{m\times K}$ holds one-hot targets as rows.

$$A = XV + \mathbf 1 c^\top, \qquad S = \operatorname{softmax}(A)\ \text{(applied to each row)}$$

$$L = -\frac1m\sum_{i=1}^m\sum_{j=1}^K T_{ij}\log S_{ij}$$

$$\frac{\partial L}{\partial A} = STEP$$
"""


def test_a_correct_gradient_through_an_unread_matrix_definition_is_not_failed() -> None:
    r = doc_steps(_NOTES.replace("STEP", r"\frac1m(S - T)"))[-1]
    assert r.verdict is not Verdict.FAILED, r.message


def test_a_dropped_mean_there_is_not_green() -> None:
    r = doc_steps(_NOTES.replace("STEP", r"S - T"))[-1]
    assert not r.verdict.ok, r.message


def test_a_doubled_gradient_through_an_unread_matrix_definition_is_not_green() -> None:
    notes = _NOTES.replace(r"\frac{\partial L}{\partial A} = STEP",
                           r"\frac{\partial L}{\partial V} = 2X^\top\frac{\partial L}{\partial A}")
    r = doc_steps(notes)[-1]
    assert not r.verdict.ok, r.message
