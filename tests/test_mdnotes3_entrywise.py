r"""``u \circ \sigma'(t)`` is entry-wise, and ``h \otimes \delta`` of two vectors is their outer product.

Backprop notes with declared row vectors wrote both; ``\sigma'(t)`` was read as the Jacobian (an
n×n matrix beside a vector) and ``\otimes`` of two rows as a Kronecker row, so right steps were FAILED
("shape mismatch"). Planted mistakes stay FAILED.
"""

from __future__ import annotations

import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.operators import outer
from verifier.documents.outerproducts import as_outer
from verifier.engine import Settings
from verifier.latex import parse_latex

FAST = Settings(points=30)

_NOTES = r"""
```verify
D, H in {2, 3}
vectors: rows
t: row vector[H]
u: row vector[H]
a: row vector[D]
c: index 1..H
```

$$
{chain}
$$
"""


def _verdict(chain: str) -> tuple[str, str]:
    check = check_text(_NOTES.replace("{chain}", chain), "t.md", FAST)
    (step,) = [s for c in check.chains for s in c.result.steps]
    return step.verdict.value, step.message


def test_sigma_prime_of_a_vector_in_an_entry_wise_product_is_entry_wise() -> None:
    verdict, message = _verdict(r"u \circ \sigma'(t) = \sigma'(t) \circ u")
    assert verdict == "PROVED", message
    assert "entry by entry" in message


def test_an_entry_of_the_entry_wise_product_is_the_product_of_entries() -> None:
    verdict, message = _verdict(r"[u \circ \sigma'(t)]_c = u_c \sigma(t_c) (1 - \sigma(t_c))")
    assert verdict == "PROVED", message


def test_a_wrong_entry_wise_derivative_is_failed() -> None:
    verdict, message = _verdict(r"[u \circ \sigma'(t)]_c = u_c \sigma(t_c)")
    assert verdict == "FAILED", message


def test_a_jacobian_beside_a_matrix_keeps_its_error() -> None:
    verdict, message = _verdict(r"(t^T u) \circ \sigma'(t) = \sigma'(t) \circ (t^T u)")
    assert verdict == "PROVED", message  # both n×n: the Jacobian reading fits, nothing is reread
    assert "entry by entry" not in message


def test_outer_product_of_two_rows_is_a_matrix() -> None:
    a, b = sp.ImmutableMatrix([[1, 2]]), sp.ImmutableMatrix([[3, 4, 5]])
    assert outer(a, b) == sp.ImmutableMatrix([[3, 4, 5], [6, 8, 10]])
    assert outer(a.T, b) == outer(a, b.T) == outer(a, b)


def test_kron_is_rewritten_to_outer() -> None:
    tree = as_outer(parse_latex(r"a \otimes u + b"))
    assert "outer(a, u)" in str(tree) and "kron" not in str(tree)


def test_tensor_product_of_two_row_vectors_is_their_outer_product() -> None:
    verdict, message = _verdict(r"a \otimes u = a^T u")
    assert verdict == "PROVED", message
    assert "outer product" in message


def test_a_transposed_outer_product_is_not_green() -> None:
    verdict, message = _verdict(r"a \otimes u = u^T a")
    assert verdict == "FAILED", message
