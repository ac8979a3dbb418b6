r"""The length of a vector of ones in a product: ``\mathbf{1}^T v``, ``\mathbf{1}\mathbf{1}^T x``, ``\mathbf{1} b^T``.

Notes write the ones vector without its length: the product it stands in says it. Each
:class:`~verifier.documents.values.Ones` of a written-order product takes the length its neighbour
needs (``\mathbf{1}^T v``: as long as v; ``M\mathbf{1}``: M's columns). The outer product ``v\mathbf{1}^T``
says nothing of its length (a ones vector as long as v was a guess that FAILED ``(A + b\mathbf{1}^T)\mathbf{1}
= A\mathbf{1} + nb``): the notes' stated length, the sum or the member it stands in size it. Sizing runs
until nothing changes, so a ones vector beside another one sized first takes its length too: in
``\mathbf{1}\mathbf{1}^T x`` the row ``\mathbf{1}^T`` is as long as x, and the column ``\mathbf{1}`` before it
is the same ones vector (the square matrix of ones the notes mean by ``\mathbf{1}\mathbf{1}^T``).

One product says nothing of the ones vector in the bias of a batch, ``XW + \mathbf{1} b^T`` (n rows of
b^T): the outer product ``\mathbf{1} b^T`` is as tall as anything. The sum it stands in says it: the
other terms' one matrix shape is the only one at which the sum is defined. :func:`sum_terms` evaluates a
sum's terms and, where a term fails only for a ones vector of unknown length, evaluates it again with
that shape as the hint (a column of ones takes the sum's rows, a row of ones its columns). Anything else
(no matrix beside it, terms of several shapes) keeps the refusal, never guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import sympy as sp

from verifier.documents.values import DimensionError, Eye, Ones, ResolveError, Value, is_matrix, norm

__all__ = ["UNSIZED", "OnesUnsized", "SquareUnsized", "factor_values", "lone_ones", "shape_ones", "sized_members",
           "sum_terms"]

#: the refusal of a ones vector nothing sizes (the message :func:`sum_terms` recognises)
UNSIZED = "a vector of ones whose length cannot be inferred from its neighbours"

_hint: list[tuple[int, int]] = []  # the shape of the sum a term is evaluated in again (innermost last)
_unstated: list[bool] = []  # a sum evaluated again without the stated or guessed outer length (sum_terms)


class OnesUnsized(ResolveError):
    """A ones vector in a product that nothing sizes (an order of commuting factors may still size it)."""


class SquareUnsized(OnesUnsized):
    r"""A sum with the identity and ones vectors nothing beside them sizes (``I - \mathbf{1}\mathbf{1}^T/n``)."""


def _sized(m: Ones, left: Value | None, right: Value | None, right_ones: bool, stated: Value | None) -> Value | None:
    r"""``m`` as a concrete vector where a neighbour (already a matrix) decides its length, else None; in an
    outer product (``v\mathbf{1}^T``, ``\mathbf{1}b^T``) the length the notes state (``stated``:
    documents.oneslength), never a guess from v."""
    if m.transposed and right is not None:
        return m.scale * sp.ImmutableMatrix.ones(1, right.rows)
    if not m.transposed and left is not None:
        return m.scale * sp.ImmutableMatrix.ones(left.cols, 1)
    if stated is not None and ((m.transposed and left is not None) or (not m.transposed and right is not None)):
        return m.scale * (sp.ImmutableMatrix.ones(1, stated) if m.transposed else sp.ImmutableMatrix.ones(stated, 1))
    if not m.transposed and right is not None and right_ones and right.rows == 1 and right.cols > 1:
        return m.scale * sp.ImmutableMatrix.ones(right.cols, 1)  # 1 1^T: the square matrix of ones (never 1×1)
    return None


def shape_ones(mats: list[Value], stated: Value | None = None) -> list[sp.ImmutableMatrix]:
    """Give each vector of ones the length its neighbour needs (1^T v, M 1, 1 1^T v, 1 b^T in a sum), or in an
    outer product the length the notes state (``stated``)."""
    out: list[Value] = list(mats)
    stated = None if _unstated else stated
    ones_rows: set[int] = set()
    changed = True
    while changed:
        changed = False
        for k, m in enumerate(out):
            if not isinstance(m, Ones):
                continue
            right = out[k + 1] if k + 1 < len(out) and is_matrix(out[k + 1]) else None
            left = out[k - 1] if k > 0 and is_matrix(out[k - 1]) else None
            sized = _sized(m, left, right, k + 1 in ones_rows, stated)
            if sized is not None:
                out[k] = sized
                if m.transposed:
                    ones_rows.add(k)
                changed = True
    for k, m in enumerate(out):
        if isinstance(m, Ones):
            if not _hint:
                raise OnesUnsized(UNSIZED)
            out[k] = _hinted(m)
    return out  # type: ignore[return-value]


@contextmanager
def _sum_shape(shape: tuple[int, int]) -> Iterator[None]:
    _hint.append(shape)
    try:
        yield
    finally:
        _hint.pop()


def sum_terms(args: Sequence[sp.Basic], value: Callable[[sp.Basic], Value]) -> list[Value]:
    r"""The values of a sum's terms; a term that fails only for a ones vector of unknown length
    (``\mathbf{1} b^T``) is evaluated again at the one matrix shape of the other terms."""
    out: list[Value | None] = []
    pending: list[tuple[int, ResolveError]] = []
    for a in args:
        try:
            out.append(value(a))
        except ResolveError as exc:
            if UNSIZED not in str(exc) or len(args) < 2:
                raise
            out.append(None)
            pending.append((len(out) - 1, exc))
    if not pending:
        if len(_shapes(out)) > 1 and not _unstated:
            # b 1^T + WX with 1 ∈ R^k stated for another use (1^T p = 1): the sum says the length
            return _sized_by_the_sum(args, value) or out  # type: ignore[return-value]
        return out  # type: ignore[return-value]
    shapes = _shapes(out)
    if not shapes and any(isinstance(v, Eye) for v in out):  # I - 1 1^T/n: square, as its neighbour says
        raise SquareUnsized(str(pending[0][1]))
    if len(shapes) != 1 or (shape := next(iter(shapes))) == (1, 1):
        raise pending[0][1]
    with _sum_shape(shape):
        for k, exc in pending:
            if not isinstance(args[k], sp.Mul):
                raise exc
            try:
                out[k] = value(args[k])
            except DimensionError:
                raise exc from None  # the hint did not fit: the refusal stands, never a failure
    return out  # type: ignore[return-value]


def _shapes(values: Sequence[Value | None]) -> set[tuple[int, int]]:
    return {norm(v).shape for v in values if v is not None and is_matrix(norm(v))}


def _sized_by_the_sum(args: Sequence[sp.Basic], value: Callable[[sp.Basic], Value]) -> list[Value] | None:
    """A sum whose terms do not agree, evaluated again with each ones vector sized by its product or the sum
    alone (not the length the prose states, nor v 1^T guessed square): those terms where they then agree,
    else None."""
    _unstated.append(True)
    try:
        out = sum_terms(args, value)
    except ResolveError:
        return None
    finally:
        _unstated.pop()
    return out if len(_shapes(out)) == 1 else None


def lone_ones(v: Ones) -> Value:
    """A ones vector that is a whole member's value (``\\mathbf{1}(\\mathbf{1}^T x)``), sized by the other
    member's shape while :func:`sized_members` evaluates it again; otherwise refused."""
    if not _hint:
        raise ResolveError("a vector of ones whose length cannot be inferred")
    return _hinted(v)


