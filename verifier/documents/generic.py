r"""Names the notes differentiate but never define: read as arbitrary smooth functions.

Backprop notes write ``\frac{\partial l}{\partial x_{pq}} = \frac{\partial l}{\partial m_b}
\frac{\partial m_b}{\partial x_{pq}} + …`` for a loss ``l`` they never define, and
``-y_i \frac{\partial}{\partial \theta_k} \log \hat{y}_i = -y_i \frac{1}{\hat{y}_i}
\frac{\partial \hat{y}_i}{\partial \theta_k}`` for any ``\hat{y}(\theta)``. Such a step is an identity
*for every function*; this module owns that reading:

* **Which names.** A name no context declares and the notes never define (an inferred name) that a
  chain differentiates — as the whole numerator, ``\partial l / \partial y`` — by something other
  than itself. A name that only occurs *inside* a differentiated expression (the ``a`` of
  ``\partial (a x) / \partial x``) stays a constant: nothing says it depends on ``x``.
* **Of what.** Of the quantities at the top of the notes' definition graph above what the chain
  differentiates it by: those variables and every quantity defined from them (through the notes'
  and the context's definitions in effect at the chain, transitively), less those something else
  there is defined from. Layer-norm notes differentiate ``l`` by ``y, \sigma, v, \mu, m, x,
  \gamma, \beta``; ``y`` is defined from all the others, so ``l = F(y)`` and ``\partial l/\partial
  x`` is the total derivative through the definitions. This is the reading the chain rule the notes
  write assumes: with a skip connection (``y = h + z``, ``h = \sigma(z)``) a loss of ``y`` still
  reaches ``z`` by both paths, and ``l`` is not made to depend on ``z`` directly as well (which would
  make every written chain rule through ``y`` incomplete); and a chain that writes only
  ``\partial L/\partial h`` and ``\partial L/\partial z`` still has ``L`` reach ``z`` through ``y``,
  so the chain rule that forgets the skip path fails. Definitions written after the chain, and
  quantities not defined from what the chain differentiates by, stay out of ``l``.
* **What function.** A fixed, smooth, positive, non-polynomial function with distinct irrational-
  looking coefficients per name and entry (:func:`smooth`): ``3 + \sin(a\cdot u + c) + \frac1n
  \sum_k b_k \cos(e_k u_k + d_k)``. Its gradient has a free per-coordinate part and its Hessian is
  not of low rank, so at the sampled points its first and second derivatives behave as independent
  numbers (the jet of an arbitrary function at a point), and mixed partials agree as they must. A
  concrete function rather than symbols for the jet keeps the engine's independent witness: ``D(f,
  x)`` is still evaluated numerically from ``f`` itself. An identity that holds for it at every
  sampled point is PASSED (or PROVED) for this reading, reported with the step; one that fails has a
  concrete counterexample — a function for which it is false.
* **Where.** Only in the members that differentiate it: elsewhere (``-y_i + y_i \hat{y}_i``) its
  values are arbitrary numbers, which the plain inferred variable already is — and a function of
  every input there would make purely algebraic steps slow to prove. A step with a derivative of it
  on one side only is never a FAILED (below), so the two readings never decide a step together.
* **When a failure is not a FAILED** (:func:`undecided`): a step where such a name, or its
  derivative, occurs on one side only (``\frac{\partial CE}{\partial \theta} = \hat{y} - y``,
  ``\frac{\partial \hat{y}_i}{\partial \theta_k} = \frac{\partial}{\partial \theta_k}\frac{e^{\theta_i}}{…}``)
  states what the function is, which no arbitrary function satisfies: SKIPPED with the reason.
* **Direct partials** (:data:`PARTIALS`): backprop notes take ``\partial y_{bh}/\partial \mu_{pq}``
  as the partial of ``y``'s definition with the other defined names in it (``\sigma``) held fixed,
  while the loss's derivatives are total. That is another reading of a failing step
  (:func:`direct_partials_scope`), tried before FAILED; the resolver applies it.

The annotation lives in the scope's conventions (``generic NAME`` → the top names, comma-separated),
so it is copied with the scope into every other reading of the chain.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import zlib
from collections.abc import Callable, Iterable, Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Key, Scope, VarDecl, display_key, key_of
from verifier.documents.dependence import DEPENDS
from verifier.documents.infer import names_in
from verifier.documents.upstream import FORM, VIA, derivative_values, reached_bodies, via_names
from verifier.latex import LatexError

__all__ = [
    "PARTIALS",
    "annotate",
    "annotate_chain",
    "bare_parameters",
    "differentiated_calls",
    "differentiates",
    "direct_partials_scope",
    "encode",
    "generic_names",
    "keys_in",
    "near_names",
    "smooth",
    "through_functions",
    "top_key",
    "undecided",
    "unread_tops",
    "variables_of",
]

MAX_ARGUMENTS = 24  # entries an arbitrary function may take (beyond, its expressions grow too large to check)
PREFIX = "generic "  # scope.conventions key prefix: "generic l" -> "y"
#: scope.conventions key prefix: "generic-near l" -> what l is differentiated by, without the quantities
#: defined downstream of them (read when those cannot be formed at the sizes checked: Resolver._generic_value)
NEAR = "generic-near "
#: scope.conventions key prefix: "generic-whole l" where the chain differentiates l by a whole vector or
#: matrix: its derivatives are matrices, parsed non-commuting (context.noncommutative) to keep their place
WHOLE = "generic-whole "
#: scope.conventions key prefix: "reparam-point f" -> the name of f's point (set by documents.reparam)
POINT_NAME = "reparam-point "
PARTIALS = "partials"  # scope.conventions key: "direct" for the backprop reading of intermediates' partials
DIRECT = "direct"


# ---------------------------------------------------------------------------------------------
# The function


def _coefficients(name: str, entry: int, n: int) -> tuple[list[sp.Rational], ...]:
    """Deterministic, distinct, non-round coefficients for ``name``'s entry ``entry``."""
    seed = zlib.crc32(f"{name}/{entry}".encode())
    state = seed or 1

    def draw(lo: int, hi: int) -> sp.Rational:
        nonlocal state
        state = (state * 1103515245 + 12345) % (1 << 31)
        num = lo + state % (hi - lo)
        return sp.Rational(num, 97)

    a = [draw(40, 150) for _ in range(n)]
    b = [draw(20, 90) for _ in range(n)]  # |b_k| < 1: the function stays in (1, 5)
    e = [draw(60, 180) for _ in range(n)]
    d = [draw(5, 300) for _ in range(n)]
    c = [draw(5, 300)]
    return a, b, e, d, c


