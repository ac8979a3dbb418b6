r"""The standard basis vectors the prose names are read (gaps21).

"Let $e_i$ be the $i$-th standard basis vector" then ``e_i^\top x = x_i`` was SKIPPED "e_i is not declared".
A letter the prose calls a (standard, canonical) basis vector or a one-hot vector, with its index, is the
family of the identity's columns (documents.basisvectors): e_i^T x = x_i is PROVED; a wrong claim is never
green (FAILED, or SKIPPED as a case split where it holds at some indices, as any index claim)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOT_GREEN = (Verdict.FAILED, Verdict.SKIPPED)


def test_the_standard_basis_vector_picks_an_entry() -> None:
    steps = doc_steps("# A\n\nLet $x \\in \\mathbb{R}^n$ and let $e_i$ be the $i$-th standard basis vector.\n\n"
                      "$$e_i^\\top x = x_i$$\n\n$$x = \\sum_{i=1}^{n} x_i e_i$$\n\n$$e_i^\\top x = x_1$$\n\n"
                      "$$x = \\sum_{i=1}^{n} x_1 e_i$$\n")
    assert [s.verdict for s in steps][:2] == [Verdict.PROVED, Verdict.PROVED], [s.message for s in steps]
    assert steps[2].verdict in _NOT_GREEN and steps[3].verdict in _NOT_GREEN, [s.message for s in steps]


def test_a_bold_basis_vector_and_a_matrix_column() -> None:
    steps = doc_steps("# A\n\nLet $A \\in \\mathbb{R}^{n \\times n}$, and $\\mathbf{e}_k$ the standard basis "
                      "vectors.\n\n$$\\mathbf{e}_k^\\top \\mathbf{e}_k = 1$$\n\n"
                      "$$\\mathbf{e}_j^\\top A \\mathbf{e}_k = A_{jk}$$\n\n"
                      "$$\\mathbf{e}_j^\\top A \\mathbf{e}_k = A_{kj}$$\n\n"
                      "$$\\mathbf{e}_k^\\top \\mathbf{e}_k = 2$$\n")
    assert [s.verdict for s in steps][:2] == [Verdict.PROVED, Verdict.PROVED], [s.message for s in steps]
    assert steps[2].verdict in _NOT_GREEN and steps[3].verdict in _NOT_GREEN, [s.message for s in steps]


def test_a_one_hot_label() -> None:
    steps = doc_steps("# A\n\nLet $z \\in \\mathbb{R}^K$ and $e_y$ the one-hot encoding of the label $y$.\n\n"
                      "$$\\nabla_z (-e_y^\\top z) = -e_y$$\n\n$$\\nabla_z (-e_y^\\top z) = e_y$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]
