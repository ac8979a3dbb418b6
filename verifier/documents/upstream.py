r"""Backprop written through named values of an upstream gradient the notes never define.

Backprop notes compute the gradients of an unspecified scalar loss ``L`` one intermediate at a time and
name each result for the next line::

    \frac{\partial L}{\partial V} = P^T \frac{\partial L}{\partial O} = \gamma_1 \in \mathbb{R}^{n \times d}
    \frac{\partial L}{\partial P} = \frac{\partial L}{\partial O} V^T = \gamma_2 \in \mathbb{R}^{n \times n}
    \frac{\partial L}{\partial U} = A \odot \gamma_2

This module owns what such a chain means beyond :mod:`verifier.documents.generic` (which reads ``L``
as an arbitrary smooth function of the graph's output):

* **Named values** (:func:`named_value`). A chain whose last member is a bare name the notes have not
  defined yet (``\zeta_1``, optionally annotated ``\in \mathbb{R}^{…}``) names the quantity the line
  computes: the name is defined as the chain's *first* member (``\partial L/\partial V``), the value
  the line is about, not as the formula written just before it. So each later line is checked on its
  own: a mistake in ``\zeta_1``'s formula is FAILED where it is written and does not make every line
  that uses ``\zeta_1`` fail too. The step that names the value is reported as such, not checked
  against itself.
* **Forms.** A chain that restates a defined quantity through intermediates (``B =
  \mathrm{softmax}(W) = … = B_1 \odot B_4``) writes the graph the later lines differentiate through:
  the reader records its last member (:data:`FORM`) and :func:`generic._adopt_forms` reads the
  quantity so where a chain differentiates the loss by one of those intermediates.
* **Reach** (:func:`reached_bodies`, :func:`via_names`). A line that writes ``B_1 \odot \zeta_2``
  differentiates ``L`` as much as one that writes ``\partial L/\partial B``: the defined names whose
  definitions (transitively) differentiate an arbitrary function are recorded in the scope's
  conventions (``generic-via L`` → those keys, :func:`generic.encode`-d). So the resolver turns the
  function on in such a member, the graph's output is chosen from those derivatives too, and a step
  with ``L`` reached on both sides is no "says what L is" step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import sympy as sp

from verifier.documents.context import Definition, Key, Scope, parse_definition
from verifier.latex import LatexError

__all__ = ["FORM", "VIA", "derivative_values", "named_value", "reached_bodies", "via_names"]

#: scope.conventions key prefix: "generic-via L" -> the defined names (encoded) whose definitions
#: differentiate the arbitrary function L (``\zeta_1 := \partial L/\partial V``)
VIA = "generic-via "
#: scope.conventions key prefix: "form B" -> "LINE:LaTeX", the last member of a chain that restates the
#: defined B through intermediates (``B = \\mathrm{softmax}(W) = … = B_1 \\odot B_4``): generic._adopt_forms
FORM = "form "


def _name_key(tree: sp.Basic) -> Key | None:
    """The key of a bare name: ``\\delta``, or one with a digit label, ``\\zeta_1``, ``g_{12}``."""
    if isinstance(tree, sp.Symbol):
        return (tree.name, ())
    if isinstance(tree, sp.Indexed) and all(isinstance(i, sp.Integer) and i >= 0 for i in tree.indices):
        return (str(tree.base.label), tuple(str(i) for i in tree.indices))
    return None


def _has_derivative(tree: sp.Basic) -> bool:
    from verifier.documents.generic import derivatives_in  # one definition of "a derivative in a tree"

    return any(True for _ in derivatives_in(tree))


def named_value(
    members: Sequence[str], line: int, parse: Callable[[str], sp.Basic], known: Callable[[Key], bool]
) -> Definition | None:
    r"""The definition a chain's last member names (``… = \zeta_2 \in \mathbb{R}^{n\times n}``), or None.

    ``members``: the chain's members as written; ``known(key)``: is the name declared or defined
    already (then the last member is a claim about it, not a name). Only where the chain computes a
    derivative (its first member has one) and the name occurs nowhere else in it."""
    if len(members) < 2 or not all(members):
        return None
    annotated = "\\in" in members[-1]
    if len(members) < 3 and not annotated:
        return None  # "∂L/∂z = δ" alone may be a claim about a δ of the prose: only a written chain names
    try:
        last = parse(members[-1])
        first = parse(members[0])
        others = [parse(m) for m in members[1:-1]]
    except LatexError:
        return None
    key = _name_key(last)
    entry = key is None and isinstance(last, sp.Indexed) and all(isinstance(i, sp.Symbol) for i in last.indices)
    if entry:  # … =: \delta_k: entries named at the derivative's own indices (checked below)
        key = (str(last.base.label), tuple(str(i) for i in last.indices))
    if key is None or known(key) or known((key[0], ())) or not _has_derivative(first):
        return None
    for tree in (first, *others):
        if entry:
            bases = {str(b.label) for b in tree.atoms(sp.IndexedBase)}
            if sp.Symbol(key[0]) in tree.free_symbols or key[0] in bases:
                return None
        elif key[1]:  # \zeta_3 beside \zeta_2: another name of the same letter
            if any(_name_key(x) == key for x in tree.atoms(sp.Indexed)):
                return None
        elif sp.Symbol(key[0]) in tree.free_symbols or any(str(b.label) == key[0] for b in tree.atoms(sp.IndexedBase)):
            return None
    name = key[0] if len(key[0]) == 1 else "\\" + key[0]
    if key[1]:
        name += "_{" + ",".join(key[1]) + "}"
    try:
        d = parse_definition(name, members[0], line)
    except Exception:  # noqa: BLE001 — ContextError and its kin: a name the context syntax cannot hold
        return None
    if d.index_params:  # … = p_k - y_k =: \delta_k: the entries of the value, at an index the derivative writes
        written = {str(x) for x in first.atoms(sp.Symbol)}
        return d if key[1] and d.key == (key[0], ()) and set(d.index_params) <= written else None
    return d if d.key == key else None


def via_names(scope: Scope) -> dict[str, frozenset[str]]:
    """Per arbitrary function: the defined names (encoded) whose definitions differentiate it."""
    return {k[len(VIA) :]: frozenset(v.split(";")) for k, v in scope.conventions.items() if k.startswith(VIA) and v}


def reached_bodies(
    trees: Iterable[sp.Basic], scope: Scope, parse: Callable[[str], sp.Basic], keys: Callable[[sp.Basic], set[str]]
) -> list[tuple[str, sp.Basic]]:
    """(encoded name, parsed body) of every notes' definition ``trees`` reach, transitively, whose body
    holds a derivative: the named values of a backprop chain. ``keys``: the names a tree uses
    (:func:`generic.keys_in`)."""
    from verifier.documents.generic import top_key

    out: list[tuple[str, sp.Basic]] = []
    seen: set[str] = set()
    todo = [n for t in trees for n in keys(t)]
    while todo and len(seen) < 200:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        entry = scope.names.get(top_key(name))
        if not isinstance(entry, Definition) or not entry.body or entry.builtin or entry.is_function:
            continue
        try:
            body = parse(entry.body)
        except LatexError:
            continue
        if _has_derivative(body):
            out.append((name, body))
        todo.extend(keys(body))
    return out


def derivative_values(scope: Scope, parse: Callable[[str], sp.Basic]) -> set[str]:
    """The notes' defined names (encoded) whose definitions hold a derivative: values computed from a
    gradient, never quantities an arbitrary loss is a function of."""
    from verifier.documents.generic import encode

    out: set[str] = set()
    for key, entry in scope.names.items():
        if not isinstance(entry, Definition) or not entry.body or entry.builtin or entry.is_function:
            continue
        if "\\partial" not in entry.body and "\\nabla" not in entry.body and "\\frac{d" not in entry.body:
            continue  # cheap: most definitions are formulas without one
        try:
            if _has_derivative(parse(entry.body)):
                out.add(encode(key))
        except LatexError:
            continue
    return out
