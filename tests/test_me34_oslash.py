r"""``a \oslash b`` (⊘): the entry-wise division, as notes write the softmax's backward pass.

``\nabla_z L = (\operatorname{diag}(p) - p p^\top)(-y \oslash p) = p - y`` was SKIPPED ("\oslash is not
defined in the notes"). It is read as the entry-wise quotient (documents.operators.hdivide), never as a
product with an inverse: ``(A \odot B) \oslash B = A`` holds for square matrices too."""

from __future__ import annotations

import pytest
import sympy as sp
from support import doc_steps

from verifier.latex.parser import parse_latex
from verifier.results import Verdict

_SOFTMAX = r"""For $p = \mathrm{softmax}(z)$ and $L = -y^\top \log p$ with one-hot $y$,
$$\nabla_z L = (\operatorname{diag}(p) - p p^\top)(-y \oslash p) = RIGHT.$$
"""


def test_oslash_and_its_unicode_parse_alike() -> None:
    assert parse_latex(r"x \oslash y") == parse_latex("x ⊘ y")
    assert parse_latex(r"x \oslash y").func.__name__ == "hdivide"


@pytest.mark.parametrize(("right", "verdict"), [("p - y", Verdict.PROVED), ("y - p", Verdict.FAILED)])
def test_the_softmax_backward_with_an_entrywise_division(right: str, verdict: Verdict) -> None:
    steps = doc_steps(_SOFTMAX.replace("RIGHT", right))
    assert steps[-1].verdict is verdict


def test_an_entrywise_division_of_square_matrices_is_no_inverse() -> None:
    (step,) = doc_steps(r"Let $A, B \in \mathbb{R}^{2 \times 2}$. Then $(A \odot B) \oslash B = A$." + "\n")
    assert step.verdict is Verdict.PROVED


def test_a_scalar_divides_every_entry() -> None:
    from verifier.documents.operators import hdivide

    m = sp.ImmutableMatrix([[2, 4]])
    assert hdivide(m, sp.Integer(2)) == sp.ImmutableMatrix([[1, 2]])
    assert hdivide(sp.Integer(4), m) == sp.ImmutableMatrix([[2, 1]])
