r"""Review of fresh10's Fisher information (documents.fisher): once the notes define ``I(\theta)``, a later
line that writes ``I`` alone (never calls it) still means the identity matrix, even when it writes θ.
Example written here (review22b)."""

from __future__ import annotations

from support import doc_steps

_NOTES = r"""
The Fisher information of one toss is $I(\theta) = \frac{1}{\theta(1-\theta)}$.

Now let $\theta \in \mathbb{R}^2$ and $A \in \mathbb{R}^{2 \times 2}$.

$$\nabla_\theta \frac{1}{2} \theta^\top (A + \lambda I) \theta = {rhs}$$
"""


def _verdict(rhs: str) -> str:
    return doc_steps(_NOTES.replace("{rhs}", rhs))[-1].verdict.value


def test_the_identity_beside_the_fisher_information_s_parameter_is_the_identity() -> None:
    assert _verdict(r"\frac{1}{2}(A + A^\top + 2\lambda I) \theta") == "PROVED"


def test_a_dropped_factor_two_on_the_identity_fails() -> None:
    assert _verdict(r"\frac{1}{2}(A + A^\top + \lambda I) \theta") == "FAILED"
