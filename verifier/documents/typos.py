r"""A definition that writes an index where an entry is meant: ``p_j = e^j / \sum_i e^i`` for ``e^{o_j}``.

Softmax notes often drop the name of the scores in their definition: ``p_j = \frac{e^j}{\sum_i e^i}``
(literally e to the power of the *number* j), then differentiate ``\frac{\partial L}{\partial o_k}``
and write ``p_k = \frac{e^{o_k}}{\sum_i e^{o_i}}`` in the derivation. A reader takes ``e^j`` to mean
the exponential of entry j of the scores: the vector the notes differentiate by.

This module builds that reading, and only where it is the one a reader would take:

* the definition (learned from the notes, entry-wise ``p_j`` or with a sum) uses one of its indices —
  its own index or a sum's variable — as the exponent of ``e`` or the argument of ``\exp``, and
  nowhere else as a value (``j \cdot e^j`` would not be a dropped name);
* exactly one family is a candidate for the scores: written with a letter subscript in the notes,
  the variable of a derivative there (``\partial o_k``), not defined by the notes, not a label
  (``y``/``t``) and not the defined name itself. With two candidates there is no single reading.

The reading is offered to :mod:`verifier.documents.doubts` as one more meaning of the names (tried only
where the literal reading fails), and reported with the step: "the notes' definition of p read with
e^{o_j} for e^j". A step that fails under it too is not green; the demotion that names the typo stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

import sympy as sp

from verifier.documents.context import Definition, IndexRange, Scope, VarDecl
from verifier.latex import Component, LatexError

__all__ = ["scores_read_for_indices"]

_LABELS = frozenset({"y", "t"})
_EXP_OF_LETTER = re.compile(
    r"(?<![A-Za-z\\])e\s*\^\s*\{?\s*[a-z]\s*\}?(?![A-Za-z_])|\\exp\s*(?:\\left)?\(\s*[a-z]\s*(?:\\right)?\)"
)
_PARTIAL_OF = re.compile(r"\\partial\s*\\?([A-Za-z]+)\s*_\s*\{?\s*[A-Za-z]\s*\}?")



def definition_indices(entry: Definition, tree: sp.Basic) -> set[str]:
    """The indices of a definition's body ``tree``: its own (``p_j = …``) and those its sums and
    products run over; a body that uses one of them as a value (``e^j``) wrote an index as a number."""
    indices = set(entry.index_params)
    for sub in sp.preorder_traversal(tree):
        if isinstance(sub, sp.Sum | sp.Product):
            indices |= {str(v) for v, *_ in sub.limits}
    return indices

def _index_values(tree: sp.Basic, indices: set[str]) -> tuple[set[str], bool]:
    """The indices used as values in ``tree``, and whether each such use is an exponent of e / an exp."""
    used: set[str] = set()
    only_exp = True

    def walk(node: sp.Basic, in_exp: bool) -> None:
        nonlocal only_exp
        if isinstance(node, sp.Indexed | sp.KroneckerDelta):
            return
        if isinstance(node, Component):
            walk(node.args[0], in_exp)
            return
        if isinstance(node, sp.Symbol):
            if node.name in indices:
                used.add(node.name)
                if not in_exp:
                    only_exp = False
            return
        if isinstance(node, sp.Sum | sp.Product):
            walk(node.function, in_exp)
            return
        if isinstance(node, sp.exp):
            arg = node.args[0]
            walk(arg, isinstance(arg, sp.Symbol))
            return
        for a in node.args:
            if isinstance(a, sp.Basic):
                walk(a, in_exp)

    walk(tree, False)
    return used, only_exp


def _candidates(text: str, defined: set[str], subscripted: Iterable[str]) -> list[str]:
    variables = {m.group(1) for m in _PARTIAL_OF.finditer(text)}
    return sorted(n for n in set(subscripted) & variables if n not in defined and n not in _LABELS)


def _rewrite(body: str, index: str, family: str) -> str:
    """``e^j`` / ``e^{j}`` / ``\\exp(j)`` → ``e^{o_j}`` / ``\\exp(o_j)`` in the LaTeX body."""
    power = rf"(?<![A-Za-z\\])e\s*\^\s*(?:\{{\s*{index}\s*\}}|{index}(?![A-Za-z_]))"
    body = re.sub(power, f"e^{{{family}_{{{index}}}}}", body)
    return re.sub(rf"\\exp\s*(\\left)?\(\s*{index}\s*(\\right)?\)", f"\\\\exp({family}_{{{index}}})", body)


def _one_length(scope: Scope, out: Scope, key: tuple[str, tuple[()]], entry: Definition, used: set[str]) -> None:
    r"""Give the scores and the indices now written as their entries one length in ``out``.

    Under this reading ``e^{o_j}`` stands in the definition for each of its values of ``j`` (and
    ``e^{o_i}`` in its sum for each ``i``): the scores have exactly as many entries as those indices run
    over. A length the notes declared wins; where both were guessed, the scores keep their length where
    an index already runs over it, else take the range of the definition's own index (the length of the
    family ``p`` it defines), so a guessed length of the scores alone cannot make ``p - y`` and
    ``\partial L / \partial o`` differ in shape."""
    scores = scope.names.get(key)
    if not (isinstance(scores, VarDecl) and scores.kind == "vector" and scores.dims is not None):
        return
    length = scores.dims[1] if scores.dims[0] == 1 else scores.dims[0]
    ranges = [(i, r) for i in sorted(used) if isinstance(r := scope.names.get((i, ())), IndexRange)
              and (i, ()) in scope.inferred]  # fmt: skip
    if key in scope.inferred and ranges and all(r.lo == 1 for _, r in ranges):
        # guessed: keep it where an index already runs over it, else take the range of the definition's own
        # index (the length of the family it defines: p - y compares the two), else a sum's
        his = [r.hi for i, r in ranges if i in entry.index_params] + [r.hi for i, r in ranges]
        if length not in his:
            length = his[0]
            out.names[key] = replace(scores, dims=(1, length) if scores.dims[0] == 1 else (length, 1))
    for index, old in ranges:  # e^{o_j}, \sum_i e^{o_i}: j and i run over the scores now
        out.names[(index, ())] = IndexRange((index, ()), old.lo, length, old.line)


def scores_read_for_indices(
    scope: Scope,
    definitions: Iterable[Definition],
    text: str,
    subscripted: Iterable[str],
    parse: Callable[[str], sp.Basic],
) -> tuple[str, Scope] | None:
    """The scope with each notes' definition that writes ``e^j`` for ``e^{o_j}`` read that way, and
    the note that says so; None where no definition in ``scope`` does, or the scores are not one family."""
    mine = {id(d) for d in definitions if _EXP_OF_LETTER.search(d.body)}  # cheap: most notes have none
    if not mine:
        return None
    defined = {k[0] for k, e in scope.names.items() if isinstance(e, Definition)}
    out: Scope | None = None
    notes: list[str] = []
    for key, entry in list(scope.names.items()):
        if not isinstance(entry, Definition) or id(entry) not in mine or not entry.body or entry.params:
            continue
        try:
            tree = parse(entry.body)
        except LatexError:
            continue
        indices = definition_indices(entry, tree)
        used, only_exp = _index_values(tree, indices)
        if not used or not only_exp:
            continue
        family = _candidates(text, defined | {key[0]}, subscripted)
        if len(family) != 1:
            return None
        body = entry.body
        for index in sorted(used):
            body = _rewrite(body, index, family[0])
        if body == entry.body:
            continue
        if out is None:
            out = scope.copy()
        out.names[key] = replace(entry, body=body)
        _one_length(scope, out, (family[0], ()), entry, used)
        shown = ", ".join(f"e^{{{family[0]}_{i}}} for e^{i}" for i in sorted(used))
        notes.append(f"the notes' definition of {key[0]} (line {entry.line}) read with {shown} "
                     f"(an index written where the entry of {family[0]} is meant)")  # fmt: skip
    if out is None:
        return None
    return "; ".join(notes), out
