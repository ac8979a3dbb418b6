r"""A one-hot vector indexed by the sample is no basis vector of its index (review33b).

"Let $\mathbf{y}_i$ be the one-hot encoding of the label of sample $i$": the 1 of y_i sits at sample i's label,
not at i. Read as the identity's column i (documents.basisvectors), two samples never shared a label:
``y_i^T y_j = 0`` for i != j and ``\sum_i y_i^T y_1 = 1`` were PROVED, both false whenever two samples share a
class. A one-hot vector is a basis vector of its index only where the prose puts its 1 there ("the one-hot
encoding of the label $y$" for ``e_y``)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def test_the_one_hot_label_of_a_sample_is_not_column_i() -> None:
    steps = doc_steps("# A\n\nLet $\\mathbf{y}_i$ be the one-hot encoding of the label of sample $i$.\n\n"
                      "$$\\mathbf{y}_i^\\top \\mathbf{y}_j = 0 \\quad i \\neq j$$\n\n"
                      "$$\\sum_{i=1}^{n} \\mathbf{y}_i^\\top \\mathbf{y}_1 = 1$$\n")
    assert all(s.verdict not in _GREEN for s in steps), [(s.verdict, s.message) for s in steps]


def test_a_one_hot_vector_of_its_own_index_is_still_a_basis_vector() -> None:
    steps = doc_steps("# A\n\nLet $x \\in \\mathbb{R}^n$ and $e_k$ the one-hot vector of class $k$.\n\n"
                      "$$e_k^\\top x = x_k$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED], [s.message for s in steps]


def test_a_basis_vector_of_another_basis_is_not_a_column_of_the_identity() -> None:
    steps = doc_steps("# A\n\nLet $\\mathbf{x} \\in \\mathbb{R}^n$ and let $\\mathbf{u}_k$ be the $k$-th basis vector "
                      "of the principal subspace.\n\n$$\\mathbf{u}_k^\\top \\mathbf{x} = x_k$$\n")
    assert all(s.verdict not in _GREEN for s in steps), [(s.verdict, s.message) for s in steps]


def test_e_the_basis_vector_is_still_read() -> None:
    steps = doc_steps("# A\n\nLet $x \\in \\mathbb{R}^n$ and $e_i$ the $i$-th basis vector.\n\n$$e_i^\\top x = x_i$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED], [s.message for s in steps]
