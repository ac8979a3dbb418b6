r"""A label written as an index and then as a vector: ``L = -\log p_y``, then ``\frac{\partial L}{\partial z} = p - y``.

Cross-entropy notes write the loss of the true class as ``-\log p_y`` (y the class: an index of p) and its gradient
as ``p - y`` (y the one-hot label of that class). Read literally, the index y is subtracted from every entry of p,
and the right gradient failed "at y = 1" (gaps69; a false alarm).

:func:`index_hot_reading` is the notes' meaning, checked: the chain with every place y stands as a vector (``p - y``,
``\hat y - y``, ``y_k`` of ``\sum_k y_k \log p_k``) read as the one-hot vector e_y of class y, a family
``e_j = \delta_{jy}`` of a fresh letter, while y keeps indexing (``p_y``, ``\delta_{ky}``, ``\mathbb{1}[k = y]``).
y stays a free index, so the step is checked at every class 1..K (onehot70). Offered only for a label letter
(y, t) the notes subscript a vector by; :mod:`verifier.documents.doubts` tries it as one more meaning where the
literal one fails, and where it fails too the step is FAILED with its counterexample (``y - p``, ``p + y``,
``2(p - y)`` fail read either way).

:func:`label_as_index` keeps the older doubt for a step the reading could not decide (not tried, or no value):
where the step writes the difference of the index and the very vector it indexes (``p - y``, ``y - p``), it is
SKIPPED, never FAILED, unless the one-hot reading was checked and failed too (:data:`ONE_HOT_FAILS`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

import sympy as sp

from verifier.documents.context import Definition, IndexRange, Scope
from verifier.documents.hot import hot_indices_named

__all__ = ["ONE_HOT_FAILS", "index_hot_reading", "is_index_hot_note", "label_as_index", "unsummed_classes"]

# infer's report of a name read as an index because it subscripts a vector (documents.infer)
_INDEX = re.compile(r"inferred ([A-Za-z]): an index [^;()]*\(a subscript of ([A-Za-z])\)")
_LABELS = ("y", "t")  # the letters ML notes write for a class label
_NOTE = "where it is no index: the label of class"
#: said of a step that fails read literally and with the label one-hot (doubts); label_as_index leaves it FAILED
ONE_HOT_FAILS = "fails with the label one-hot too"
# where a name stands as an index, not as a value: a subscript, a sum's bounds, a comparison, Kronecker's delta
_INDEXING = (sp.Indexed, sp.KroneckerDelta, sp.core.relational.Relational, sp.logic.boolalg.Boolean)


def is_index_hot_note(note: str) -> bool:
    """Is ``note`` a reading of :func:`index_hot_reading` (alone or with a layout)?"""
    return _NOTE in note


def _swap(tree: sp.Basic, name: str, hot: str) -> sp.Basic:
    """``tree`` with ``name`` as a value (not as an index) written ``hot``; entries ``name_k`` as ``hot_k``."""
    if isinstance(tree, sp.Indexed):
        if str(tree.base.label) == name:
            return sp.Indexed(sp.IndexedBase(hot), *tree.indices)
        return tree
    if isinstance(tree, sp.Symbol):
        if tree.name != name:
            return tree
        return sp.Symbol(hot, commutative=tree.is_commutative)
    if not tree.args or isinstance(tree, _INDEXING):
        return tree
    if isinstance(tree, (sp.Sum, sp.Product)):
        return tree.func(_swap(tree.function, name, hot), *tree.limits)
    if isinstance(tree, sp.Derivative):  # what is differentiated, not the variable it is by
        return tree.func(_swap(tree.expr, name, hot), *tree.variable_count)
    if isinstance(tree, sp.Piecewise):
        return sp.Piecewise(*((_swap(e, name, hot), c) for e, c in tree.args))
    args = [_swap(a, name, hot) for a in tree.args]
    return tree if args == list(tree.args) else tree.func(*args)


def _fresh(scope: Scope, avoid: set[str], letters: str) -> str | None:
    return next((x for x in letters if (x, ()) not in scope.names and x not in avoid), None)


def _with_hot(scope: Scope, label: str, hot: str, index: str, rng: IndexRange) -> Scope:
    r"""``scope`` with ``hot`` the one-hot vector of class ``label`` (``hot_j = \delta_{j label}``, j over the label's
    range), and no vector of the label's own letter (its ``y_k`` written ``hot_k``)."""
    out = scope.copy()
    out.names.pop((label, ("(name)",)), None)
    out.names[(index, ())] = IndexRange((index, ()), rng.lo, rng.hi, 0)
    out.names[(hot, ())] = Definition((hot, ()), f"\\delta_{{{index} {label}}}", (), (index,))
    return out


