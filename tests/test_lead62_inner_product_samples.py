r"""Samples written ``x_i`` and used in an inner product with a vector (``\theta^\top x_i``) are vectors.

Notes on logistic regression, SVMs or attention write their samples with a plain subscript and no
annotation: ``\ell(\theta) = \sum_i [y_i \theta^\top x_i - \log(1 + e^{\theta^\top x_i})]``, keys
``s_j = q^\top k_j / \sqrt d``. Read literally, ``x_i`` is entry i of a vector of numbers, so
``\theta^\top x_i`` is a row times a number, the loss a row, and its Hessian "of a vector-valued
function" (SKIPPED) — the gradient was PROVED only under a reading of a diagonal Jacobian. The only
reading in which an inner product with a vector fits is that x_i is sample i, a vector
(documents.annotatedsamples, as for ``x_{ij}`` or an annotation ``x_i \in \mathbb{R}^d``).
"""

from __future__ import annotations

import textwrap

from support import verdicts_by_line

_LOSS = r"""
For $\ell(\theta) = \sum_{i=1}^n \left[ y_i \theta^\top x_i - \log(1 + e^{\theta^\top x_i}) \right]$,

$$\nabla_\theta \ell = \sum_{i=1}^n (y_i - \sigma(\theta^\top x_i)) x_i$$

$$\nabla^2_\theta \ell = HESSIAN$$
"""

_RIGHT = r"-\sum_{i=1}^n \sigma(\theta^\top x_i)(1 - \sigma(\theta^\top x_i)) x_i x_i^\top"


def _note(hessian: str) -> str:
    return textwrap.dedent(_LOSS).replace("HESSIAN", hessian)


def test_the_hessian_of_a_logistic_loss_over_subscripted_samples_is_checked() -> None:
    got = verdicts_by_line(_note(_RIGHT))
    assert got[4] == ["PROVED"]
    assert got[6] in (["PROVED"], ["PASSED"])


def test_a_sign_lost_in_that_hessian_is_failed() -> None:
    got = verdicts_by_line(_note(_RIGHT.lstrip("-")))
    assert got[6] == ["FAILED"]


def test_a_key_of_attention_in_an_inner_product_is_a_vector() -> None:
    note = textwrap.dedent(r"""
        Scores $s_j = \frac{q^\top k_j}{\sqrt{d}}$ for $j = 1, \dots, n$, summed as $\sum_j a_j v_j$.

        $$\frac{\partial s_j}{\partial q} = \frac{k_j}{\sqrt d}$$

        $$\frac{\partial s_j}{\partial q} = \frac{k_j}{d}$$
        """)
    got = verdicts_by_line(note)
    assert got[4] == ["PROVED"]
    assert got[6] == ["FAILED"]


def test_rows_written_as_x_u_y_i_transposed_are_not_made_column_samples() -> None:
    # the notes read vectors as rows (x_u y_i^T a number): no inner product of the column kind is written,
    # so nothing here makes y_i a family of columns
    from verifier.documents.annotatedsamples import annotated_families

    text = r"$\hat r_{ui} = x_u y_i^T$ and $\sum_i \hat r_{ui} = \sum_i x_u y_i^T$"
    assert "y" not in annotated_families(text)
    assert "x" not in annotated_families(text)


def test_a_vector_written_whole_keeps_its_entries() -> None:
    # x \in R^n annotated as a whole: x_i is its entry, as before
    from verifier.documents.annotatedsamples import annotated_families

    text = r"Let $x \in \mathbb{R}^n$ and $w \in \mathbb{R}^n$; then $\sum_i w^\top x_i$ …"
    assert "x" not in annotated_families(text)


def test_a_letter_used_as_numbers_in_another_section_is_no_family() -> None:
    # fresh19's IRLS note: x_i^T w in one section, σ(w x_i) x_i^2 for one weight in another: both readings are the
    # notes', so neither is forced (the family reading of this right step was FAILED, x_i read two ways)
    note = textwrap.dedent(r"""
        The weighted least squares solves $\min_w \sum_{i=1}^n s_i(z_i - x_i^\top w)^2$.

        For one weight,
        $\frac{d}{dw}\sum_{i=1}^n(\sigma(wx_i) - y_i)x_i = \sum_{i=1}^n \sigma(wx_i)(1-\sigma(wx_i))x_i^2$.
        """)
    assert verdicts_by_line(note)[5] == ["PROVED"]


def test_numbered_vectors_with_values_keep_their_names() -> None:
    from verifier.documents.annotatedsamples import annotated_families

    text = r"$$\sum_j \sigma(v_j^\top h) v_j$$ Take $v_1 = (1, 1)$, so $v_1^\top h = 2$."
    assert "v" not in annotated_families(text)
    listed = r"samples $x_1, \dots, x_n$ and $\sum_{i=1}^n \theta^\top x_i$"
    assert "x" in annotated_families(listed)
