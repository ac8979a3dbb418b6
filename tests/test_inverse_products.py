r"""``A A^{-1}`` is the identity matrix, never the number 1.

SymPy cancels a non-commuting symbol against its inverse (``A*A**-1 == 1``), so the parser turned
``\operatorname{tr}(A A^{-1})`` into ``tr(1)``: ``= 1`` was PROVED and the true ``= n`` FAILED for a
declared n×n matrix. Products with an inverse keep their factors; the resolver multiplies the matrices."""

from __future__ import annotations

from support import doc_steps

from verifier.latex import parse_latex

_CONTEXT = r"""
```verify
A, B: matrix[n x n]
n in {2, 3}
```

"""


def _verdict(claim: str) -> str:
    (step,) = doc_steps(_CONTEXT + f"$$ {claim} $$\n")
    return step.verdict.value


def test_a_matrix_times_its_inverse_is_not_parsed_as_the_number_one() -> None:
    tree = parse_latex(r"A A^{-1}", noncommutative=frozenset({"A"}))
    assert tree != 1


def test_the_trace_of_a_matrix_times_its_inverse_is_n() -> None:
    assert _verdict(r"\operatorname{tr}(A A^{-1}) = n") == "PROVED"
    # never green; SKIPPED rather than FAILED, as A^{-1} may be meant entry-wise (documents.squares)
    assert _verdict(r"\operatorname{tr}(A A^{-1}) = 1") in ("FAILED", "SKIPPED")
    assert _verdict(r"\operatorname{tr}(A^{-1} B A) = \operatorname{tr}(B)") == "PROVED"