def index_hot_reading(
    trees: Sequence[sp.Basic], scope: Scope, not_hot: Callable[[str], bool] = lambda name: False
) -> tuple[str, Callable[[sp.Basic], sp.Basic], Callable[[Scope], Scope]] | None:
    r"""The one-hot reading of a label the notes both subscript a vector by (``p_y``: an inferred index) and write as a
    vector in the chain (``p - y``, ``y_k``): its note, the rewriting of a member's tree and the scope it is read in
    (given the reading's other meanings: layouts); None where no label is written so, or where ``not_hot`` says the
    prose calls it soft or multi-hot (documents.softlabels; red71)."""
    written = {s.name for t in trees for s in t.free_symbols if isinstance(s, sp.Symbol)}
    written |= {str(x.base.label) for t in trees for x in t.atoms(sp.Indexed)}
    for name in _LABELS:
        rng = scope.names.get((name, ()))
        if not isinstance(rng, IndexRange) or "a subscript of" not in scope.inferred.get((name, ()), ""):
            continue
        if not_hot(name):
            continue
        hot = _fresh(scope, written, "eouvw")
        index = _fresh(scope, written | {hot or ""}, "jlmrs")
        if hot is None or index is None or all(_swap(t, name, hot) == t for t in trees):
            continue
        note = f"{name} one-hot ({name} = e_{name}) {_NOTE} {name}, every class checked"
        return note, functools.partial(_swap, name=name, hot=hot), functools.partial(_with_hot, label=name, hot=hot,
                                                                                      index=index, rng=rng)  # fmt: skip
    return None


def label_as_index(texts: Sequence[str], message: str) -> str | None:
    """Why a FAILED step whose members subtract an inferred index from the vector it subscripts, or that vector from
    it (``p - y`` after ``p_y``), is not FAILED; None where no member does, or where the one-hot reading was checked
    and fails too (:data:`ONE_HOT_FAILS`)."""
    if ONE_HOT_FAILS in message:
        return None
    for name, vector in _INDEX.findall(message):
        before = rf"(?<![_^\\A-Za-z]){vector}\s*-\s*{name}(?![_^A-Za-z])"  # p - y
        after = rf"(?<![_^\\A-Za-z]){name}\s*-\s*{vector}(?![_^A-Za-z])"  # y - p
        near = f"{before}|{after}"
        if any(re.search(near, t) for t in texts):
            return (f"{name} is an index here (a subscript of {vector}, {vector}_{name}) and is subtracted from "
                    f"{vector} or {vector} from it: the one-hot label of class {name} is meant, a reading not checked "
                    "here")
    return None


def unsummed_classes(text: str, is_index: Callable[[str], bool]) -> frozenset[str]:
    r"""The label letters (y, t) the prose names the true (correct) class by, "let $y$ be the index of the true
    class", and the notes index with: one class, never an index an implied sum runs over (``-\log p_y =
    -\sum_k \log p_k`` dropped the factor y_k; summing the lone y made it hold, a false PROVED)."""
    return frozenset(n for n in hot_indices_named(text) & set(_LABELS) if is_index(n))

