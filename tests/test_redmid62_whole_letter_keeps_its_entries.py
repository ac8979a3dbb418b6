r"""A letter the notes also write whole (``\|w\|^2``, ``x^\top x``) keeps ``w_j`` as its entry j: no false green.

redmid62 (red team of stop 62; lead62's sliced_families, uncommitted at 17:30): one inner product
``w_k^\top x`` with its index run ("for $k = 1, \dots, K$") makes every ``w_j`` of the notes sample j of a
family ``w^()``, a vector unrelated to the whole ``w``. In a member that writes both, ``\|w\|^2`` then no
longer depends on ``w_j``: the wrong ``\partial/\partial w_j (\|w\|^2 + w_j^2) = 2 w_j`` (it is 4 w_j) and
``\partial/\partial x_i (x^\top x) = 0`` were PROVED (FAILED / SKIPPED on the base), and the right
``\|x\|^2 = \sum_i x_i^2`` SKIPPED. Every example is written here."""

from __future__ import annotations

import textwrap

from support import verdicts_by_line

_MULTICLASS = textwrap.dedent(r"""
    # Models

    For the multiclass model the score of class $k$ is $w_k^\top x$ for $k = 1, \dots, K$.

    For the binary model, $w^\top x = \sum_{j=1}^d w_j x_j$.

    $$\frac{\partial}{\partial w_j} \left(\|w\|^2 + w_j^2\right) = 2 w_j$$

    $$\frac{\partial}{\partial w_j} \left(\|w\|^2 + w_j^2\right) = 4 w_j$$
    """).lstrip("\n")

_LOGISTIC = textwrap.dedent(r"""
    # Models

    The loss is $\ell(\theta) = \sum_{i=1}^n \log(1 + e^{-y_i \theta^\top x_i})$.

    For one vector, $\|x\|^2 = \sum_{i=1}^d x_i^2$.

    $$\frac{\partial}{\partial x_i} \left(x^\top x\right) = 0$$

    $$\frac{\partial}{\partial x_i} \left(\|x\|^2 + x_i^2\right) = 2 x_i$$
    """).lstrip("\n")


def test_a_lost_term_in_the_derivative_of_a_norm_and_its_entry_is_not_green() -> None:
    got = verdicts_by_line(_MULTICLASS)
    assert got[7] == ["FAILED"], got
    assert "FAILED" not in got[9], got


def test_the_derivative_of_x_transposed_x_by_its_entry_is_not_zero() -> None:
    got = verdicts_by_line(_LOGISTIC)
    assert got[7] != ["PROVED"] and got[7] != ["PASSED"], got
    assert got[9] != ["PROVED"] and got[9] != ["PASSED"], got