def smooth(name: str, entry: int, args: Sequence[sp.Expr]) -> sp.Expr:
    """The arbitrary smooth function standing for ``name`` (entry ``entry``) at ``args``: positive
    (so ``\\log`` of it is real), bounded, with a generic jet (see the module docstring)."""
    n = len(args)
    if not 0 < n <= MAX_ARGUMENTS:
        raise ValueError(f"a function of {n} arguments")
    a, b, e, d, (c,) = _coefficients(name, entry, n)
    # a coefficient times an argument left as a product: SymPy would distribute it over the argument's
    # terms (a whole layer's expression), twice per argument, and the copies no longer share the
    # argument, which the numeric stage evaluates once per point when it is one node
    s = sp.Add(*(sp.Mul(ak, u, evaluate=False) for ak, u in zip(a, args, strict=True))) + c
    # unevaluated sin/cos: their automatic simplification queries assumptions through the whole
    # (often large) argument, which dominated the time of a backprop chain; nothing is lost by skipping it
    per = sp.Add(*(bk * sp.cos(sp.Mul(ek, u, evaluate=False) + dk, evaluate=False)
                   for bk, ek, dk, u in zip(b, e, d, args, strict=True)))  # fmt: skip
    return 3 + sp.sin(s, evaluate=False) + per / n


# ---------------------------------------------------------------------------------------------
# Which names, of what


