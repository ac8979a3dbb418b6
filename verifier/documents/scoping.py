r"""Which of the notes' own definitions hold on a line, and what a name written two ways means there.

Notes define names as they go (``y = \sigma(z)``, ``b(y) = 1/y!``, ``x = a_i c_{ij} a_j``), and a
homework reuses a letter for unrelated things in unrelated problems. A reader takes, on each line,
the latest definition written before it — and reads every definition *as it was written at its own
line*. This module applies that rule to the scope of one line and says, for every definition it
sets aside, why (reported with the step when the step uses the name):

* **written before what it uses** — ``y = g(x_1)`` at line 3 and ``x = a_i c_{ij} a_j`` at line 9:
  at line 3, ``x`` was not the ``x`` of line 9, so on a line after both, ``y``'s definition no
  longer means what the author wrote (and chasing it can loop: ``x`` → ``b_i`` → ``b(y)`` → ``y`` →
  ``x``). Such a definition, and every definition that builds on one set aside, is set aside;
  the name is then read like any undeclared name (inferred);
* **a function written with a subscript** — ``a(\eta) = e^\eta`` in one problem and ``a_i`` in a
  later one: a line that writes ``a_i`` and never calls ``a`` means a family of its own, not the
  function;
* **a scalar family written with subscripts** (``y = \sigma(z)`` per sample, ``y_i`` over samples)
  is left to the checker's second reading (``doubts._without_note_definitions``), because only the
  resolver can tell that the body is a scalar.

It also gives the lowercase entries of an uppercase matrix their conventional meaning:
``a_{ij}`` on a line that writes ``A`` (and neither ``a`` alone nor ``a_i``) is entry (i, j) of
``A`` — the A = (a_ij) convention. Only names no context declares are touched: a context always
wins."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Key, Scope, display_key
from verifier.documents.infer import KNOWN_FUNCTIONS, RESERVED
from verifier.latex import LatexError

__all__ = ["Uses", "entries_of_capitals", "set_aside_by_use", "set_aside_written_before", "uses_in"]

Parse = Callable[[str], sp.Basic]


@dataclass
class Uses:
    """How a line writes each base name: bare, called, with letter subscripts (and how many)."""

    bare: set[str] = field(default_factory=set)
    called: set[str] = field(default_factory=set)
    subscripted: dict[str, set[int]] = field(default_factory=dict)  # base -> numbers of letter subscripts
    keys: set[Key] = field(default_factory=set)  # every key written (digit subscripts kept: W_1)

    def add(self, tree: sp.Basic, bound: Iterable[str] = ()) -> None:
        skip = set(bound)
        stack = [tree]
        while stack:
            sub = stack.pop()
            if isinstance(sub, sp.Indexed):
                base = str(sub.base.label)
                raw = tuple(str(i) for i in sub.indices)
                stack.extend(sub.indices)
                if base in skip:
                    continue
                if all(s.isdigit() for s in raw):
                    self.keys.add((base, raw))
                else:
                    self.subscripted.setdefault(base, set()).add(len(raw))
                self.keys.add((base, ()))
                continue
            if isinstance(sub, sp.Symbol):
                if sub.name not in skip:
                    self.bare.add(sub.name)
                    self.keys.add((sub.name, ()))
                continue
            if isinstance(sub, AppliedUndef):
                name = sub.func.__name__
                if name not in skip:
                    self.called.add(name)
                    self.keys.add((name, ()))
            stack.extend(a for a in sub.args if isinstance(a, sp.Basic))


def uses_in(trees: Iterable[sp.Basic]) -> Uses:
    out = Uses()
    for t in trees:
        out.add(t)
    return out


def _body_uses(d: Definition, parse: Parse) -> Uses | None:
    """What a definition's body writes, its parameters left out (None: the body cannot be read)."""
    if not d.body:
        return Uses()
    try:
        tree = parse(d.body)
    except LatexError:
        return None
    out = Uses()
    out.add(tree, (*d.params, *d.index_params))
    return out


