r"""A function the notes apply at one reparametrised point: ``g(z) = f(Az)``, with ``f`` bare elsewhere.

Notes that show an optimiser is invariant to a change of variables write ``g(z) = f(Az)`` once,
never define ``f``, and then differentiate it bare: ``\frac{\partial f}{\partial z_i} =
\frac{\partial f}{\partial x_j}\frac{\partial x_j}{\partial z_i} = \frac{\partial f}{\partial x_j}
a_{ji}``, ``\nabla g = A^T \nabla f``, ``\frac{\partial^2 f}{\partial x_\ell \partial x_k}``. A reader
takes ``f`` for an *arbitrary* smooth function of its own variable ``x`` and reads ``g``'s definition
as fixing where that variable sits: ``x = Az``. Each such step is then a rule that holds for every
smooth ``f``, checked with the arbitrary function of :mod:`verifier.documents.generic`. This module
owns that reading, and keeps it narrow:

* **Which names.** ``f`` is not defined by the notes or a context (an inferred name, or no entry),
  the chain writes it bare inside a derivative (``\partial f/\partial x_j``, ``\nabla f``), and the
  scope holds exactly one function definition ``g(p) := f(E)`` whose whole body applies ``f`` to one
  argument ``E`` that uses the parameter ``p`` and is not ``p`` itself (``g(z) = f(z)`` is a renaming,
  no change of variables).
* **The point.** ``f`` alone stands for ``f`` at ``E`` (as :mod:`verifier.documents.omitted` reads a
  function written with its argument omitted), with ``p`` the notes' own variable of that name. When
  the chain differentiates ``f`` by one other letter ``x`` the notes never define (or define as a
  scalar while the chain indexes it, ``x_j``: another problem's ``x``), ``x`` is that point:
  ``x := E`` for this chain. Otherwise the point gets a private name, so ``\nabla f`` (its variable
  not written) is the gradient of ``f`` there.
* **What function.** The arbitrary smooth function of :func:`generic.smooth` of the point's entries,
  the same whether reached bare (``\partial f/\partial x_j``) or through ``g``'s body (``f(Az)``), so
  both sides of ``\nabla g = A^T\nabla f`` see one function.
* **Trust.** A step that has ``f`` on one side only says what ``f`` is; the generic module's doubt
  (:func:`generic.undecided`) keeps such a failure SKIPPED, as for any arbitrary function.

The reading is reported with the step (the names' inferred notes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.catalog import D
from verifier.documents.context import Definition, Key, Scope, VarDecl, key_of
from verifier.documents.generic import MAX_ARGUMENTS, NEAR, POINT_NAME, PREFIX, WHOLE, smooth
from verifier.documents.infer import names_in
from verifier.documents.values import Ones, Value, is_matrix, norm
from verifier.latex import LatexError

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = [
    "POINT",
    "at_point",
    "bare_differentiated",
    "bodies_reached",
    "point_of",
    "remark",
    "reparametrise",
    "unread_points",
]

#: scope.conventions key prefix: "reparam f" -> "g" (the definition that applies f at the point)
POINT = "reparam "
#: the private name of the point when the chain names no variable of f (``\nabla f`` only)
_PRIVATE = "{}_point"
#: how many names the walk through the definitions a chain reaches looks up, at most
_MAX_REACHED = 64


def bare_differentiated(trees: Iterable[sp.Basic]) -> dict[str, set[str]]:
    r"""Names written bare as what a derivative or gradient differentiates, each with the letters it is
    differentiated by (``f`` → {``x``, ``z``} for ``\partial f/\partial x_j``, ``\partial f/\partial z_i``;
    ``\nabla f`` adds the name with no letter)."""
    out: dict[str, set[str]] = {}
    for tree in trees:
        for sub in sp.preorder_traversal(tree):
            if isinstance(sub, sp.Derivative) and isinstance(sub.expr, sp.Symbol):
                letters = out.setdefault(sub.expr.name, set())
                for var, _count in sub.variable_count:
                    key = key_of(var)
                    if key is not None:
                        letters.add(key[0])
            elif (isinstance(sub, AppliedUndef) and sub.func.__name__ == "grad" and sub.args
                  and isinstance(sub.args[0], sp.Symbol)):  # fmt: skip
                letters = out.setdefault(sub.args[0].name, set())
                if len(sub.args) == 2 and (key := key_of(sub.args[1])) is not None:
                    letters.add(key[0])
    return out


def _undefined(scope: Scope, name: str) -> bool:
    """Not defined by the notes nor declared by a context: an inferred name, or no entry at all."""
    entry = scope.names.get((name, ()))
    if entry is None:
        return True
    return (name, ()) in scope.inferred and isinstance(entry, VarDecl) and entry.kind == "scalar"


def _applying(scope: Scope, name: str, parse: Callable[[str], sp.Basic]) -> tuple[Definition, str] | None:
    """The one function definition ``g(p) := f(E)`` of the scope whose body is ``name`` applied to one
    argument, with the LaTeX of ``E``; None when there is none or more than one."""
    found: list[tuple[Definition, str]] = []
    for entry in scope.names.values():
        if not isinstance(entry, Definition) or not entry.is_function or len(entry.params) != 1:
            continue
        if entry.builtin or name not in entry.body:
            continue
        try:
            tree = parse(entry.body)
        except LatexError:
            continue
        if not (isinstance(tree, AppliedUndef) and tree.func.__name__ == name and len(tree.args) == 1):
            continue
        (arg,) = tree.args
        param = entry.params[0]
        if arg == sp.Symbol(param) or param not in names_in(arg):
            continue
        text = _argument_text(entry.body, name)
        if text is None:
            continue
        found.append((entry, text))
    return found[0] if len(found) == 1 else None


def _argument_text(body: str, name: str) -> str | None:
    r"""``Az`` from ``f(Az)`` / ``f\left(Az\right)``: the LaTeX between the call's outer brackets."""
    text = body.strip()
    head = text[: len(name)]
    rest = text[len(name) :].strip()
    if head != name:
        return None
    for left, right in (("\\left(", "\\right)"), ("(", ")")):
        if rest.startswith(left) and rest.endswith(right):
            inner = rest[len(left) : len(rest) - len(right)]
            depth = 0
            for ch in inner:
                depth += {"(": 1, ")": -1}.get(ch, 0)
                if depth < 0:
                    return None
            return inner.strip() if depth == 0 and inner.strip() else None
    return None