def _heads(expr: sp.Basic, var: sp.Basic, stated: dict[str, str]) -> list[Key | None]:
    """The names a derivative of ``expr`` by ``var`` differentiates as arbitrary functions: its head (the
    whole numerator, ``\\partial l``), and the names inside it the prose says depend on ``var``'s name."""
    out: list[Key | None] = [_head(expr)]
    wrt = key_of(var)
    if stated and wrt is not None:
        out += [(n, ()) for n in sorted(names_in(expr))
                if wrt[0] in stated.get(n, "").split(",") and (n, ()) not in out]
    return out


def _head(expr: sp.Basic) -> Key | None:
    key = key_of(expr)
    if key is not None:
        return key
    return None


def derivatives_in(tree: sp.Basic) -> Iterable[tuple[sp.Basic, sp.Basic]]:
    """(numerator, variable) of every first-order derivative and gradient in ``tree``."""
    for sub in sp.preorder_traversal(tree):
        if isinstance(sub, sp.Derivative):
            for var, _count in sub.variable_count:
                yield sub.expr, var
        elif isinstance(sub, AppliedUndef) and sub.func.__name__ == "grad" and len(sub.args) == 2:
            yield sub.args[0], sub.args[1]


def _labelled(key: Key) -> bool:
    """``Y_1``, ``B_{12}``: a name whose subscripts are all digits (a label, when the notes name it)."""
    return bool(key[1]) and all(s.isdigit() for s in key[1])


def encode(key: Key) -> str:
    """How a quantity an arbitrary function depends on is written in the scope's conventions: its letter
    (``Y``), or ``Y[1]`` for a labelled name of its own (``Y_1 := W X_1``; not entry 1 of ``Y``)."""
    return key[0] if not key[1] else f"{key[0]}[{','.join(key[1])}]"


def top_key(text: str) -> Key:
    """The key :func:`encode` wrote as ``text``."""
    m = re.fullmatch(r"(.+)\[([0-9,]+)\]", text)
    return (m.group(1), tuple(m.group(2).split(","))) if m else (text, ())


def _own(scope: Scope, key: Key) -> bool:
    """Is the labelled ``key`` (``X_1``, ``B_4``) a quantity of its own in ``scope`` (annotated, inferred or
    defined as a whole), rather than an entry of ``X``? Only then is it a node of the definition graph.
    One digit on a name that is a matrix is no entry either (a matrix entry takes two indices)."""
    if not _labelled(key):
        return False
    if isinstance(scope.names.get(key), VarDecl | Definition):
        return True
    whole = scope.names.get((key[0], ()))
    return len(key[1]) == 1 and len(key[1][0]) == 1 and isinstance(whole, VarDecl) and whole.kind == "matrix"


def keys_in(tree: sp.Basic, scope: Scope) -> set[str]:
    """:func:`names_in` that keeps labelled quantities of their own apart from their letter (encoded)."""
    out: set[str] = set()
    todo = [tree]
    while todo:
        sub = todo.pop()
        if isinstance(sub, sp.Indexed):
            key = key_of(sub)
            if key is not None and _own(scope, key):
                out.add(encode(key))  # not its letter: X_1 says nothing of X
            else:
                out |= names_in(sub)
        elif isinstance(sub, sp.Symbol):
            out.add(sub.name)
        else:
            todo.extend(sub.args)
    return out


def _candidate(scope: Scope, key: Key) -> bool:
    """An inferred variable (not a function, not defined, not declared by a context)."""
    base = (key[0], ())
    entry = scope.names.get(base)
    if base not in scope.inferred or not isinstance(entry, VarDecl):
        return False
    if key[1] and isinstance(scope.names.get(key), Definition):
        return False  # the entry differentiated is one the notes (or a context) define: no arbitrary function
    return entry.kind in ("scalar", "vector", "matrix")