def _hinted(m: Ones) -> sp.ImmutableMatrix:
    r"""``m`` at the shape of the sum or member it stands in (a column the rows, a row the columns); refused
    where that length is one: a ones vector of length one is the number 1, which no notes write as
    ``\mathbf{1}`` (``\mathbf{1}\mathbf{1}^T\mathbf{x}`` with x read as a row would otherwise be x)."""
    rows, cols = _hint[-1]
    if (cols if m.transposed else rows) < 2:
        raise OnesUnsized(UNSIZED)
    return m.scale * (sp.ImmutableMatrix.ones(1, cols) if m.transposed else sp.ImmutableMatrix.ones(rows, 1))


def sized_members(values: dict[int, Value | Exception], pairs: Sequence[tuple[int, int]],
                  evaluate: Callable[[int], Value]) -> None:
    r"""Members of ``values`` refused only for a ones vector of unknown length, evaluated again at the shape
    of the member they are equated with where that is a vector (``\mathbf{1}\mathbf{1}^T x = \mathbf{1}(\mathbf{1}^T
    x)``: the equation is defined at that length only). A hint that does not fit keeps the refusal."""
    for left, right in pairs:
        for mine, other in ((left, right), (right, left)):
            exc, shape = values.get(mine), values.get(other)
            if not (isinstance(exc, ResolveError) and "a vector of ones whose length" in str(exc)):
                continue
            if not is_matrix(shape) or 1 not in shape.shape or shape.shape == (1, 1):
                continue
            with _sum_shape(shape.shape):
                try:
                    values[mine] = evaluate(mine)
                except ResolveError:
                    continue  # the hint did not fit (a dimension error included): the refusal stands


def factor_values(args: Sequence[sp.Basic], value: Callable[[sp.Basic], Value]) -> list[Value]:
    r"""The values of a product's factors; a sum of the identity and ones vectors (the centering matrix
    ``I - \frac{1}{n}\mathbf{1}\mathbf{1}^T``) is evaluated again as a square matrix as large as its
    neighbour needs (``(I - \frac1n \mathbf{1}\mathbf{1}^T)\mathbf{x}``: x's length)."""
    out: list[Value | None] = []
    pending: list[tuple[int, SquareUnsized]] = []
    for a in args:
        try:
            out.append(value(a))
        except SquareUnsized as exc:
            out.append(None)
            pending.append((len(out) - 1, exc))
    for k, exc in pending:
        right = next((norm(v) for v in out[k + 1 :] if v is not None and is_matrix(norm(v))), None)
        left = next((norm(v) for v in reversed(out[:k]) if v is not None and is_matrix(norm(v))), None)
        size = right.rows if right is not None else left.cols if left is not None else None
        if size is None or size < 2:
            raise exc
        with _sum_shape((size, size)):
            try:
                out[k] = value(args[k])
            except ResolveError:
                raise exc from None  # the square hint did not fit: the refusal stands
    return out  # type: ignore[return-value]