def _fits_point(scope: Scope, letter: str, applying: Definition, notes: frozenset[int]) -> bool:
    """May ``letter`` (a variable the chain differentiates f by) name the point? An undefined name, or
    one the notes defined as a quantity *before* ``g(z) = f(Az)`` (another problem's ``x``: the newer
    statement wins, as between the notes' own definitions); never a context's declaration."""
    entry = scope.names.get((letter, ()))
    if entry is None:
        return True
    if (letter, ()) in scope.inferred:
        return isinstance(entry, VarDecl) and entry.kind in ("scalar", "vector")
    return (isinstance(entry, Definition) and id(entry) in notes and entry.line < applying.line
            and not entry.is_function and not entry.params and not entry.index_params)  # fmt: skip


def reparametrise(
    trees: Iterable[sp.Basic],
    scope: Scope,
    parse: Callable[[str], sp.Basic],
    line: int = 0,
    notes: Iterable[Definition] = (),
) -> None:
    """Apply the reading (module docstring) to ``scope`` for a chain whose member trees are ``trees``:
    the point is defined (``x := E``), ``f`` is marked an arbitrary function of it, and both are noted.
    ``notes``: the notes' own definitions (a context's are never replaced)."""
    mine = frozenset(id(d) for d in notes)
    trees = list(trees)
    applying = any(isinstance(e, Definition) and e.is_function and len(e.params) == 1 and not e.builtin
                   for e in scope.names.values())  # fmt: skip
    reached = trees + bodies_reached(trees, scope, parse) if applying else trees
    for name, letters in sorted(bare_differentiated(reached).items()):
        if not _undefined(scope, name):
            continue
        found = _applying(scope, name, parse)
        if found is None:
            continue
        definition, argument = found
        param = definition.params[0]
        others = sorted(letters - {param, name})
        if len(others) > 1 or (others and not _fits_point(scope, others[0], definition, mine)):
            continue
        point = others[0] if others else _PRIVATE.format(name)
        try:
            at = parse(argument)
        except LatexError:
            continue
        if point in names_in(at):
            continue  # x := f(x)-like: no point of its own
        key: Key = (point, ())
        scope.names[key] = Definition(key, argument, line=definition.line)
        scope.inferred.pop(key, None)
        scope.set_aside.pop(key, None)
        scope.conventions[PREFIX + name] = point
        scope.conventions[POINT_NAME + name] = point
        scope.conventions[POINT + name] = display(definition)
        scope.inferred[(name, ())] = f"{name}: an arbitrary smooth function (not defined in the notes)"
        _entries_of_capitals(scope, at, trees)


def bodies_reached(trees: list[sp.Basic], scope: Scope, parse: Callable[[str], sp.Basic]) -> list[sp.Basic]:
    r"""The parsed bodies of the quantity definitions the chain reaches through its names (and theirs in
    turn): ``P = A^T H A`` with ``H_{qu} := \partial^2 f/\partial x_q \partial x_u`` differentiates
    ``f`` bare through ``H``, as a chain writing the entries would. Functions' bodies are left out (the
    definition ``g(z) := f(Az)`` that fixes the point is not a use of ``f``)."""
    out: list[sp.Basic] = []
    seen: set[str] = set()
    todo = [n for t in trees for n in names_in(t)]
    while todo and len(seen) < _MAX_REACHED:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        entry = scope.names.get((name, ()))
        if not isinstance(entry, Definition) or entry.is_function or entry.builtin or not entry.body:
            continue
        try:
            body = parse(entry.body)
        except LatexError:
            continue
        out.append(body)
        todo.extend(names_in(body))
    return out