def depends(
    scope: Scope, parse: Callable[[str], sp.Basic], functions: dict[str, list[str]] | None = None
) -> Callable[[str], set[str]]:
    r"""``deps(name)``: every name ``name``'s definition uses, transitively (the notes' and the
    context's definitions; parameters of functions excluded); an undefined name in ``functions``
    uses what it is differentiated by (``x`` in ``\partial x_j / \partial z_i`` is a function of ``z``)."""
    direct: dict[str, set[str]] = {}

    def uses(name: str) -> set[str]:
        if functions and name in functions:
            return set(functions[name]) - {name}
        if name not in direct:
            entry = scope.names.get(top_key(name))
            out: set[str] = set()
            if isinstance(entry, Definition) and entry.body and not entry.builtin:
                try:
                    out = keys_in(parse(entry.body), scope) - set(entry.params) - set(entry.index_params) - {name}
                except LatexError:
                    out = set()
            direct[name] = out
        return direct[name]

    def closure(name: str) -> set[str]:
        seen: set[str] = set()
        todo = [name]
        while todo and len(seen) < 500:
            for n in uses(todo.pop()):
                if n not in seen:
                    seen.add(n)
                    todo.append(n)
        return seen

    return closure


def _adopt_forms(scope: Scope, parse: Callable[[str], sp.Basic], variables: dict[str, list[str]]) -> list[str]:
    r"""The notes' graph where they rewrite a defined quantity through intermediates: after ``B :=
    \mathrm{softmax}(W)``, the chain ``B = \mathrm{softmax}(W) = … = B_1 \odot B_4`` (with ``B_1 := \exp(W)``,
    …) says how ``B`` is computed from ``B_1`` and ``B_4``; a chain that differentiates the loss by ``B_4``
    means that graph (by ``softmax(W)`` alone ``B`` would not depend on ``B_4``). Such a form
    (:data:`upstream.FORM`, the last member of the chain) replaces the definition in ``scope`` when it
    reaches a quantity the chain differentiates by that the definition does not; the two are equal where
    the notes' chain holds (it is checked where written), so values are unchanged, only which
    intermediates are held free. Returns the readings, reported with the loss's note."""
    forms = {k[len(FORM) :]: v for k, v in scope.conventions.items() if k.startswith(FORM)}
    if not forms:
        return []
    closure = depends(scope, parse, variables)
    wanted = {w for ws in variables.values() for w in ws}
    notes: list[str] = []
    for name, text in forms.items():
        line, _, latex = text.partition(":")
        key = top_key(name)
        entry = scope.names.get(key)
        if not isinstance(entry, Definition) or entry.builtin or entry.is_function or entry.index_params:
            continue
        try:
            direct = keys_in(parse(latex), scope) - {name}
        except LatexError:
            continue
        if any(name in closure(d) for d in direct):
            continue  # the form is written from quantities defined from it: no graph
        reach = set(direct).union(*(closure(d) for d in direct))
        gained = sorted((reach - closure(name)) & wanted)
        if not gained:
            continue
        scope.names[key] = dataclasses.replace(entry, body=latex)
        notes.append(f"{display_key(key)} read as {latex} (its form at line {line}): the graph through "
                     f"{', '.join(display_key(top_key(g)) for g in gained)} the chain differentiates by")  # fmt: skip
    return notes


