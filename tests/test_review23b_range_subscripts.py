r"""An index the notes give a range is no quantity that labels a name (review23b).

variants16 reads ``\delta_o = \mathbf{o} - \mathbf{t}`` as one name where the notes define o. A range
("$k = 0, \dots, M$", "for $k = 1$") is no definition of k: ``\phi_k = x^k`` there is a family over k,
and reading it as one name left the steps about it unchecked. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.namesubscripts import quantity_subscripts
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
Let $k = 0, \dots, M$ index the features, with $\phi_k = x^k$ and $y = \sum_{k=0}^{M} w_k \phi_k$.

$$\frac{\partial y}{\partial w_j} = {rhs}$$
"""


def test_a_letter_given_a_range_is_an_index() -> None:
    assert quantity_subscripts(r"Let $k = 0, \dots, M$ and $\phi_k = x^k$.") == set()
    assert quantity_subscripts(r"For $k = 1$ we have $\phi_k = x^k$.") == set()
    # a quantity the notes define still labels
    assert quantity_subscripts(r"$\mathbf{o} = \sigma(V h)$ and $\delta_o = o - t$") == {("delta", "o")}


def test_a_family_over_a_ranged_index_is_checked() -> None:
    assert doc_steps(_NOTES.replace("{rhs}", "x^j"))[-1].verdict in GREEN
    assert doc_steps(_NOTES.replace("{rhs}", "x^{j+1}"))[-1].verdict not in GREEN
