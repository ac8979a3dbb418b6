r"""A vector norm over a layer the notes define: ``L = \frac12\|\hat y - y\|^2`` with ``\hat y = W_2 h + b_2``.

Shape inference (:mod:`verifier.documents.infer`) reads a lone undeclared name inside a norm as a
vector, but not a name the notes *define*: its shape is its body's. Where nothing else gives a shape,
the body (``W_2 h + b_2``, ``h = \tanh(W_1 x + b_1)``) is all open names, so ŷ, y, h and the weights
were all numbers, the correct ``\partial L/\partial h = W_2^T(\hat y - y)`` was PROVED only as a scalar
identity and the missing transpose ``W_2(\hat y - y)`` SKIPPED as holding for numbers. A TA reads
the double bars as a vector norm and the capitals as the matrices of a layer.

Here the norm's evidence flows into the definitions: a defined name written alone in a norm (up to a
number) whose body is a *layer* — a sum of a capital times a name (``W_2 h``) and lone names (the bias),
under entry-wise functions (``\tanh``, ``\sigma``), every defined name it uses a layer or a lone name
too — is a vector, and the other lone names beside it in the norm (``y``) are vectors of its length.
:meth:`verifier.documents.shapes._Shapes._layer_body` then carries the shape down the definitions (W_2
a matrix, h and b_2 vectors, then W_1, x, b_1), with distinct default sizes, so a missing transpose
does not conform. The norm alone is not enough (conservative): a definition with no capital times a
name (``\hat y = w x + b``) is left as it was, a name the notes say is a number is never changed, and
a name beside a defined vector in a norm becomes a vector only where that name is still open."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Key, VarDecl, display_key
from verifier.documents.shapes import SCALAR_CAPITALS, entrywise_argument, is_capital, uncounted

if TYPE_CHECKING:
    from verifier.documents.infer import _Inference

#: the reason given to a defined name made a vector here ("inside a norm": doubts reads it as a written shape)
WHY = "inside a norm, with a capital times a name in its definition (a layer)"


def _key(node: sp.Basic) -> Key | None:
    """The key of a lone name (``y``, ``b_2``), or None."""
    if isinstance(node, sp.Symbol) and not isinstance(node, sp.Dummy):
        return (node.name, ())
    if isinstance(node, sp.Indexed) and all(str(i).isdigit() for i in node.indices):
        return (str(node.base.label), tuple(str(i) for i in node.indices))
    return None


def _number(inf: _Inference, key: Key) -> bool:
    r"""Do the notes (or a context) say ``key`` is a number: ``s \in \mathbb{R}``, "the learning rate"?"""
    entry = inf.scope.names.get(key)
    return (
        inf.ann.shapes.get(key) == () or key in inf.ann.roles or (isinstance(entry, VarDecl) and entry.kind == "scalar")
    )


def _layer(inf: _Inference, key: Key, seen: set[Key]) -> bool:
    """Is the notes' definition of ``key`` a layer: a sum of capitals times names and lone names, under
    entry-wise functions, with at least one capital times a name, and every defined name it uses a lone
    name's definition or a layer itself?"""
    if key in seen:
        return False
    seen.add(key)
    body = entrywise_argument(inf.defined[key][0])
    products = 0
    for term in sp.Add.make_args(body):
        factors = [f for f in sp.Mul.make_args(uncounted(term)) if not f.is_number]
        keys = [_key(f) for f in factors]
        if any(k is None or _number(inf, k) for k in keys) or not 1 <= len(keys) <= 2:
            return False
        if len(keys) == 2:
            weight, operand = keys
            assert weight is not None and operand is not None
            if (not is_capital(weight[0]) or weight[0] in SCALAR_CAPITALS or is_capital(operand[0])
                    or weight in inf.defined):  # fmt: skip
                return False
            products += 1
        for k in keys[-1:]:
            assert k is not None
            if k in inf.defined and not _operand(inf, k, seen):
                return False
    return products > 0


def _operand(inf: _Inference, key: Key, seen: set[Key]) -> bool:
    """A defined name a layer uses (``h`` in ``W_2 h``): a layer, or an entry-wise function of a defined
    name that is one (``h = \\tanh(z_1)``)."""
    if _layer(inf, key, set(seen)):
        return True
    inner = _key(entrywise_argument(inf.defined[key][0]))
    return inner is not None and inner in inf.defined and inner not in seen and _operand(inf, inner, seen | {key})


def _text(arg: sp.Basic, keys: list[Key]) -> str:
    """``ŷ - y`` as the notes write it (for the reason given)."""
    signs = [uncounted(t) != t and t.could_extract_minus_sign() for t in sp.Add.make_args(arg)]
    order = sorted(range(len(keys)), key=lambda i: signs[i])  # the positive terms first
    parts = [("- " if signs[i] else "+ ") + display_key(keys[i]) for i in order]
    return " ".join(parts).removeprefix("+ ")


def _norms(trees: Iterable[sp.Basic]) -> list[sp.Basic]:
    """The arguments of the vector norms in ``trees``: ``‖v‖``, ``‖v‖_2``, ``‖v‖_1`` (not ``‖A‖_F``)."""
    out: list[sp.Basic] = []
    for tree in trees:
        for sub in sp.preorder_traversal(tree):
            if isinstance(sub, AppliedUndef) and sub.func.__name__ == "norm" and sub.args[1:] in ((), (1,), (2,)):
                out.append(sub.args[0])
    return out


def norms_over_layers(inf: _Inference, trees: Iterable[sp.Basic]) -> bool:
    r"""Make the lone names of ``‖ŷ − y‖`` vectors of one length where ŷ is a defined layer (see the
    module); True when a shape changed (the inference then runs its product rounds again)."""
    changed = False
    for arg in _norms(trees):
        keys = [_key(uncounted(t)) for t in sp.Add.make_args(arg)]
        if any(k is None for k in keys) or len(set(keys)) != len(keys):
            continue
        lone: list[Key] = [k for k in keys if k is not None]
        if not any(k in inf.defined for k in lone):
            continue  # no definition: infer._normed reads it
        if any(_number(inf, k) for k in lone):
            continue  # s \in \mathbb{R}, "the learning rate": the notes say it is a number
        names = [inf.name(k) if k in inf.defined or not inf.known(k) else None for k in lone]
        if any(n is None or n.kind in ("scalar", "matrix") for n in names):
            continue  # a declared name, or one the notes (or a product) make a number or a matrix
        vectors = [n for n in names if n is not None and n.kind == "vector"]
        layers = [k for k, n in zip(lone, names, strict=True)
                  if n is not None and n.kind == "open" and k in inf.defined and _layer(inf, k, set())]  # fmt: skip
        if not vectors and not layers:
            continue
        dims = vectors[0].dims if vectors else None
        text = _text(arg, lone)
        for k in layers:
            dims = inf.make(k, "vector", f"{WHY}: ‖{text}‖", dims).dims
            changed = True
        vector = next(k for k, n in zip(lone, names, strict=True) if k in layers or any(n is v for v in vectors))
        for k, n in zip(lone, names, strict=True):
            if n is not None and n.kind == "open" and k not in inf.defined:
                inf.make(k, "vector", f"beside the vector {display_key(vector)} inside a norm: ‖{text}‖", dims)
                changed = True
    return changed