def annotate(trees: Iterable[sp.Basic], scope: Scope, parse: Callable[[str], sp.Basic]) -> None:
    """Mark in ``scope`` every undefined name the chain (its member ``trees``) differentiates, with
    the quantities it is read as a function of; the inferred note says so (it is reported)."""
    variables: dict[str, list[str]] = {}
    unmodelled: set[str] = set()
    wholes: set[str] = set()
    trees = list(trees)
    # the named values the chain uses (\zeta_1 := \partial L/\partial V, documents.upstream) differentiate
    # L as much as the chain does: what they differentiate it by places L in the graph too
    bodies = reached_bodies(trees, scope, parse, lambda t: keys_in(t, scope))
    named = {n for n, _ in bodies}
    # names the prose says depend on a variable (documents.dependence): functions of it wherever a chain
    # differentiates by it, also where they occur only inside what is differentiated
    stated = {k[len(DEPENDS) :]: v for k, v in scope.conventions.items() if k.startswith(DEPENDS)}
    found = [(head, expr, var) for tree in [*trees, *(b for _, b in bodies)] for expr, var in derivatives_in(tree)
             for head in _heads(expr, var, stated)]
    for head, _expr, var in found:
        wrt = key_of(var)
        if head is None or wrt is None or not _candidate(scope, head) or wrt[0] == head[0]:
            continue
        if _own(scope, wrt):
            # ∂L/∂y_1 with y_1 := X 1_m, ∂L/∂X_1 with X_1 ∈ R^{m×n}: a name of its own (not entry 1 of y),
            # a node of the definition graph under its whole key
            wrt_name = encode(wrt)
        elif _labelled(wrt) and isinstance(scope.names.get((wrt[0], ())), Definition):
            # entry 1 of a defined y, or a name the notes never settle: L's place in the graph is unknown
            unmodelled.add(head[0])
            continue
        elif not isinstance(scope.names.get((wrt[0], ())), VarDecl | Definition):
            continue  # a placeholder (a derivative with respect to an expression) or an unknown name
        else:
            wrt_name = wrt[0]
        entry = scope.names.get(top_key(wrt_name))
        if (not wrt[1] or _labelled(wrt)) and (
            isinstance(entry, Definition) or (isinstance(entry, VarDecl) and entry.kind in ("vector", "matrix"))
        ):
            wholes.add(head[0])  # ∂L/∂X by a whole vector or matrix (not by an entry X_{ij})
        seen = variables.setdefault(head[0], [])
        if wrt_name not in seen:
            seen.append(wrt_name)
    for name in unmodelled:
        variables.pop(name, None)
    if not variables:
        return
    forms = _adopt_forms(scope, parse, variables)
    closure = functools.cache(depends(scope, parse, variables))  # asked for each defined name several times
    # a named value (\zeta_1 := \partial L/\partial V) is no quantity L is computed from
    named |= derivative_values(scope, parse)
    named |= {n for n in {encode(k) for k in scope.names} if closure(n) & named}
    defined = [encode(k) for k, e in scope.names.items() if (not k[1] or _labelled(k)) and isinstance(e, Definition)
               and e.body and not e.is_function and not e.builtin and encode(k) not in named]  # fmt: skip
    for name, wrt in variables.items():
        # the quantities defined downstream of the ones differentiated by count too: a loss of the
        # output y = h + z reaches z both ways even where the chain writes only ∂L/∂h and ∂L/∂z
        # … but not one defined from the name itself (x := a_i c_ij a_j of another problem, a differentiated
        # by theta): a function of x would be a function of itself (a loop, not a graph)
        downstream = [n for n in defined if n not in wrt and closure(n) & set(wrt) and name not in closure(n)]
        # a name the prose says depends on θ is a function of θ itself (no quantity the notes computed from θ
        # elsewhere, η = θᵀx of another problem, stands between them)
        pool = [*wrt] if name in stated else [*wrt, *downstream]
        tops = [v for v in pool if not any(v in closure(u) for u in pool if u != v)]
        if not tops:
            continue
        scope.conventions[PREFIX + name] = ";".join(tops)
        via = sorted(n for n, b in bodies if any(names_in(e) & {name} for e, _v in derivatives_in(b)))
        via = sorted(n for n in named if n in via or closure(n) & set(via))
        if via:
            scope.conventions[VIA + name] = ";".join(via)
        if name in wholes:
            scope.conventions[WHOLE + name] = "matrix"
        near = [v for v in wrt if not any(v in closure(u) for u in wrt if u != v)]
        if near != tops:
            scope.conventions[NEAR + name] = ";".join(near)
        key = (name, ())
        shape = scope.inferred.get(key, "")
        what = "an arbitrary smooth function" if "vector" not in shape and "matrix" not in shape else (
            "arbitrary smooth functions (one per entry)")  # fmt: skip
        scope.inferred[key] = (
            f"{display_key(key)}: {what} of {', '.join(display_key(top_key(t)) for t in tops)} (not defined in the "
            f"notes; the chain differentiates it by {', '.join(display_key(top_key(w)) for w in wrt)})"
            + (f"; the prose says it depends on {', '.join(display_key(top_key(v)) for v in stated[name].split(','))}"
               if name in stated else "")
            + "".join(f"; {f}" for f in forms)
        )


