r"""Which of the notes' own definitions hold on a line, and what a name written two ways means there.

Notes define names as they go (``y = \sigma(z)``, ``b(y) = 1/y!``, ``x = a_i c_{ij} a_j``), and a
homework reuses a letter for unrelated things in unrelated problems. A reader takes, on each line,
the latest definition written before it — and reads every definition *as it was written at its own
line*. This module applies that rule to the scope of one line and says, for every definition it
sets aside, why (reported with the step when the step uses the name):

* **a forward reference that loops** — ``y = g(x_1)`` at line 3, ``x = a_i + b(y)`` at line 9:
  ``y`` refers forward to ``x``, whose definition leads back to ``y``; chasing it never ends, and
  at line 3 ``x`` was not the ``x`` of line 9. The definition with the forward reference is set
  aside and its name read like any undeclared name (inferred). A forward reference that does not
  loop is kept: notes often write ``y = \sigma(z)`` and define σ on the next line;
* **a function written with a subscript** — ``a(\eta) = e^\eta`` in one problem and ``a_i`` in a
  later one: a line that writes ``a_i`` and never calls ``a`` means a family of its own, not the
  function;
* **a scalar family written with subscripts** (``y = \sigma(z)`` per sample, ``y_i`` over samples)
  is left to the checker's second reading (``withoutdefinitions._without_note_definitions``), because only the
  resolver can tell that the body is a scalar.

It also gives the lowercase entries of an uppercase matrix their conventional meaning:
``a_{ij}`` on a line that writes ``A`` (and neither ``a`` alone nor ``a_i``) is entry (i, j) of
``A`` — the A = (a_ij) convention. Only names no context declares are touched: a context always
wins."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.annotations import key_of_text
from verifier.documents.context import Definition, Key, Scope, VarDecl, display_key
from verifier.documents.infer import KNOWN_FUNCTIONS, RESERVED
from verifier.latex import LatexError

__all__ = [
    "LOOP", "Uses", "entries_of_capitals", "looped", "own_restatement", "prefer_fitting",
    "set_aside_by_use", "set_aside_cycles", "solved_back", "uses_in",
]

Parse = Callable[[str], sp.Basic]


@dataclass
class Uses:
    """How a line writes each base name: bare, called, with letter subscripts (and how many)."""

    bare: set[str] = field(default_factory=set)
    called: set[str] = field(default_factory=set)
    subscripted: dict[str, set[int]] = field(default_factory=dict)  # base -> numbers of letter subscripts
    keys: set[Key] = field(default_factory=set)  # every key written (digit subscripts kept: W_1)
    #: names under a gradient without its variable (``\\nabla J``): J at its parameter, which is implied
    gradients: set[str] = field(default_factory=set)
    #: the bodies of the definitions the line reaches, as read (chaininference fills it; sampleentries reads it)
    bodies: list[sp.Basic] = field(default_factory=list)

    def add(self, tree: sp.Basic, bound: Iterable[str] = (), own: str | None = None) -> None:
        r"""Add what ``tree`` writes; ``bound`` names are left out, and so are calls of ``own`` (a
        definition's body calling itself, ``\xi(T, Y) = \sum_i \xi(t_i, y_i)``, is no call from the line)."""
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
                if name in ("grad", "hessian") and len(sub.args) == 1 and isinstance(sub.args[0], sp.Symbol):
                    self.gradients.add(sub.args[0].name)
                if name not in skip and name != own:
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


LOOP = "(a loop)"  # how a definition set aside by a loop is reported (scope.set_aside)


def looped(scope: Scope) -> set[str]:
    """The names whose notes' definition a loop set aside here: the notes made them depend on other names,
    so a derivative may not hold them fixed as loose co-inputs."""
    return {k[0] for k in scope.set_aside if k in scope.looped}  # the mark, not the reason's words (tidy67)


_SOLVED_OPS = 60  # bodies larger than this are not compared (a loop of two short lines is what notes write)


def _written_as(tree: sp.Basic, d: Definition) -> list[sp.Basic]:
    """Where ``tree`` writes the name ``d`` defines as ``d`` writes it (``y``; ``y_{c,i}`` at the same indices)."""
    name, at = d.key[0], tuple(d.index_params)
    return [a for a in tree.atoms(sp.Symbol, sp.Indexed)
            if (isinstance(a, sp.Indexed) and str(a.base.label) == name and tuple(str(i) for i in a.indices) == at)
            or (not at and isinstance(a, sp.Symbol) and a.name == name)]


def solved_back(d: Definition, later: Definition, parse: Parse) -> bool:
    r"""Is ``later`` (a definition of a name ``d``'s body reads, written after ``d`` and reading d's name)
    ``d`` solved for that name? ``y = s x + b``, then "its inverse is $x = (y - b)/s$": with s x + b put in
    for y the later body is x again. Such a line restates ``d``; it is no definition of its own."""
    if d.is_function or later.is_function or d.key[1] or later.key[1]:
        return False
    try:
        mine, theirs = parse(d.body), parse(later.body)
    except LatexError:
        return False
    if not isinstance(mine, sp.Expr) or not isinstance(theirs, sp.Expr) \
            or sp.count_ops(mine) + sp.count_ops(theirs) > _SOLVED_OPS:
        return False
    own, back = _written_as(mine, later), _written_as(theirs, d)
    if len(own) != 1 or not back:
        return False
    try:  # d's body put in where the later body differentiates by d's name (d/dη with η = log λ): no restatement
        put = theirs.xreplace(dict.fromkeys(back, mine))
    except ValueError:
        return False
    return sp.simplify(put - own[0]) == 0


def set_aside_cycles(scope: Scope, note_definitions: Iterable[Definition], parse: Parse) -> dict[Key, str]:
    """Drop from ``scope`` each note definition that refers *forward* (to a name the notes define only
    after it) into a cycle of definitions; return why, per key. A forward reference alone is kept
    (notes often write ``y = σ(z)`` and define σ on the next line); only one that loops back
    cannot mean what the author wrote. A function used alone in a body is read at its parameters,
    so those names count as used too. Context entries are never dropped."""
    mine = {id(d) for d in note_definitions}
    defs = {k: e for k, e in scope.names.items() if isinstance(e, Definition) and id(e) in mine and not e.builtin}
    edges: dict[Key, set[Key]] = {}
    for key, d in defs.items():
        uses = _body_uses(d, parse)
        if uses is None:
            continue
        targets = set(uses.keys)
        for used in uses.keys:
            f = defs.get(used)
            if f is not None and f.is_function and used[0] in uses.bare and used[0] not in uses.called:
                targets |= {(p, ()) for p in f.params}
        edges[key] = {t for t in targets if t in defs and t != key}

    def reaches(start: Key, goal: Key) -> bool:
        seen, todo = {start}, [start]
        while todo:
            k = todo.pop()
            if k == goal:
                return True
            for t in edges.get(k, ()):
                if t not in seen:
                    seen.add(t)
                    todo.append(t)
        return False

    why: dict[Key, str] = {}
    for key in sorted(defs, key=lambda k: -defs[k].line):  # the latest forward reference goes first
        d = defs[key]
        for used in sorted(edges.get(key, ())):
            other = defs[used]
            if other.line > d.line and reaches(used, key) and solved_back(d, other, parse):
                # y = s x + b, then "its inverse is x = (y - b)/s": the later line says nothing new
                why[used] = (
                    f"the notes' definition of {display_key(used)} at line {other.line} is set aside here: it is "
                    f"the definition of {display_key(key)} (line {d.line}) solved for {display_key(used)}, "
                    "which that definition reads"
                )
                scope.solved_back.add(used)  # documents.heldinverse offers the reading with it in force
                for k in edges:
                    edges[k].discard(used)
                edges.pop(used, None)
                break
            if other.line > d.line and reaches(used, key):
                why[key] = (
                    f"the notes' definition of {display_key(key)} at line {d.line} is set aside here: it uses "
                    f"{display_key(used)}, defined only later (line {other.line}) by way of {display_key(key)} "
                    f"itself {LOOP}"
                )
                scope.looped.add(key)  # scoping.looped: a derivative may not hold it fixed (documents.guesses)
                for k in edges:
                    edges[k].discard(key)
                edges.pop(key, None)
                break
    for key in why:
        del scope.names[key]
    return why


def _writes_a_param(d: Definition) -> bool:
    r"""Does the body of ``d`` write one of its parameters? ``D_{KL}(p\|q) := \frac12(\sigma^2 + \mu^2 - 1 -
    \log\sigma^2)``: p and q only say what the divergence is of, so a bare D_KL is that body (me28)."""
    plain = re.sub(r"\\[A-Za-z]+", " ", d.body)
    # the name itself counts: ξ(T, Y) := Σ_i ξ(t_i, y_i) writes its parameters' entries through ξ
    return any(re.search(rf"\\{re.escape(p)}(?![A-Za-z])", d.body) if len(p) > 1
               else re.search(rf"(?<![A-Za-z]){re.escape(p)}(?![A-Za-z])", plain) for p in (*d.params, d.key[0]))


def _misuse(d: Definition, uses: Uses) -> str | None:
    """Why the function ``d`` is not what the line means by its name (None: it may be)."""
    name = d.key[0]
    if d.key[1] or not d.is_function or d.builtin or name in uses.called:
        return None
    if name == "I" and name in uses.bare:  # the Fisher information I(θ) (documents.fisher): I alone is the identity
        return "this line writes I alone and never calls it: the identity matrix"
    written = uses.bare | uses.called | set(uses.subscripted)
    # a parameter with a digit subscript (μ₁ of KL(μ₁, σ₁)) is written as its key ("mu", ("1",)): ∂KL/∂μ₁ writes it
    written |= {f"{base}_{sep.join(at)}" for base, at in uses.keys if at for sep in ("", "_")}
    if name in uses.subscripted and not (written & set(d.params) and uses.subscripted[name] == {1}):
        # g(z) = softmax(z), then ∂g_i/∂z_j = g_i(δ_ij − g_j): entry i of g at z, on a line that writes z
        return f"this line writes {name} with a subscript and never calls it, so {name}_… is a family of its own"
    if name in uses.bare and not written & set(d.params) and name not in uses.gradients and _writes_a_param(d):
        # ``\partial J / \partial \theta`` is J(θ) at θ; a bare ``a`` on a line that never writes η
        # is not a(η) of another problem; ``\nabla J`` without a variable is J at its parameter (implied)
        return f"this line writes {name} alone and none of its parameters ({', '.join(d.params)})"
    return None


def set_aside_by_use(scope: Scope, note_definitions: Iterable[Definition], uses: Uses) -> dict[Key, str]:
    r"""A function the notes defined (``a(\eta) = e^\eta``) on a line that writes ``a_i`` and never
    calls ``a``, or writes ``a`` alone and never ``\eta``: the line does not mean that function. The
    latest earlier definition of the name that fits is used instead, or none (the name is inferred)."""
    notes = list(note_definitions)
    mine = {id(d) for d in notes}
    why: dict[Key, str] = {}
    for key, e in list(scope.names.items()):
        if not isinstance(e, Definition) or id(e) not in mine:
            continue
        reason = _misuse(e, uses)
        if reason is None:
            continue
        earlier = sorted((d for d in notes if d.key == key and d.line < e.line), key=lambda d: -d.line)
        other = next((d for d in earlier if _misuse(d, uses) is None), None)
        head = f"the notes' function {key[0]}({', '.join(e.params)}) of line {e.line} is set aside here: {reason}"
        if other is None:
            del scope.names[key]
            why[key] = head
        else:
            scope.names[key] = other
            why[key] = f"{head}; the definition at line {other.line} is used"
    return why


def prefer_fitting(
    scope: Scope, note_definitions: Iterable[Definition], uses: Uses, parse: Parse, line: int
) -> dict[Key, str]:
    r"""``\xi(t, y) = -t \log y - …`` per sample, then ``\xi(t, y) = -\sum_i t_i \log y_i`` over the
    samples: a line that writes ``\partial \xi / \partial y`` with ``y`` alone means the first. For a
    function used alone, the latest definition whose body writes a parameter with a subscript
    that the line writes only alone does not fit; the latest earlier one that fits is used."""
    notes = [d for d in note_definitions if d.line < line and d.is_function and not d.builtin]
    why: dict[Key, str] = {}
    for key, e in list(scope.names.items()):
        if not isinstance(e, Definition) or e not in notes or key[0] not in uses.bare or key[0] in uses.called:
            continue
        alone = {p for p in e.params if p in uses.bare and p not in uses.subscripted}

        bad = _misfit(e, alone, parse)
        if bad is None:
            continue
        for other in sorted((d for d in notes if d.key == key and d.line < e.line), key=lambda d: -d.line):
            if _misfit(other, alone, parse) is None:
                scope.names[key] = other
                why[key] = (
                    f"the notes' definition of {display_key(key)} at line {e.line} is not used here: it writes "
                    f"{bad} with a subscript and this line writes {bad} alone; the one at line {other.line} is"
                )
                break
    return why


def _misfit(d: Definition, alone: set[str], parse: Parse) -> str | None:
    """A parameter of ``d`` its body writes with a subscript, among those the line writes alone."""
    body = _body_uses(Definition(d.key, d.body, line=d.line), parse)  # parameters kept
    if body is None:
        return None
    return next((p for p in sorted(alone) if p in d.params and p in body.subscripted), None)


def _capital(name: str) -> str | None:
    """``a`` → ``A``, ``sigma`` → ``Sigma``; None when the name has no capital form."""
    if not name or not name[0].islower() or not name.isalpha():
        return None
    return name[0].upper() + name[1:]


def entries_of_capitals(scope: Scope, uses: Uses) -> dict[Key, str]:
    """``a_{ij}`` on a line that writes ``A`` bare: the entries of ``A`` (A = (a_ij)). ``A`` becomes
    the matrix of the family ``a`` (``A := a``), so ``∂|A| / ∂a_{ij}`` differentiates by the entry
    of the same matrix. Only when neither name is declared or defined, ``a`` is written only with
    two subscripts, and ``A`` is written bare; returns the reading per key of ``A``. Where ``A`` is a
    matrix the notes (or a context) define and ``a`` is not, ``a := A`` instead (the reading under the
    key of ``a``): on a line that writes ``A`` bare, or on any line where the notes define ``A`` entry by
    entry (``H`` "the Hessian of $f$", whose entries they write ``h_{lk}``)."""
    out: dict[Key, str] = {}
    for base, counts in uses.subscripted.items():
        cap = _capital(base)
        if cap is None or counts != {2} or base in uses.bare or base in uses.called:
            continue
        if base in KNOWN_FUNCTIONS or base in RESERVED or cap in KNOWN_FUNCTIONS or cap in RESERVED:
            continue
        if (base, ()) in scope.names:
            continue
        whole = scope.names.get((cap, ()))
        # H defined entry by entry (H_{qu} := …, the Hessian the prose names): h_ij are its entries on any line
        family = isinstance(whole, Definition) and len(whole.index_params) == 2 and not whole.is_function
        if (cap not in uses.bare and not family) or cap in uses.called or cap in uses.subscripted:
            continue
        if whole is not None:
            matrix = (isinstance(whole, Definition) and not whole.is_function and not whole.builtin
                      and not whole.params and len(whole.index_params) in (0, 2)) or (
                isinstance(whole, VarDecl) and whole.kind == "matrix")
            if matrix:  # the matrix is the notes' (or the context's): a_ij are its entries
                scope.names[(base, ())] = Definition((base, ()), cap, line=0)
                out[(base, ())] = (f"{base}_ij: the entries of {cap} (the {cap} = ({base}_ij) convention)")
            continue
        key = (cap, ())
        scope.names[key] = Definition(key, base, line=0)
        out[key] = f"{cap}: the matrix whose entries the notes write {base}_ij (the {cap} = ({base}_ij) convention)"
    return out


def own_restatement(d: Definition, column: int | None, first: str | None, opened_at: int | None,
                    definitions: Iterable[Definition]) -> bool:  # fmt: skip
    r"""Is the chain at ``column`` of ``d``'s line (its first member written ``first``) ``d``'s own chain, restating a
    name defined before? A definition that opens its line holds for the formulas after it on the line ("Apply $f =
    g/h$, $f' = …$"), not for its own chain: "Now $\mathrm{ESS} = n^2$" after ESS's display was checked against
    itself and PROVED (redmid62). Its own chain is the one at the column it opens (``opened_at``) whose first member
    is its head (``f(x) = … \Rightarrow f'(x) = …``: the chain after the arrow, at the same column, is not: me31),
    and only for a restatement of a name defined before: a first definition that goes on as a worked chain ("$w_1 =
    0 - \frac1L … = \frac25 yx$") is read with it (fresh59)."""
    if column is None or opened_at != column:
        return False
    head = first.strip() if first is not None else None
    if head is not None and key_of_text(head) not in (d.key, (d.key[0], ())) and not head.startswith(f"{d.key[0]}("):
        return False
    return any(e.key == d.key and e.line < d.line for e in definitions)