def _entries_of_capitals(scope: Scope, point: sp.Basic, trees: list[sp.Basic]) -> None:
    r"""``a_{ji}`` in the chain, ``A`` only in the point ``x = Az``: the entries of ``A`` (the ``A = (a_{ij})``
    convention of :func:`scoping.entries_of_capitals`, which sees only the names the chain writes). Only
    when ``A`` is not defined or declared, and the chain writes ``a`` only with two subscripts, a family
    the checker inferred (never the notes' definition of ``a``)."""
    written: dict[str, set[int]] = {}
    todo = list(trees)
    while todo:
        sub = todo.pop()
        if isinstance(sub, sp.Indexed):
            written.setdefault(str(sub.base.label), set()).add(len(sub.indices))
            todo.extend(sub.indices)
        elif isinstance(sub, sp.Symbol):
            written.setdefault(sub.name, set()).add(0)
        else:
            todo.extend(sub.args)
    for cap in sorted(s.name for s in point.free_symbols if isinstance(s, sp.Symbol)):
        if not cap[:1].isupper() or not cap.isalpha():
            continue
        low = cap[0].lower() + cap[1:]
        entry, family = scope.names.get((cap, ())), scope.names.get((low, ()))
        if cap in written or written.get(low) != {2}:
            continue
        if entry is not None and not ((cap, ()) in scope.inferred and isinstance(entry, VarDecl)):
            continue
        if not (isinstance(family, VarDecl) and family.kind == "matrix" and (low, ()) in scope.inferred):
            continue
        scope.names[(cap, ())] = Definition((cap, ()), low)
        scope.inferred[(cap, ())] = (f"{cap}: the matrix whose entries the notes write {low}_ij (the {cap} = "
                                     f"({low}_ij) convention)")  # fmt: skip


def remark(scope: Scope) -> None:
    """Add the point to the reported note of every name this module read (after :mod:`generic`
    wrote its own note for the name)."""
    for key, where in list(scope.conventions.items()):
        if not key.startswith(POINT):
            continue
        name = key[len(POINT) :]
        point = scope.conventions.get(POINT_NAME + name, "")
        entry = scope.names.get((point, ()))
        if not isinstance(entry, Definition):
            continue
        # f is a function of its own variable, the point, and of nothing else: the generic module places a
        # loss at the top of the notes' definition graph, which would make f a function of another problem's
        # quantities defined from x (eta := theta^T x)
        scope.conventions[PREFIX + name] = point
        scope.conventions.pop(NEAR + name, None)
        scope.conventions.pop(WHOLE + name, None)
        if point != _PRIVATE.format(name):
            shown = f"of {point} = {entry.body}"
        else:
            shown = f"at {entry.body}"
        scope.inferred[(name, ())] = (f"{name}: an arbitrary smooth function {shown} (not defined in the notes; "
                                      f"{where} applies it there)")  # fmt: skip


def display(definition: Definition) -> str:
    """``g(z) = f(Az) (line 431)``: how the definition is named in a note."""
    where = f" (line {definition.line})" if definition.line else ""
    return f"{definition.key[0]}({', '.join(definition.params)}) = {definition.body}{where}"


def point_of(scope: Scope, name: str) -> str | None:
    """The name of the point this module set for ``name`` in ``scope`` (``x`` or a private name), or None."""
    return scope.conventions.get(POINT_NAME + name)


def unread_points(scope: Scope, parse: Callable[[str], sp.Basic]) -> list[str]:
    r"""The bodies of the points this module set (``Az`` of ``x := Az``) that use names the scope has no entry for:
    a chain that writes f's derivatives at x but never z (a Newton step at an iterate, documents.newtonpoints)
    leaves z unread by the inference, which ran over what the chain writes. The checker infers again with them."""
    out = []
    for key, point in sorted(scope.conventions.items()):
        if not key.startswith(POINT_NAME) or not isinstance(d := scope.names.get((point, ())), Definition):
            continue
        try:
            names = names_in(parse(d.body))
        except LatexError:
            continue
        if any((n, ()) not in scope.names for n in names):
            out.append(d.body)
    return out


def at_point(resolver: Resolver, name: str, args: list[Value]) -> Value | None:
    """``f(E)`` inside ``g``'s body where this module reads ``f`` as an arbitrary function: the same
    arbitrary function (:func:`generic.smooth`) at the entries of ``args``; None when the reading is not
    in force or the argument does not have the point's shape."""
    if point_of(resolver.scope, name) is None or len(args) != 1:
        return None
    (arg,) = args
    flat = list(norm(arg)) if is_matrix(arg) else [arg]
    if isinstance(arg, Ones | D) or not 0 < len(flat) <= MAX_ARGUMENTS:
        return None
    where = resolver.scope.conventions[POINT + name]
    resolver._note(f"{name}(…) in {where} read as the arbitrary function {name} there")
    return smooth(name, 0, flat)