def unread_tops(scope: Scope, parse: Callable[[str], sp.Basic]) -> list[str]:
    r"""LaTeX names of the quantities an arbitrary function was read as a function of (:func:`annotate`)
    whose definitions use names the scope has no entry for: the chain differentiates ``l`` by ``v`` and
    ``\sigma``, ``l`` is read as a function of ``y := \frac{\mu}{\sigma}\gamma + \beta``, and
    ``\gamma``, ``\beta`` were never inferred (shape inference ran over what the chain writes, before
    the loss was placed in the graph). The checker infers again with these names read too."""
    tops = {t for ts in generic_names(scope).values() for t in ts}
    if not tops:
        return []
    closure = depends(scope, parse)
    out: list[str] = []
    for top in sorted(tops):
        key = top_key(top)
        if not isinstance(scope.names.get(key), Definition):
            continue
        missing = [n for n in closure(top) if top_key(n) not in scope.names and (top_key(n)[0], ()) not in scope.names]
        if missing and key[0].isalpha():
            letter = key[0] if len(key[0]) == 1 else "\\" + key[0]
            out.append(letter + ("_{" + ",".join(key[1]) + "}" if key[1] else ""))
        elif missing:  # a name no LaTeX letter spells (π(x|θ), latex.probability): its definition's body is read
            out.append(scope.names[key].body)  # type: ignore[union-attr]
    return out


def through_functions(
    scope: Scope, trees: Iterable[sp.Basic], reach: Callable[[set[Key]], set[Key]] | None = None
) -> set[Key]:
    r"""The quantities the arbitrary functions ``trees`` differentiate by a variable of the notes are
    read as functions of: a side that writes ``\partial L/\partial X`` with ``L`` a function of ``Y := W X``
    depends on ``W`` (the other side's ``W^T`` is related to it, not a name on one side only).

    Only by a variable (not by a defined intermediate such as ``m_p := \frac1H \sum_h x_{ph}``): there
    the reading holds the intermediate free of what defines it, which the notes' step may rely on
    (``\sum_h (x_{ph} - m_p) = 0``), so a name reached that way is still a reason to doubt a failure.
    With ``reach`` (keys → every key their definitions use, transitively), a derivative by such an
    intermediate ``P`` relates the side to what the tops reach besides what ``P`` is defined from: the
    ``V`` of ``O := P V`` (``\partial L/\partial P = \partial L/\partial O\, V^T``) is an input of the
    graph the loss sits on, not a name the checker cannot relate."""
    tops = generic_names(scope)
    out: set[Key] = set()
    for tree in trees:
        for expr, var in derivatives_in(tree):
            head, wrt = key_of(expr), key_of(var)
            if head is None or head[1] or head[0] not in tops or wrt is None:
                continue
            entry = scope.names.get(wrt) if _own(scope, wrt) else scope.names.get((wrt[0], ()))
            if isinstance(entry, VarDecl):
                out |= {top_key(t) for t in tops[head[0]]}
            elif isinstance(entry, Definition) and reach is not None:
                node = wrt if _own(scope, wrt) else (wrt[0], ())
                out |= reach({top_key(t) for t in tops[head[0]]}) - reach({node})
    return out


