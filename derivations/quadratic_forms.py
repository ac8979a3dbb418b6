"""Gradient of a quadratic form for a general (not symmetric) square matrix."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.ml import build, sum_over

Matrix = sp.ImmutableMatrix
N_SIZES = {"n": [1, 2, 3, 5]}


def _double_sum(A, x, n):
    return sum_over(n, lambda i: sum_over(n, lambda j: A[i, j] * x[i] * x[j]))


def _row_sum(A, x, k, n):  # sum_j a_kj x_j
    return sum_over(n, lambda j: A[k, j] * x[j])


def _col_sum(A, x, k, n):  # sum_i a_ik x_i
    return sum_over(n, lambda i: A[i, k] * x[i])


@identity(
    "quadratic-form-index-sum",
    title="Quadratic form as a double sum",
    statement=r"x^\top A x = \sum_i\sum_j a_{ij} x_i x_j",
    source="samples/002, question on f(x) = x^T A x",
    tags=("quadratic-form", "linear-algebra"),
    sizes=N_SIZES,
)
def _(b):
    n = b.size("n")
    A = b.matrix("A", n, n)
    x = b.vector("x", n)
    return b.claim(x.T * A * x, _double_sum(A, x, n))


@identity(
    "quadratic-form-gradient",
    title="Gradient of x^T A x for a general square A",
    statement=(
        r"\nabla_x\,x^\top A x = \Big(\sum_j a_{kj}x_j + \sum_i a_{ik}x_i\Big)_k"
        r" = Ax + A^\top x = (A + A^\top)\,x"
    ),
    source="samples/002, question on f(x) = x^T A x",
    tags=("quadratic-form", "linear-algebra"),
    sizes=N_SIZES,
)
def _(b):
    n = b.size("n")
    A = b.matrix("A", n, n)
    x = b.vector("x", n)
    return b.chain(
        D(x.T * A * x, x),
        D(_double_sum(A, x, n), x),
        build(n, 1, lambda k, _: _row_sum(A, x, k, n) + _col_sum(A, x, k, n)),
        A * x + A.T * x,
        (A + A.T) * x,
    )
