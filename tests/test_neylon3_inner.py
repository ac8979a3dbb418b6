r"""A weighted inner product of a matrix, ``\langle A, b\rangle_W = A^T W b`` (documents/operators.inner).

Small notes written here."""

from __future__ import annotations

from support import doc_steps


def test_a_weighted_product_of_a_matrix_is_its_columns_products() -> None:
    # <A, b>_W = A^T W b (notes: "the notation still works when a or b are matrices"); a dropped
    # transpose on the right (A W b) is not green
    (right,) = doc_steps(r"""
    Let $A \in \mathbb{R}^{3 \times 2}$, $W \in \mathbb{R}^{3 \times 3}$ and $b \in \mathbb{R}^{3}$.

    $$\langle A, b \rangle_W = A^T W b$$
    """)
    assert right.verdict.name in ("PROVED", "PASSED"), right.message
    (wrong,) = doc_steps(r"""
    Let $A \in \mathbb{R}^{3 \times 2}$, $W \in \mathbb{R}^{3 \times 3}$ and $b \in \mathbb{R}^{3}$.

    $$\langle A, b \rangle_W = b^T W A$$
    """)
    assert wrong.verdict.name not in ("PROVED", "PASSED"), wrong.message