def differentiates(tree: object, names: set[str], scope: Scope | None = None) -> bool:
    """Does ``tree`` (a member's tree, or a list member) differentiate an expression using ``names``,
    itself or (with ``scope``) through a named value whose definition does (:mod:`documents.upstream`)?"""
    trees = [tree] if isinstance(tree, sp.Basic) else [getattr(tree, "body", sp.Integer(0))]
    if any(names_in(expr) & names for t in trees for expr, _var in derivatives_in(t)):
        return True
    if scope is None:
        return False
    pointed = {n for n in names if POINT_NAME + n in scope.conventions}
    if pointed and any(isinstance(sub, AppliedUndef) and sub.func.__name__ == "grad" and len(sub.args) == 1
                       and names_in(sub.args[0]) & pointed
                       for t in trees for sub in sp.preorder_traversal(t)):  # fmt: skip
        return True  # \nabla f, its variable not written: documents.reparam reads it at f's point
    via = via_names(scope)
    reached = {n for t in trees for n in keys_in(t, scope)}
    return any(reached & via.get(name, frozenset()) for name in names)


def differentiated_calls(tree: object) -> set[str]:
    r"""Names of the functions applied inside a differentiated expression of ``tree`` (``J`` in
    ``\partial J(\theta) / \partial \theta_i``)."""
    if not isinstance(tree, sp.Basic):
        return set()
    return {
        sub.func.__name__
        for expr, _var in derivatives_in(tree)
        for sub in sp.preorder_traversal(expr)
        if isinstance(sub, AppliedUndef)
    }


def near_names(scope: Scope) -> dict[str, tuple[str, ...]]:
    """Per name :func:`annotate` marked: the quantities it is differentiated by, without those defined
    downstream of them (only where the two differ)."""
    return {k[len(NEAR) :]: tuple(v.split(";")) for k, v in scope.conventions.items() if k.startswith(NEAR)}


def generic_names(scope: Scope) -> dict[str, tuple[str, ...]]:
    """The names ``annotate`` marked in ``scope``: name → the names it is a function of."""
    return {k[len(PREFIX) :]: tuple(v.split(";")) for k, v in scope.conventions.items() if k.startswith(PREFIX)}


# ---------------------------------------------------------------------------------------------
# Doubt


def _generic_in(tree: sp.Basic, names: set[str], scope: Scope | None = None,
                body: Callable[[Definition], sp.Basic] | None = None) -> tuple[set[str], set[str]]:
    """(generic names occurring in ``tree``, those occurring inside a derivative); with ``scope``, a
    named value defined as such a derivative (``\\zeta_1``) counts as one; with ``body`` (a definition's
    parse) too, one a differentiated name's definition reaches (∂L/∂w with L := (1/N)Σ ℓ_i: definedreach)."""
    present = names_in(tree) & names
    inside: set[str] = set()
    if scope is not None and body is not None:
        from verifier.documents.definedreach import reached_generic  # (it reads derivatives_in here)

        through = reached_generic(tree, names, scope, body)
        present |= through
        inside |= through
    if scope is not None:
        reached = keys_in(tree, scope)
        for name, via in via_names(scope).items():
            if name in names and reached & via:
                present.add(name)
                inside.add(name)
    for sub in sp.preorder_traversal(tree):
        if isinstance(sub, sp.Derivative):
            inside |= names_in(sub.expr) & names
        elif isinstance(sub, AppliedUndef) and sub.func.__name__ == "grad" and sub.args:
            inside |= names_in(sub.args[0]) & names
    return present, inside


