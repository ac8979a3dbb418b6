r"""Hypotheses of a step, solved: ``given: A x = 0`` in a context, "where $A x = 0$" after a chain, the
notes' earlier results (documents.lemmas).

The equalities are resolved like the members, and solved *linearly* for some of the variables, which are
then eliminated from the members: the step is checked where the hypothesis holds. Which variables are
solved for matters (:func:`_to_eliminate`): ``A x = 0`` is solved for entries of A, not for x, or almost
every A would make x = 0 and every claim that holds at x = 0 would be proved. A "where" that sets a name
both members use to a number may name a special case rather than an assumption (:func:`special_case`).
Split out of documents.steps, whose checker calls :func:`solved_hypotheses` per index assignment.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import sympy as sp

from verifier.catalog import explicit
from verifier.documents.distributions import only_stated
from verifier.documents.lemmas import RESULT, contradicting
from verifier.documents.listedvectors import listed_as_column
from verifier.documents.members import _Chain
from verifier.documents.numberedstated import entry_hypotheses
from verifier.documents.resolve import ResolveError, Resolver
from verifier.documents.stated import WHERE
from verifier.documents.values import Undeclared, Value, free_symbols, is_matrix
from verifier.latex import LatexError
from verifier.latex.braces import split_top_equals

if TYPE_CHECKING:
    from verifier.documents.context import Scope

__all__ = ["UNDER", "solved_hypotheses", "special_case"]

#: how a step checked under the chain's hypotheses says so (its reading): a link without it was checked for every
#: value of its names (documents.guesses: a stated vector excuses a one-sided name only on a link taken at it)
UNDER = "under the hypothesis"


def solved_hypotheses(
    doc: Any, chain: _Chain, scope: Scope, resolver: Resolver
) -> tuple[dict[sp.Symbol, sp.Expr], str]:
    """``chain``'s hypotheses solved (linearly) for some of the variables: (the mapping that eliminates
    them, the note that says so); a hypothesis that cannot be read or solved is a ResolveError."""
    equations: list[sp.Expr] = []
    results: list[sp.Expr] = []  # those of the notes' earlier results (documents.lemmas)
    texts = []
    todo = list(chain.hypotheses)
    while todo:
        text, where = todo.pop(0)
        sides = split_top_equals(text)
        nc = doc.ctx.noncommutative(scope)
        try:
            a, b = (resolver.member(doc.parse(x, None, nc)) for x in sides)
        except LatexError as exc:
            raise ResolveError(f"{text!r} ({where}) cannot be read: {exc.message}") from None
        except ResolveError as exc:
            # (a stated value read again by documents.partlyworked keeps its origin in brackets: β₂ = 0.75 beside
            # β₁ of Adam's m̂₁, a name the link never has; gaps69)
            stated = where.startswith(WHERE) or f"({WHERE} " in where
            if isinstance(exc, Undeclared) and (only_stated([(text, where)]) or stated):
                if stated:  # p = (0.5, 0.3) stated, p_1 a name of its own (documents.numberedstated)
                    todo.extend(entry_hypotheses(text, where, lambda s: doc.parse(s, None, frozenset()), doc.text))
                continue  # a context's or a stated fact about a name this chain never has (σ of 𝔼[ε²] = σ² in
            raise  # 𝔼[y] = f, a worked value): nothing to assume; a "where" sentence right after the chain is on it
        a, b = listed_as_column(sides, explicit(a), explicit(b))
        diff = _difference(a, b, f"{text!r} ({where})")
        equations.extend(e for e in diff if e != 0)
        results.extend(e for e in diff if e != 0 and where.startswith(RESULT))
        texts.append(f"{text} ({where})")
    if contradicting(results, resolver.functionals.symbols):
        raise ResolveError("the notes' earlier results used as hypotheses contradict each other")
    known = resolver.instance.symbols | resolver.functionals.symbols  # 𝔼[ε] = 0 may be stated (expectation.py)
    unknowns = sorted(set().union(*(e.free_symbols for e in equations)) & known, key=str)
    mapping: dict[sp.Symbol, sp.Expr] = {}
    if equations:
        chosen = _to_eliminate(equations, unknowns)
        if not chosen or not all(_linear_in(e, chosen) for e in equations):
            equations = _implied_dropped(equations, unknowns)  # p_1 ≈ 0.6225 beside T = 2, z = (1, 0) (lead68)
            chosen = _to_eliminate(equations, unknowns)
        squares: dict[sp.Expr, sp.Expr] = {}
        if not chosen or not all(_linear_in(e, chosen) for e in equations):
            equations, squares = _squared(equations, unknowns)  # α_t² + σ_t² = 1 (alarm69)
            chosen = _to_eliminate(equations, unknowns) if equations else []
            if not squares or (equations and (not chosen or not all(_linear_in(e, chosen) for e in equations))):
                raise ResolveError("only hypotheses linear in the variables they eliminate are solved")
        solved = sp.solve(equations, chosen, dict=True) if equations else [{}]
        if not solved:
            raise ResolveError(f"the hypothesis {'; '.join(texts)} has no solution at these sizes")
        mapping = {k: v for k, v in solved[0].items() if isinstance(k, sp.Symbol)}
        mapping.update({k: v.xreplace(mapping) for k, v in squares.items()})  # type: ignore[misc]
    names = ", ".join(sorted({resolver.functionals.shown(k) or str(k) for k in mapping if isinstance(k, sp.Symbol)}
                             | {f"{k.base}^2" for k in mapping if isinstance(k, sp.Pow) and k.exp == 2}))
    if not texts:
        return mapping, ""  # every hypothesis about names this chain does not have: none is assumed
    return mapping, f"{UNDER} {'; '.join(texts)} (solved for {names or 'nothing'})"


def _difference(a: Value, b: Value, what: str) -> sp.Matrix:
    """The entries of ``a - b`` for a hypothesis ``a = b``: ``A x = 0`` sets every entry of the
    vector ``A x`` to 0 (a scalar 0 against a vector or matrix is its zero); other shapes that
    differ cannot be equal (a ResolveError, the hypothesis cannot be read), never an internal error."""
    if is_matrix(a) and is_matrix(b):
        if a.shape != b.shape:
            raise ResolveError(f"the hypothesis {what} equates a {a.rows}×{a.cols} and a {b.rows}×{b.cols} value")
        return sp.Matrix(a) - sp.Matrix(b)
    if is_matrix(a) or is_matrix(b):
        m, other = (a, b) if is_matrix(a) else (b, a)
        if m.shape == (1, 1):
            return sp.Matrix([m[0, 0] - other]) if m is a else sp.Matrix([other - m[0, 0]])
        if other != 0:
            raise ResolveError(f"the hypothesis {what} equates a {m.rows}×{m.cols} value and a scalar")
        return sp.Matrix(m)
    return sp.Matrix([a - b])



def _implied_dropped(equations: Sequence[sp.Expr], unknowns: Sequence[sp.Symbol]) -> list[sp.Expr]:
    r"""``equations`` less those the linear ones imply: a worked value stated for a quantity the notes define from
    other stated values (``p_1 \approx 0.6225`` of a softmax at ``T = 2``, ``z = (1, 0)``) is no equation to solve
    (it is not linear in T or z), but a consequence of theirs, to within its rounding (a hundredth of its smallest
    term). One far off stays: the hypotheses then contradict each other, as before."""
    linear = [e for e in equations if (own := sorted(e.free_symbols & set(unknowns), key=str)) and _linear_in(e, own)]
    others = [e for e in equations if not any(e is x for x in linear)]
    chosen = _to_eliminate(linear, unknowns) if linear else []
    if not others or not chosen or not all(_linear_in(e, chosen) for e in linear):
        return list(equations)
    solved = sp.solve(linear, chosen, dict=True)
    if len(solved) != 1:
        return list(equations)
    kept = []
    for e in others:
        terms = [t.subs(solved[0]) for t in sp.Add.make_args(sp.expand(e))]
        if any(t.free_symbols for t in terms):
            kept.append(e)
            continue
        try:
            sizes, value = [abs(complex(t)) for t in terms], abs(complex(sum(terms)))
        except TypeError:
            kept.append(e)
            continue
        if value > 0.01 * min([s for s in sizes if s > 0] or [1e-300]):  # of the smallest term (the stated value),
            # not the largest: x^2 - y^2 = 1.5 at x = 10, y = 9.9 cancels two terms of 100 (redlead68)
            kept.append(e)
    return linear + kept


#: the powers of a name solved for its square that are written out: u^n is R^(n // 2) u^(n % 2) where u^2 = R
_POWERS = tuple(n for n in range(-8, 9) if n not in (0, 1, -1))


def _squared(
    equations: Sequence[sp.Expr], unknowns: Sequence[sp.Symbol]
) -> tuple[list[sp.Expr], dict[sp.Expr, sp.Expr]]:
    r"""``equations`` less one that states the square of a name and nothing else of it, and that square solved:
    ``\alpha_t^2 + \sigma_t^2 = 1``, the schedule's condition of a variance-preserving diffusion, is no linear
    equation, but a polynomial in σ_t holds for both σ_t = ±√(1 - α_t²) exactly where it holds with every power of
    σ_t written through σ_t² = 1 - α_t² (its even part and its odd part vanish apart): so each power σ_t^n is
    replaced by (1 - α_t²)^(n // 2) σ_t^(n % 2) and the step is checked at every value of what is left. The
    reduced step holds wherever the original one holds on the condition (it is the same value there), so it
    is never green where the original is not; the name solved for is one no other equation writes, with a
    number as its square's coefficient. ([], {}) where no equation is of that kind (one only: two such
    conditions may share names)."""
    others = [e for e in equations if not any(_linear_in(e, [u]) for u in unknowns if u in e.free_symbols)]
    if len(others) != 1:
        return list(equations), {}
    square = sp.expand(others[0])
    rest = [e for e in equations if e is not others[0]]
    used = set().union(*(e.free_symbols for e in rest)) if rest else set()
    for u in sorted((u for u in unknowns if u in square.free_symbols and u not in used), key=str, reverse=True):
        try:
            poly = sp.Poly(square, u)
        except sp.PolynomialError:
            continue
        two = poly.coeff_monomial(u**2)
        if poly.degree() != 2 or poly.coeff_monomial(u) != 0 or not two.is_number or two == 0:
            continue
        value = -poly.coeff_monomial(1) / two
        if not value.free_symbols:
            continue  # u² = 4: a number, two points (a special case, not a condition between names)
        return rest, {u**n: value ** (n // 2) * u ** (n % 2) for n in _POWERS}
    return list(equations), {}


def _to_eliminate(equations: Sequence[sp.Expr], unknowns: Sequence[sp.Symbol]) -> list[sp.Symbol]:
    """The variables a hypothesis is solved for, one per equation. An unknown that occurs in fewer
    of the equations comes first, then one the equation multiplies by other unknowns: ``A x = 0``
    is solved for entries of A (each in one row's equation; a column of A in terms of x), not for
    x (in every equation) — at almost every A that would make x = 0, and every claim that holds
    at x = 0 would be proved, while the notes mean x in the null space of A. Otherwise the last
    unknowns (in name order), as before."""
    uses = {u: sum(u in e.free_symbols for e in equations) for u in unknowns}
    order = sorted(reversed(unknowns), key=lambda u: uses[u])  # stable: name order within a count
    chosen: list[sp.Symbol] = []
    for e in equations:
        free = [u for u in order if u not in chosen and u in e.free_symbols]
        linear = [u for u in free if _linear_in(e, [u])]
        scaled = [u for u in linear if set(sp.diff(e, u).free_symbols) & set(unknowns)]
        pick = (scaled or linear or free)[:1]
        chosen.extend(pick)
    rest = [u for u in order if u not in chosen]
    return (chosen + rest)[: len(equations)]


def _linear_in(e: sp.Expr, variables: Sequence[sp.Symbol]) -> bool:
    """Whether ``e`` is linear in ``variables`` (``1/(1 + e^c)`` is not even a polynomial in c)."""
    try:
        return sp.Poly(e, *variables).is_linear
    except sp.PolynomialError:
        return False


def special_case(mapping: dict[sp.Symbol, sp.Expr], sides: Sequence[tuple[Value, Value]]) -> bool:
    """Does a "where" hypothesis set to a number a name that both members of a step use? Then it
    may name a special case ("where $a = 0$ is the linear case", "where $\\lambda = 0$ gives least
    squares") rather than what the step assumes: solved for, it can wipe out a mistake. A name on
    one side only ("… + c where $c = 0$") can only be what the notes say it is: a hypothesis."""
    if not mapping or not all(v.is_number for v in mapping.values()):
        return False
    names = set(mapping)
    return any(names & free_symbols(a) and names & free_symbols(b) for a, b in sides)
