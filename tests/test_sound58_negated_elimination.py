r"""An elimination the prose says it does *not* make is no elimination (sound58, red-teaming fresh57's ``eliminated``).

"We do not eliminate the constraint by writing $\pi_K = 1 - \sum_{k<K} \pi_k$; instead we add a multiplier" names
the substitution only to set it aside: the derivative after it is the plain partial of the Lagrangian, and a wrong
one (``+ \lambda`` for ``- \lambda``) was SKIPPED "the derivative may be the one along that substitution". Every note
is written here."""

from __future__ import annotations

from support import line_of, verdicts_by_line

_NOTE = r"""
# Categorical MLE

The log-likelihood is $\ell = \sum_{k=1}^K n_k \log \pi_k$ subject to $\sum_k \pi_k = 1$.
{lead} by writing $\pi_K = 1 - \sum_{k<K} \pi_k$; instead we add a multiplier:
$$
\frac{\partial}{\partial \pi_k}\bigl(\ell - \lambda(\sum_j \pi_j - 1)\bigr) = \frac{n_k}{\pi_k} {sign} \lambda .
$$
"""


def _verdicts(lead: str, sign: str) -> list[str]:
    text = _NOTE.replace("{lead}", lead).replace("{sign}", sign)
    return verdicts_by_line(text)[line_of(text, r"\frac{n_k}{\pi_k}")]


def test_a_wrong_step_after_a_declined_elimination_is_failed() -> None:
    assert _verdicts("We do not eliminate the constraint", "+") == ["FAILED"]


def test_the_same_with_instead_of() -> None:
    assert _verdicts("Instead of eliminating the constraint", "+") == ["FAILED"]


def test_a_right_step_after_a_declined_elimination_is_green() -> None:
    assert _verdicts("We do not eliminate the constraint", "-") == ["PROVED"]


def test_an_elimination_made_keeps_its_doubt() -> None:
    assert _verdicts("We eliminate the constraint", "+") == ["SKIPPED"]


def test_a_negation_of_something_else_declines_nothing() -> None:
    # "Without softmax" qualifies the model, not the substitution (fresh57's categorical note writes it so)
    assert _verdicts("Without softmax, eliminate the constraint", "+") == ["SKIPPED"]