def undecided(scope: Scope, left: Sequence[sp.Basic], right: Sequence[sp.Basic],
              body: Callable[[Definition], sp.Basic] | None = None) -> str | None:
    """Why a failure under the arbitrary-function reading is no counterexample, or None.

    A step that has such a function (or a derivative of it) on one side only says what the function
    is — the notes mean a particular one they do not write down — so no arbitrary function
    satisfies it and its failure proves nothing. With ``body``, a side that differentiates a definition
    reaching the function has it (documents.definedreach)."""
    names = set(generic_names(scope))
    if not names:
        return None
    lp: set[str] = set()
    li: set[str] = set()
    rp: set[str] = set()
    ri: set[str] = set()
    for t in left:
        p, i = _generic_in(t, names, scope, body)
        lp |= p
        li |= i
    for t in right:
        p, i = _generic_in(t, names, scope, body)
        rp |= p
        ri |= i
    lone = sorted((lp ^ rp) | (li ^ ri))
    if not lone:
        tops = generic_names(scope)
        loose = sorted(n for n in lp | rp if len(tops[n]) > 1)
        if loose:  # f of z and of x, which the notes never relate (x = Az said in prose only)
            n = loose[0]
            return (f"{display_key((n, ()))} is not defined in the notes and is read as a function of "
                    f"{', '.join(display_key(top_key(t)) for t in tops[n])}, which the notes do not define from one "
                    "another")  # fmt: skip
        return None
    shown = ", ".join(display_key((n, ())) for n in lone)
    aside = [scope.set_aside[(n, ())] for n in lone if (n, ()) in scope.set_aside]
    if aside:  # defined, but not in this line's terms (documents.scoping): say so, not "not defined"
        return (f"{'; '.join(aside)}; read as an arbitrary function, this step says what its derivative is; it fails "
                "for an arbitrary function, as it must")  # fmt: skip
    return (
        f"{shown} is not defined in the notes and this step says what it (or its derivative) is; it fails "
        "for an arbitrary function, as it must"
    )


def variables_of(scope: Scope, trees: Iterable[sp.Basic]) -> set[str]:
    r"""Names used as the variable of a derivative of an arbitrary function (``w`` in
    ``\partial L / \partial w``): such a name relates the sides through the function's reading, so
    its standing on one side only is no reason to doubt a failure."""
    names = set(generic_names(scope))
    out: set[str] = set()
    if not names:
        return out
    for tree in trees:
        for expr, var in derivatives_in(tree):
            if names_in(expr) & names:
                out |= names_in(var)
    return out


def bare_parameters(scope: Scope, trees: Iterable[sp.Basic]) -> set[str]:
    """Parameters of the functions the notes define that ``trees`` use bare (``L`` after ``L(y, y^*) :=
    …``): the resolver reads them as the names in scope, so such a name is on both sides of a step."""
    out: set[str] = set()
    for tree in trees:
        for sub in sp.preorder_traversal(tree):
            if isinstance(sub, sp.Symbol):
                entry = scope.names.get((sub.name, ()))
                if isinstance(entry, Definition) and entry.is_function:
                    out |= set(entry.params)
    return out


def direct_partials_scope(scope: Scope, trees: Iterable[sp.Basic], parse: Callable[[str], sp.Basic]) -> Scope | None:
    """The scope of the backprop reading (derivatives of defined intermediates are direct partials
    of their definitions), or None when it cannot differ from the literal one: no derivative of the
    chain (its member ``trees``) has a variable used directly beside another defined name."""
    if scope.conventions.get(PARTIALS) == DIRECT:
        return None

    def defined(name: str) -> Definition | None:
        e = scope.names.get((name, ()))
        ok = isinstance(e, Definition) and bool(e.body) and not e.is_function and not e.builtin
        return e if ok else None  # type: ignore[return-value]

    def differs(expr: sp.Basic, var: sp.Basic) -> bool:
        wrt = key_of(var)
        head = key_of(expr)
        if wrt is None:
            return False
        d = defined(head[0]) if head is not None else None
        if d is not None:
            try:
                names = names_in(parse(d.body)) - set(d.index_params)
            except LatexError:
                return False
        else:
            names = names_in(expr)
        return wrt[0] in names and any(defined(n) for n in names - {wrt[0]})

    if not any(differs(expr, var) for t in trees for expr, var in derivatives_in(t)):
        return None
    other = scope.copy()
    other.conventions[PARTIALS] = DIRECT
    return other


def annotate_chain(chain: object, scope: Scope, parse: Callable[[str], sp.Basic]) -> None:
    """:func:`annotate` over the parsed members of a chain (``verifier.documents.members._Chain``)."""
    trees: list[sp.Basic] = []
    for m in getattr(chain, "members", ()):
        parsed = getattr(m, "parsed", None)
        if parsed is None or not isinstance(parsed.tree, sp.Basic):
            continue
        trees.append(parsed.tree)
    annotate(trees, scope, parse)