def set_aside_written_before(scope: Scope, note_definitions: Iterable[Definition], parse: Parse) -> dict[Key, str]:
    """Drop from ``scope`` every note definition that uses a name the notes define only after it
    (or one already set aside); return why, per key. Context entries are never dropped."""
    mine = {id(d) for d in note_definitions}
    defs = {k: e for k, e in scope.names.items() if isinstance(e, Definition) and id(e) in mine and not e.builtin}
    bodies = {k: _body_uses(d, parse) for k, d in defs.items()}
    why: dict[Key, str] = {}
    changed = True
    while changed:
        changed = False
        for key, d in defs.items():
            if key in why:
                continue
            uses = bodies[key]
            if uses is None:
                continue
            for used in sorted(uses.keys - {key}):
                other = defs.get(used)
                if used in why:
                    why[key] = (
                        f"the notes' definition of {display_key(key)} at line {d.line} is set aside here: it uses "
                        f"{display_key(used)}, whose definition is set aside too"
                    )
                elif other is not None and other.line > d.line:
                    why[key] = (
                        f"the notes' definition of {display_key(key)} at line {d.line} is set aside here: it was "
                        f"written before {display_key(used)} was defined (line {other.line}), so it cannot mean "
                        "that definition"
                    )
                else:
                    continue
                changed = True
                break
    for key in why:
        del scope.names[key]
    return why


def set_aside_by_use(scope: Scope, note_definitions: Iterable[Definition], uses: Uses) -> dict[Key, str]:
    """A function the notes defined (``a(\\eta) = e^\\eta``) on a line that writes ``a_i`` and never
    calls ``a``: there ``a_i`` is a family of its own, and the function is set aside."""
    mine = {id(d) for d in note_definitions}
    why: dict[Key, str] = {}
    for key, e in list(scope.names.items()):
        if not isinstance(e, Definition) or id(e) not in mine or key[1] or not e.is_function or e.builtin:
            continue
        name = key[0]
        if name in uses.called:
            continue
        written = uses.bare | uses.called | set(uses.subscripted)
        if name in uses.subscripted:
            why[key] = (
                f"the notes' function {name}(…) of line {e.line} is set aside here: this line writes "
                f"{name} with a subscript and never calls it, so {name}_… is a family of its own"
            )
        elif name in uses.bare and not written & set(e.params):
            # ``\partial J / \partial \theta`` is J(θ) at θ; a bare ``a`` on a line that never writes η
            # is not a(η) of another problem
            why[key] = (
                f"the notes' function {name}({', '.join(e.params)}) of line {e.line} is set aside here: this "
                f"line writes {name} alone and none of its parameters"
            )
        else:
            continue
        del scope.names[key]
    return why


def _capital(name: str) -> str | None:
    """``a`` → ``A``, ``sigma`` → ``Sigma``; None when the name has no capital form."""
    if not name or not name[0].islower() or not name.isalpha():
        return None
    return name[0].upper() + name[1:]


def entries_of_capitals(scope: Scope, uses: Uses) -> dict[Key, str]:
    """``a_{ij}`` on a line that writes ``A`` bare: the entries of ``A`` (A = (a_ij)). ``A`` becomes
    the matrix of the family ``a`` (``A := a``), so ``∂|A| / ∂a_{ij}`` differentiates by the entry
    of the same matrix. Only when neither name is declared or defined, ``a`` is written only with
    two subscripts, and ``A`` is written bare; returns the reading per key of ``A``."""
    out: dict[Key, str] = {}
    for base, counts in uses.subscripted.items():
        cap = _capital(base)
        if cap is None or counts != {2} or base in uses.bare or base in uses.called:
            continue
        if base in KNOWN_FUNCTIONS or base in RESERVED or cap in KNOWN_FUNCTIONS or cap in RESERVED:
            continue
        if cap not in uses.bare or cap in uses.called or cap in uses.subscripted:
            continue
        if (base, ()) in scope.names or (cap, ()) in scope.names:
            continue
        key = (cap, ())
        scope.names[key] = Definition(key, base, line=0)
        out[key] = f"{cap}: the matrix whose entries the notes write {base}_ij (the {cap} = ({base}_ij) convention)"
    return out
