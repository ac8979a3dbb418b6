r"""A name the notes transpose in one display is a vector or a matrix in every chain of the document.

Shape inference (:mod:`verifier.documents.infer`) reads a chain, the definitions it reaches and the
document's annotations; a transpose written in *another* display was no evidence there. A network's
notes write ``\partial L/\partial W_1 = \delta_1 x^T`` in one display and ``\partial L/\partial z_1 =
W_2 \delta_2 \odot \sigma'(z_1)`` in the next: the second chain writes no transpose, so x, W_1 and
W_2 were numbers in it and a missing transpose, a swapped product, held between commuting scalars.
A reader of the notes knows x is the same column vector in both displays.

Here every display of the document is read once (:func:`transposed_names`, by the reader): a lone name
written transposed (``x^T``, ``W^\top``, ``W_2^T``, ``\delta_1^T``) is recorded with the first line
that transposes it. :func:`transposed_elsewhere` then gives that shape to the name in a chain where
nothing else has given it one ("transposed on line N"): a lowercase name a vector, a capital a
matrix. The products of the chain then carry the shape to the names beside it, as a transpose in the
chain itself would. It is a shape the notes write (doubts never flattens it to a number).

Only from the chain's own part of the notes (documents.parts: a heading, an item, "(b)") or, from another
part, for a name the chain itself never uses as a number (:func:`transposed_for`): notes that teach
``\frac{d}{dx} x^2 = 2x`` under one heading and ``\nabla_x x^T A x`` under the next mean numbers by the
first (a total derivative written with d, or a power of the name, says so).

Conservative: only a name still open in the chain takes it — a name a context declares, an annotation
``\in \mathbb{R}`` or a scalar role in the prose makes a number, a subscript makes an entry, or a
product of the chain itself shapes, keeps that reading; a name a display sets to a number
(``y = -2.43``) is never made a vector; entries (``x_i^T``, samples ``x^{(i)T}``) are not names here."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Key
from verifier.documents.parts import part_of
from verifier.documents.partscope import across_problems
from verifier.documents.shapes import is_capital

if TYPE_CHECKING:
    from verifier.documents.infer import _Inference

__all__ = ["transposed_elsewhere", "transposed_for", "transposed_names", "used_as_number"]

#: a total derivative by a letter, written with d: \frac{d}{dx}, \frac{df}{dx}, \frac{\mathrm{d}}{\mathrm{d}x}, d/dx
_BY_D = (
    r"(?:\\frac\s*\{{(?:[^{{}}]|\{{[^{{}}]*\}})*\}}|\bd\s*/)\s*\{{?\s*(?:\\mathrm\s*\{{\s*d\s*\}}|d)\s*{}(?![A-Za-z])"
)


def _key(node: sp.Basic) -> Key | None:
    """The key of a name written alone: ``x``, or a numbered name ``W_2`` (not an entry ``x_i``)."""
    if isinstance(node, sp.Symbol) and not isinstance(node, sp.Dummy):
        return None if node.name.endswith(("__lo", "__hi")) or "^()" in node.name else (node.name, ())
    if isinstance(node, sp.Indexed) and node.indices and all(str(i).isdigit() for i in node.indices):
        base = str(node.base.label)
        return None if "^()" in base else (base, tuple(str(i) for i in node.indices))
    return None


def transposed_names(trees: Iterable[tuple[sp.Basic, int]], numbers: Iterable[str] = ()) -> dict[Key, list[int]]:
    """The names the document's displays write transposed, each with the lines that do, in order;
    ``numbers``: names a display sets to a number, never vectors."""
    skip = set(numbers)
    out: dict[Key, list[int]] = {}
    for tree, line in trees:
        for node in tree.atoms(AppliedUndef):
            if node.func.__name__ != "transpose" or not node.args:
                continue
            key = _key(node.args[0])
            if key is not None and key[0] not in skip and line not in out.get(key, []):
                out.setdefault(key, []).append(line)
    return {k: sorted(v) for k, v in out.items()}


def used_as_number(key: Key, own: Iterable[sp.Basic], latex: str) -> bool:
    r"""Does the chain read as scalar calculus for ``key``: a power of it (``x^2``), or any total derivative
    written with d (``\frac{d}{dx}``, ``d/dw``: the notation of functions of a number)?"""
    for tree in own:
        for node in tree.atoms(sp.Pow):
            if _key(node.base) == key and node.exp.is_Integer:
                return True
    return re.search(_BY_D.format(r"\\?[A-Za-z]+"), latex) is not None


def transposed_for(
    transposed: dict[Key, list[int]], own: Iterable[sp.Basic], latex: str, text: Sequence[str], line: int
) -> dict[Key, int]:
    """The transposes a chain at ``line`` of the notes ``text`` takes (see the module): the first line in its
    part (documents.parts) that transposes each name, else the first line elsewhere unless the chain uses it as
    a number; never one in another problem of a homework (partscope.across_problems)."""
    part = part_of(text, line)
    trees = list(own)
    out: dict[Key, int] = {}
    for key, written in transposed.items():
        lines = [w for w in written if not across_problems(text, w, line)]
        if not lines:
            continue
        inside = [line for line in lines if part[0] <= line <= part[1]]
        if inside:
            out[key] = inside[0]
        elif not used_as_number(key, trees, latex):
            out[key] = lines[0]
    return out


def transposed_elsewhere(inf: _Inference) -> None:
    """Give each name of the chain still open the shape its transpose in another display gives it."""
    for key, line in inf.ann.transposed.items():  # one line per name here (transposed_for)
        n = inf.names.get(key)
        if n is None or n.kind != "open" or inf.known(key):
            continue
        if key[1] and (inf.known((key[0], ())) or (key[0], ()) in inf.ann.subscripted):
            continue  # x_1 of a declared x, or of an x the notes index (x_i): an entry, not a name of its own
        inf.make(key, "matrix" if is_capital(key[0]) else "vector", f"transposed on line {line} of the notes")
