r"""Equations joined by ⇔ / ⇒ / ∴ (or by words setting one to zero): each checked as following from the one before.

Notes solve for an optimum by rewriting an equation, ``\frac{1}{2n}(-2X^\top y + 2X^\top X w) = 0
\Leftrightarrow -X^\top y + X^\top X w = 0 \Leftrightarrow X^\top X w = X^\top y``. No single equation
is an identity (each holds for the solution only), so the checker used to leave every one of them
SKIPPED. What the notes claim is the link: each equation follows from the one before it. This
module owns that reading:

* **Which equations are linked** (:func:`link_equations`): a chain of one equation that the parser
  found joined by a connective (``connected``), right after another such equation of the same
  display, is linked to it (``_Chain.after``: the members' LaTeX and the line). So is a display of one equation
  right after a sentence of words that set the display before to zero ("Set this value to 0 to arrive at",
  "Setting the derivative equal to zero, we get") where that display writes a derivative: to its last member = 0
  (misses43; ``L(w) = (w - 3)^2 + 1`` then "Setting the derivative to zero gives $$w = 3$$" is not linked).
  So is an equation after words alone that join it to the equation before ("…, i.e. $$E₂$$", "so $$E₂$$":
  documents.wordlinks; ``worded``, never put back into it as a solved value).
* **The check** (:func:`equivalent`): with ``F = lhs - rhs`` of the equation and ``F₀`` of the one
  before, ``F = c·F₀`` entry by entry for one number ``c`` that is provably nonzero (a nonzero
  number, or a product the sign rules of :func:`verifier.documents.optimum.sign_of` decide): then
  the two equations have the same solutions, so the equation follows from the one before (and back).
  PROVED with that reading; otherwise the step is left to the usual checks (where it stays SKIPPED
  as "an equation the notes solve"): a rewriting that is not a multiple (solving ``A w = b`` for
  ``w = A^{-1} b``) is not read here, and **never FAILED** by this module.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.headings import heading_level
from verifier.documents.optimum import multiple_of, nonzero_bases, positive_point, sign_of, value_at
from verifier.documents.values import Value, is_matrix
from verifier.documents.wordlinks import (
    DERIVATIVE,
    SET_TO_ZERO,
    known_condition,
    opens_with_condition,
    sets_zero_before,
    worded_link,
    zero_when,
)
from verifier.latex.document import EQUALITY

if TYPE_CHECKING:
    from verifier.documents.context import Definition
    from verifier.documents.members import _Chain

__all__ = ["equivalent", "link_equations", "nonzero_somewhere", "unlearn_solved"]


def link_equations(
    chains: Sequence[_Chain],
    block_of: Callable[[int], int],
    leading: set[tuple[object, int]] | None = None,
    lines: Sequence[str] = (),
) -> None:
    """Set ``after`` on each one-equation chain joined by a connective to the equation just before it:
    in the same display, or (:func:`led_by_connective`) a display or a display's row that opens with ⇒
    after the row or display that ends with that equation; there the chain's first link is the equation
    that follows (``⇒ 2A^T A w = 2A^T b = …``: its later links are identities, checked as usual). A led
    chain that defines a name (``⇒ w = (A^T A)^{-1} A^T b``) stays the notes' definition (the lines after it
    may read the name by it), and is linked too (``solves_defining``): its first link is checked as following
    from the equation before it (the solved form, documents.solvedform) and is left the notes' definition
    where it does not; :func:`unlearn_solved` keeps its definition. Its definition does not hold on its own
    line (taken out of ``leading``, the reader's definitions that do): the link would read w by itself.
    Not across a heading (``lines``, the notes' rows): there ⇒ continues the new section's prose, not the
    equation ending the section before (a solution copied from it would follow from what it does not solve)."""
    condition = False  # the chain before is a condition the notes solve (wordlinks.known_condition)
    for chain in chains:
        chain.opens_condition = opens_with_condition(chain, lines)
    for k, (prev, chain) in enumerate(pairwise(chains)):
        condition = known_condition(prev, condition, lines)
        if (worded := worded_link(prev, chain, lines, condition)) is not None:  # "…, i.e. $$E₂$$" (wordlinks)
            chain.after, chain.worded = worded, True
            continue
        if k > 0 and (vanishes := zero_when(chains[k - 1], prev, chain, lines)) is not None:
            chain.after = vanishes  # "$$D = …,$$ so that $D = 0$ when $$E₂$$" (wordlinks.zero_when)
            continue
        if chain.inline and not prev.inline and len(chain.members) == 2 and chain.defines is None and \
                chain.restates is None and _last_is_equation(prev) and sets_zero_before(chain, lines) and \
                DERIVATIVE.search(" ".join(m.latex for m in prev.members)):
            # "$$\frac{dJ}{dw} = …$$ Setting it to zero: $w \sum_i x_i^2 = \sum_i x_i y_i$" (red69), as a display
            chain.after = _derivative_set_to_zero(prev)
            continue
        if chain.inline or prev.inline or len(chain.members) < 2 or chain.restates is not None:
            continue  # ⇒ ŵ = … after ŵ's definition: read by it, the two equations lose their unknown and
            # become multiples of each other whatever the solution gets wrong (checked against it instead)
        if any(m.error or not m.latex.strip() for m in (*prev.members[-2:], *chain.members[:2])):
            continue
        same = block_of(prev.line) == block_of(chain.line)
        if chain.connected and prev.connected and len(prev.members) >= 2 == len(chain.members) and same:
            # h'(x) = 2x + 4 = 0 ⇒ x = −2: the equation before is the last link (documents.solvedvalues)
            chain.after = (prev.members[-2].latex, prev.members[-1].latex, prev.members[-2].line)
        elif led_by_connective(chain) and _last_is_equation(prev) and \
                block_of(chain.line) - block_of(prev.members[-1].line) in (0, 1) and \
                not any(heading_level(row) is not None for row in lines[prev.members[-1].line : chain.line - 1]):
            chain.after = (prev.members[-2].latex, prev.members[-1].latex, prev.members[-1].line)
            chain.solves_defining = chain.defines is not None
            if chain.solves_defining and leading is not None:
                leading.discard((chain.defines, chain.line))
        elif len(chain.members) == 2 and chain.defines is None and _last_is_equation(prev) and \
                block_of(chain.line) - block_of(prev.members[-1].line) == 1 and \
                SET_TO_ZERO.search(" ".join(lines[prev.members[-1].line : chain.line - 1])) and \
                DERIVATIVE.search(" ".join(m.latex for m in prev.members)):  # L = (w-3)² + 1 is no derivative
            # "$$f' = \sum_i (x_i - \mu).$$ Set this value to 0 to arrive at $$\sum_i x_i = n\mu$$" (misses43)
            chain.after = _derivative_set_to_zero(prev)


def _derivative_set_to_zero(prev: _Chain) -> tuple[str, str, int]:
    """The equation a chain after words setting ``prev``'s derivative to zero follows from: its last member = 0 (or
    its last link, where that member is 0 already)."""
    last = prev.members[-1].latex.strip().rstrip(".,;").strip()
    return (last, "0", prev.members[-1].line) if last != "0" else \
        (prev.members[-2].latex, prev.members[-1].latex, prev.members[-1].line)  # fmt: skip


#: a display's opening connective (stripped by latex.chains as the chain's label): ⇒, ⟹, ∴
_LEADING = re.compile(r"^\\(?:Rightarrow|Longrightarrow|implies|therefore)(?![A-Za-z])")


def led_by_connective(chain: _Chain) -> bool:
    r"""Does the chain's display open with a connective (``$$\Rightarrow\quad \sum_i y(1-\phi) - … = 0$$``)?
    Notes that solve an equation write each rewriting in a display of its own, led by ⇒: the equation
    follows from the one that ends the display before it (``\sum_i \frac{y}{\phi} - … = 0``)."""
    return chain.label is not None and _LEADING.match(chain.label.strip()) is not None


def _last_is_equation(chain: _Chain) -> bool:
    """Does the chain end with an equality (its last link '=', not ≤ or :=)?"""
    return bool(chain.steps) and chain.steps[-1].relation == EQUALITY


def unlearn_solved(chains: Sequence[_Chain], definitions: list[Definition]) -> None:
    r"""``X^\top X w = X^\top y \Leftrightarrow w = (X^\top X)^{-1} X^\top y``: an equation linked to the one
    before it (``after``) states what solves it, not what its name means in the rest of the notes (the
    model's w is the true parameter, the solution its estimate). Its definition, learned like any first
    link ``w = …``, is forgotten: the link stays an equation the notes solve."""
    gone: set[tuple[object, int]] = set()
    for chain in chains:
        if chain.after is None or chain.defines is None or chain.solves_defining:
            continue
        gone.add((chain.defines, chain.line))
        definitions[:] = [d for d in definitions if not (d.key == chain.defines and d.line == chain.line)]
        chain.defines = None
    for chain in chains:  # w = (XᵀX + λE)⁻¹Xᵀy later restated the solution: it is now the first definition
        if chain.restates is None or chain.restates not in gone:
            continue
        key = chain.restates[0]
        earlier = [d.line for d in definitions if d.key == key and d.line < chain.line]
        chain.restates = (key, max(earlier)) if earlier else None
        if not earlier:
            chain.defines = key


def _residual(a: Value, b: Value) -> tuple[bool, list[sp.Expr]] | None:
    """``a - b`` entry by entry (a scalar 0 against a vector is its zero), with whether it is an array."""
    if is_matrix(a) and is_matrix(b):
        return (True, [sp.sympify(e) for e in (a - b)]) if a.shape == b.shape else None  # type: ignore[union-attr]
    if is_matrix(a) or is_matrix(b):
        m, other, sign = (a, b, 1) if is_matrix(a) else (b, a, -1)
        return (True, [sp.sympify(sign * e) for e in m]) if other == 0 else None  # type: ignore[union-attr]
    if isinstance(a, sp.Expr) and isinstance(b, sp.Expr):
        return False, [a - b]
    return None


def _zero(e: sp.Expr) -> bool:
    if e == 0:
        return True
    if _disproved(e):
        return False  # expand and cancel below would not call it 0 either; on a wrong link they take seconds
    return sp.expand(e) == 0 or sp.cancel(sp.together(e)) == 0


# what may stand in an expression evaluated at a point: no unknown function, derivative, sum or integral
# (their value at a number is no value of the expression the symbolic test reads)
_OPAQUE = (AppliedUndef, sp.Derivative, sp.Subs, sp.Sum, sp.Product, sp.Integral, sp.Indexed, sp.MatrixExpr)


def nonzero_somewhere(e: sp.Expr) -> bool:
    """Is ``e`` shown not to be 0 as a function (far from 0 at one point every name of it may take)? False where
    that is not shown (:func:`_disproved`)."""
    return _disproved(e)


def _disproved(e: sp.Expr) -> bool:
    """Is ``e`` far from 0 at a point every symbol of it may take (distinct positive rationals, each
    satisfying that symbol's assumptions)? Then ``e`` is not 0 as a function, and neither ``expand`` nor
    ``cancel`` (rewrites valid under those assumptions) can turn it into 0. Only ever a reason to stop
    looking: where the point is not admissible, or ``e`` is not a finite number there at 30 and at 50
    digits, or the two disagree, it decides nothing."""
    symbols = e.free_symbols
    if not all(type(s) is sp.Symbol for s in symbols) or e.has(*_OPAQUE):
        return False
    point = positive_point(symbols)
    for s, v in point.items():
        if any(getattr(v, f"is_{k}") is not want for k, want in s.assumptions0.items()):
            return False  # an integer or negative symbol: the point is not one it may take
    low, high = value_at(e, point), value_at(e, point, 50)
    return (low is not None and high is not None and abs(high) > 1e-9
            and abs(low - high) <= 1e-6 * abs(high))  # fmt: skip


#: largest multiplier (in operations) factored to see whether it is nonzero
_FACTOR_OPS = 80


def _not_proportional(f: Sequence[sp.Expr], g: Sequence[sp.Expr]) -> bool:
    """Is ``f`` provably no multiple of ``g`` at one point (every name a number in [0.3, 1.7])? The
    entries' ratios differ there, or ``g`` vanishes where ``f`` does not. False whenever a value is
    not a finite number there (an unknown function, a pole), or holds a sum, integral or derivative
    (``_OPAQUE``: its numeric value is no value the symbolic test reads, and an infinite series takes
    minutes to evaluate to 30 digits): the symbolic check decides then."""
    if any(sp.sympify(e).has(*_OPAQUE) for e in (*f, *g)):
        return False
    names = sorted(set().union(*(sp.sympify(e).free_symbols for e in (*f, *g))), key=str)
    pick = random.Random(len(names) * 7919 + len(f))
    point = {n: sp.Rational(pick.randint(300, 1700), 1000) for n in names}
    fv, gv = [value_at(e, point) for e in f], [value_at(e, point) for e in g]
    if any(v is None for v in (*fv, *gv)):
        return False
    lead = next((k for k, v in enumerate(gv) if abs(v) > 1e-9), None)  # type: ignore[arg-type]
    if lead is None:
        return False
    c = fv[lead] / gv[lead]  # type: ignore[operator]
    return any(abs(x - c * y) > 1e-6 * (1 + abs(x) + abs(c * y)) for x, y in zip(fv, gv, strict=True))  # type: ignore[operator]


#: answers already found, by the two equations' values and the line: a chain's first step is asked at
#: every index assignment and in every re-check under another reading, and the answer is theirs alone
_FOUND: dict[tuple[object, ...], str | None] = {}
_FOUND_KEPT = 512


def equivalent(now: tuple[Value, Value], before: tuple[Value, Value], line: int) -> str | None:
    """The reading that shows ``now`` (lhs, rhs) equivalent to the equation ``before``, or None; remembered."""
    key = (*now, *before, line)
    try:
        if key in _FOUND:
            return _FOUND[key]
    except TypeError:  # a value that cannot be hashed (a mutable matrix): worked out every time
        return _equivalent(now, before, line)
    found = _FOUND[key] = _equivalent(now, before, line)
    if len(_FOUND) > _FOUND_KEPT:
        _FOUND.pop(next(iter(_FOUND)))
    return found


def _equivalent(now: tuple[Value, Value], before: tuple[Value, Value], line: int) -> str | None:
    now_r, before_r = _residual(*now), _residual(*before)
    if now_r is None or before_r is None or now_r[0] != before_r[0] or len(now_r[1]) != len(before_r[1]):
        return None
    f, g = now_r[1], before_r[1]
    if _not_proportional(f, g):
        return None  # at one point the entries' ratios differ: no c (spares cancelling large entries)
    divisors = nonzero_bases(*f, *g)
    # None where the equation before says 0 = 0 (nothing to follow from), and where c may vanish: asked
    # before the entries' zero tests, which take seconds on a large ratio c (docspeed61)
    c = multiple_of(g, f, _zero, accept=lambda c: nonzero_multiplier(c, divisors))
    if c is None or _holds_at_a_pole(f, g):
        return None
    return (f"an equation the notes solve: left minus right = c·(that of the equation before it, line {line}) "
            f"with c = {c} ≠ 0, so it follows from it (and back)")  # fmt: skip


#: largest degree of a divisor whose real roots are looked at
_POLE_DEGREE = 4


def _holds_at_a_pole(f: Sequence[sp.Expr], g: Sequence[sp.Expr]) -> bool:
    r"""Does the equation (residuals ``f``) hold at a real root of a divisor of the equation before it (``g``),
    where that one is undefined? ``\frac{x^2 - 1}{x - 1} = 2 \Rightarrow x + 1 = 2`` cancels x − 1: the second holds
    at x = 1 alone, where the first divides by 0, so the two are not equivalent (redteam41). Read for divisors in
    one name with rational coefficients (degree ≤ 4), and only where every entry of ``f`` is 0 there whatever the
    other names are (``y - \phi`` at the pole φ = 0 of ``\frac{y}{\phi}`` is not); a divisor in several names, on
    the zero set of each of its factors of degree 1 (:func:`_zero_on_a_linear_factor`).

    Each divisor is looked at once (docspeed67): what is asked of it depends on it and ``f`` alone, and the
    same one stands in every entry of a vector equation and in each of its powers (``1/(x-1)``, ``1/(x-1)^2``);
    asked again, it was the same ``_zero`` tests (an ``expand`` and a ``cancel`` each) again."""
    seen: set[sp.Expr] = set()
    for e in g:
        for p in sp.sympify(e).atoms(sp.Pow):
            base = p.base
            if not p.exp.is_negative or base in seen:
                continue
            seen.add(base)
            if len(base.free_symbols) > 1 and _zero_on_a_linear_factor(base, f):
                return True
            if len(base.free_symbols) != 1:
                continue
            x = next(iter(base.free_symbols))
            try:
                poly = sp.Poly(base, x)
            except sp.PolynomialError:
                continue
            if not 1 <= poly.degree() <= _POLE_DEGREE or not all(cf.is_Rational for cf in poly.all_coeffs()):
                continue
            try:
                roots = set(sp.real_roots(poly))
            except (NotImplementedError, sp.PolynomialError):
                continue
            if any(all(_zero(sp.sympify(entry).subs(x, r)) for entry in f) for r in roots):
                return True
    return False


def _factor_list(e: sp.Expr) -> tuple[sp.Expr, list[tuple[sp.Expr, int]]] | None:
    """``sp.factor_list(e)`` of a small ``e`` (at most ``_FACTOR_OPS`` operations), else None."""
    if sp.count_ops(e) > _FACTOR_OPS:
        return None
    try:
        return sp.factor_list(e)
    except (sp.PolynomialError, sp.GeneratorsNeeded, ValueError, TypeError):
        return None


def _zero_on_a_linear_factor(base: sp.Expr, f: Sequence[sp.Expr]) -> bool:
    r"""Is every entry of ``f`` 0 on the zero set of a factor of degree 1 of the divisor ``base`` in several names,
    whatever the other names are? ``\frac{a^2 - b^2}{a - b} = 2b \Rightarrow a + b = 2b``: a − b = 0 is where the
    first divides by 0, and there the second holds (redteam42)."""
    found = _factor_list(base)
    for q, _ in found[1] if found is not None else ():
        names = sorted(q.free_symbols, key=str)
        try:
            linear = len(names) > 1 and sp.Poly(q, *names).total_degree() == 1
        except sp.PolynomialError:
            continue
        if not linear:
            continue
        x = names[0]
        root = sp.solve(q, x)
        if len(root) == 1 and all(_zero(sp.sympify(entry).subs(x, root[0])) for entry in f):
            return True
    return False


def nonzero_multiplier(c: sp.Expr, divisors: frozenset[sp.Expr]) -> bool:
    r"""Is ``c`` provably nonzero wherever the two equations are defined? A number or sign the rules of
    :func:`verifier.documents.optimum.sign_of` decide, or a product whose every factor is a nonzero
    number or a base the equations divide by (``divisors``: ``\phi(1-\phi)`` after
    ``\frac{y}{\phi} - \frac{1-y}{1-\phi} = 0``, which is defined only where ``\phi \neq 0, 1``)."""
    if sign_of(c, divisors) is not None:
        return True
    # a fraction ((p^2 - p)/n after k/p - (n-k)/(1-p) = 0 ⇒ p = k/n): numerator and denominator factored apart, each
    # factor a nonzero number or a divisor (where a denominator's factor not divided by is 0, c is no multiplier)
    parts = sp.fraction(sp.cancel(c)) if _factor_list(c) is None else (c, sp.Integer(1))
    for part in parts:
        if (found := _factor_list(part)) is None:
            return False
        unit, factors = found
        if unit == 0 or not all(_nonzero_factor(b, divisors) for b, _ in factors):
            return False
    return True


def _nonzero_factor(base: sp.Expr, divisors: frozenset[sp.Expr]) -> bool:
    if base.is_number:
        return bool(base != 0)
    return bool(base.is_nonzero) or base in divisors or -base in divisors or sp.expand(-base) in divisors
