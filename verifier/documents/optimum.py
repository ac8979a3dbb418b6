r"""Optimisation steps: ``\arg\max_{\mathbf w} F = \arg\max_{\mathbf w} G`` and ``\arg\max`` against ``\arg\min``.

Maximum-likelihood derivations end with a chain of optima: the likelihood replaced by its logarithm,
terms that do not depend on the parameter dropped, a negative factor taken out so that a maximum
becomes a minimum ("which is the same as minimising the squared error"). The optimiser itself cannot
be computed, but the step's claim can be checked without it: ``\arg\max_w F = \arg\max_w G`` holds
whenever ``G = φ(F)`` for a strictly increasing ``φ``, and ``\arg\max_w F = \arg\min_w G`` whenever
``φ`` is strictly decreasing. This module owns that reading, and only that:

* **Reading the member** (:func:`split_optimum`): a member that opens with ``\arg\max_{v}`` /
  ``\arg\min_{v}`` (also ``\operatorname{arg\,max}_{v}``, ``\mathrm{argmax}_{v}``, ``\argmax_{v}``)
  over a written variable is the optimum of the rest of the member, which is its objective. Without a
  variable (``\text{argmax}\; L``) nothing is read (the step stays SKIPPED as before).
* **The value** (:func:`optimum_value`): the objective is resolved with the variable *bound*: a name
  the notes define elsewhere (``w = (X^T X)^{-1} X^T y``) is, inside ``\arg\max_w``, the variable
  being optimised, a fresh vector of its shape. The value is an :class:`OptimumValue` holding the
  objective as a ``Lambda`` of the variable's entries (so those are not free symbols of the member).
* **The comparison** (:func:`compare_optima`): with ``F`` and ``G`` the two objectives over the same
  variable, the maps tried are ``G = c F + d``, ``G = c \log F + d`` and ``\log G = c F + d``, where
  ``c`` and ``d`` are free of the variable (found from the gradients: ``∇G = c ∇F``, ``c`` free of
  the variable, and ``G - c F`` then has a zero gradient); ``c`` must be provably positive (same kind
  of optimum) or negative (a maximum against a minimum). The logarithm is taken of an objective whose
  logarithm the notes themselves write, so where it is real the expansion ``\log(ab) = \log a + \log b``
  holds (a probe where the other objective is real and the logged one is not positive refuses the
  logarithm: :func:`_log_refuted`). PROVED with the map as the reading; otherwise SKIPPED with the
  reason, **never FAILED**: two objectives unrelated by these maps may still share their optimiser.
* **An optimiser against a value** (:func:`stationarity`, :func:`stationary_result`): ``\arg\min_\beta J(\beta) =
  (X^T X + λI)^{-1} X^T y`` is checked by the objective's gradient at the value (the optimum has its variable's
  shape): FAILED where it is not 0 (a differentiable objective has no interior optimum there), unless the step or
  the prose around it mentions a constraint, a bound or a boundary (:data:`CONSTRAINED`); SKIPPED where it is 0 (a
  stationary point is the optimum only for a convex objective, which is not shown): never green from stationarity.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import sympy as sp

from verifier.documents.differentiate import OpaqueLayer
from verifier.documents.values import ResolveError, Value, is_matrix, norm
from verifier.latex.braces import brace_end
from verifier.latex.functionals import Label
from verifier.results import Verdict

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = [
    "CONSTRAINED", "Optimum", "OptimumValue", "bound_parameters", "compare_optima", "conditional_names",
    "holds_optimum", "multiple_of", "nonzero_bases", "optimum_value", "positive_point", "sign_of", "split_optimum",
    "stationarity", "stationary_result", "value_at",
]

_LEAD = re.compile(r"^(?:\s|\\(?:displaystyle|textstyle|Large|large|LARGE|huge|Huge)\b)*")
_SPACE = r"(?:\s|\\[,;:! ]|~)*"
_HEAD = re.compile(
    r"\\arg" + _SPACE + r"\\(?P<a>max|min)(?![A-Za-z])"
    r"|\\(?:operatorname\*?|mathrm|text|textrm|mathop|rm)\s*\{" + _SPACE + r"(?:\\mathrm\{)?arg" + _SPACE
    + r"(?P<b>max|min)\}?" + _SPACE + r"\}"
    r"|\\arg(?P<c>max|min)(?![A-Za-z])"
    r"|\{\s*\\(?:text|mathrm|operatorname)\s*\{\s*arg(?P<d>max|min)\s*\}\s*\}"
)
_LIMITS = re.compile(r"^\s*(?:\\limits|\\nolimits)?\s*_\s*")


def _group(text: str, i: int) -> tuple[str, int] | None:
    r"""The subscript starting at ``text[i]``: a braced group, a command with its one argument
    (``\textbf w``, ``\boldsymbol{\theta}``), or one character."""
    if i >= len(text):
        return None
    if text[i] == "{":
        k = brace_end(text, i)
        return (text[i + 1 : k], k + 1) if k >= 0 else None
    m = re.match(r"\\[A-Za-z]+", text[i:])
    if m is None:
        return (text[i], i + 1) if text[i].isalnum() else None
    end = i + m.end()
    if m.group(0) in ("\\mathbf", "\\textbf", "\\boldsymbol", "\\bm", "\\vec", "\\mathbb", "\\hat", "\\widehat"):
        rest = re.match(r"\s*", text[end:])
        k = end + (rest.end() if rest else 0)
        inner = _group(text, k)
        if inner is None:
            return None
        return text[i:k] + "{" + inner[0] + "}", inner[1]
    return text[i:end], end


def split_subscripted(src: str, head: re.Pattern[str]) -> tuple[re.Match[str], str, str] | None:
    r"""(``head``'s match, the subscript, the rest) of a member that opens with ``head`` followed by a
    subscript (``\arg\max_{v} F``, ``\min_{w} F``), else None: one reading of an optimisation's
    variable for :func:`split_optimum` and documents.minima."""
    lead = _LEAD.match(src)
    found_head = head.match(src, lead.end() if lead else 0)
    if found_head is None:
        return None
    sub = _LIMITS.match(src[found_head.end() :])
    if sub is None:
        return None
    found = _group(src, found_head.end() + sub.end())
    if found is None:
        return None
    variable, end = found
    return found_head, variable, src[end:].strip()


def split_optimum(src: str) -> tuple[str, str, str] | None:
    r"""``("max" | "min", variable, objective)`` for a member ``\arg\max_{v} objective``, else None."""
    split = split_subscripted(src, _HEAD)
    if split is None:
        return None
    head, variable, body = split
    if not variable.strip() or not body:
        return None
    return next(g for g in head.groups() if g), variable.strip(), body


class Optimum(sp.Function):
    r"""The tree of ``\arg\max_{v} F``: args ``(F, Label("max" | "min"), v, …)`` (``\arg\min_{w, b}``: two)."""

    @classmethod
    def eval(cls, *args: sp.Basic) -> None:
        return None


class OptimumValue(sp.Function):
    """The value of an optimum: args ``(Label(kind), Label(variable), Lambda(entries, objective), Tuple(shape))``;
    the shape is the variable's (an optimiser over a vector is a vector: an arg min over β ∈ ℝ^d against
    ``(X^T X + λI)^{-1} X^T y``), empty for a scalar or several variables."""

    @classmethod
    def eval(cls, *args: sp.Basic) -> None:
        return None

    @property
    def shape(self) -> tuple[int, ...]:
        """The shape of the optimiser (``()``: a scalar), as :func:`verifier.documents.values.shape_of_value`."""
        shape = tuple(int(n) for n in self.args[3]) if len(self.args) > 3 else ()
        return () if shape == (1, 1) else shape

    def _sympystr(self, printer: Any) -> str:
        kind, name, body = self.args[:3]
        return f"arg{kind}_{name} {printer.doprint(body.expr)}"


def optimum_value(resolver: Resolver, node: Optimum, env: dict[str, Value]) -> Value:
    """The value of ``\\arg\\max_{v} F`` (module docstring): F resolved with ``v`` bound to fresh entries."""
    body, kind, *variables = node.args
    inner = dict(env)
    entries: list[sp.Dummy] = []
    shape: tuple[int, ...] = ()
    for var in variables:
        if not isinstance(var, sp.Symbol) or var.name in inner:
            raise ResolveError(f"an optimum over {var} (not a plain name, or one already bound) is not read")
        current = resolver.value(var, env)
        if isinstance(current, sp.MatrixBase):
            fresh = [sp.Dummy(f"{var.name}{k + 1}", real=True) for k in range(len(current))]
            inner[var.name] = sp.ImmutableMatrix(current.rows, current.cols, fresh)
            shape = (current.rows, current.cols) if len(variables) == 1 else ()
        elif isinstance(current, sp.Expr) and not is_matrix(current):
            fresh = [sp.Dummy(var.name, real=True)]
            inner[var.name] = fresh[0]
        else:
            raise ResolveError(f"the variable {var.name} of an optimum has no shape the checker can bind")
        entries.extend(fresh)
    name = ", ".join(str(v) for v in variables)
    # the notes' conditionals written with the variable (p(y|X;w)) take the bound one; a layer of its own
    # keeps the values computed so (and what uses them) from the resolver's caches
    saved = resolver.bound_params
    resolver.bound_params = {**saved, **{str(v): inner[str(v)] for v in variables}}
    resolver._opaque.append(OpaqueLayer())
    try:
        objective = norm(resolver.value(body, inner))
    finally:
        resolver._opaque.pop()
        resolver.bound_params = saved
    if is_matrix(objective) or not isinstance(objective, sp.Expr):
        raise ResolveError(f"the objective of arg {kind} over {name} is not a number")
    valued = str(kind) in ("minimum", "maximum")  # \min_w J(w): the objective's value, a scalar (documents.minima)
    head = f"\\{str(kind)[:3]}" if valued else f"\\arg\\{kind}"
    shape = () if valued else shape
    resolver._note(f"{head}_{{{name}}} read as an optimum over {name} (its objective compared, not computed)")
    return OptimumValue(Label(str(kind)), Label(name), sp.Lambda(tuple(entries), objective), sp.Tuple(*shape))


def conditional_names(name: str) -> frozenset[str]:
    """The names written inside a conditional quantity's parentheses (``p(y_|X;w)``: y_, X, w), or none
    for a name that is no conditional."""
    head, bar, _ = name.partition("|")
    if not bar or "(" not in head or not name.endswith(")"):
        return frozenset()
    inside = name[name.index("(") + 1 : -1]
    return frozenset(n for n in (p.strip() for p in re.split(r"[|,;=]", inside)) if n)


def bound_parameters(resolver: Resolver, key_name: str) -> dict[str, Value]:
    r"""The variables of the optima being read that the notes' conditional ``key_name`` is written with
    (``p(\mathbf{y} \mid X; \mathbf{w})`` inside ``\arg\max_{\mathbf w}``): its definition reads them as
    the bound ones. Any other definition keeps the notes' own meaning of the name (the data
    ``y = Xw + ε`` is generated by the true w, not by the one optimised)."""
    if not resolver.bound_params:
        return {}
    written = conditional_names(key_name)
    return {n: v for n, v in resolver.bound_params.items() if n in written}


def _zero(e: sp.Expr) -> bool:
    if e == 0:
        return True
    if _plainly_nonzero(e):
        return False  # the symbolic test below would not call it 0 either, and expanding can take minutes
    e = sp.expand(sp.expand_log(e, force=True))
    return e == 0 or sp.cancel(sp.together(e)) == 0


def nonzero_bases(*exprs: sp.Expr) -> frozenset[sp.Expr]:
    """The bases the expressions divide by (``σ`` in ``1/(2σ^2)``): nonzero wherever they are defined."""
    return frozenset(p.base for e in exprs for p in sp.sympify(e).atoms(sp.Pow) if p.exp.is_negative)


def sign_of(c: sp.Expr, nonzero: frozenset[sp.Expr] = frozenset()) -> int | None:
    """+1 / -1 when ``c`` is provably positive / negative: SymPy's assumptions, else a product of
    numbers, positive symbols and even powers of reals that are nonzero (``nonzero``: the objective
    divides by them, as ``σ`` in ``1/(2σ^2)``)."""
    c = sp.factor_terms(sp.cancel(c))
    if c.is_positive:
        return 1
    if c.is_negative:
        return -1
    sign = 1
    for f in sp.Mul.make_args(c):
        if f.is_number and f.is_real and f != 0:
            sign *= 1 if f > 0 else -1
        elif f.is_positive:
            continue
        elif (isinstance(f, sp.Pow) and f.exp.is_integer and f.exp.is_even and f.base.is_real
              and (f.base.is_nonzero or f.base in nonzero)):
            continue  # σ² where the objective divides by σ
        else:
            return None
    return sign


def multiple_of(
    a: Sequence[sp.Expr],
    b: Sequence[sp.Expr],
    zero: Callable[[sp.Expr], bool],
    free_of: AbstractSet[sp.Symbol] = frozenset(),
    accept: Callable[[sp.Expr], bool] | None = None,
) -> sp.Expr | None:
    """The one ``c ≠ 0`` free of ``free_of`` with ``b = c·a`` entry by entry (``zero`` decides each
    ``b - c·a``), or None: ``a`` all zero, or no such ``c``. ``c`` is read off the first entry of ``a``
    that is not zero. The comparison of two objectives here and of two equations
    (:mod:`verifier.documents.equivalent`) both ask it. ``accept``: a test the caller puts on ``c`` anyway
    (the equations' multiplier must be provably nonzero), asked before the entries' zero tests: those expand
    ``b - c·a`` and cost seconds where ``c`` is a large ratio that the test refuses at once (docspeed61)."""
    lead = next((k for k, e in enumerate(a) if not zero(e)), None)
    if lead is None:
        return None
    if free_of and _varies(b[lead] / a[lead], free_of):
        return None  # the ratio changes with the variable: no constant c (cancelling it could take minutes)
    c = sp.cancel(sp.together(b[lead] / a[lead]))
    if c == 0 or c.free_symbols & free_of or (accept is not None and not accept(c)):
        return None
    return c if all(zero(y - c * x) for x, y in zip(a, b, strict=True)) else None


def value_at(e: sp.Expr, point: dict[sp.Symbol, sp.Expr], digits: int = 30) -> complex | None:
    """``e`` at ``point`` to ``digits`` digits, or None where it is not a finite number there."""
    try:
        v = complex(sp.N(e.xreplace(point), digits))
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return v if abs(v) < 1e300 else None  # nan fails the comparison too


def positive_point(symbols: Iterable[sp.Symbol], shift: int = 0) -> dict[sp.Symbol, sp.Expr]:
    """Distinct positive rationals for ``symbols`` (positive: where the logarithms that _zero expands
    with force=True do split, so a value far from 0 there is no zero _zero would find)."""
    return {s: sp.Rational(3 + 2 * k + 5 * shift, 7 + k) for k, s in enumerate(sorted(symbols, key=str))}


def _plainly_nonzero(e: sp.Expr) -> bool:
    """Is ``e`` far from 0 at a point with every symbol positive? Only ever a reason to stop looking."""
    v = value_at(e, positive_point(e.free_symbols))
    return v is not None and abs(v) > 1e-9


def _varies(ratio: sp.Expr, variables: AbstractSet[sp.Symbol]) -> bool:
    """Does ``ratio`` plainly change with ``variables``: two draws of them, the other symbols fixed, give
    values apart by far more than rounding? Only ever a reason to give up (never to conclude a relation)."""
    moving = set(variables) & ratio.free_symbols
    if not moving:
        return False
    fixed = positive_point(ratio.free_symbols - moving)
    a, b = (value_at(ratio, {**fixed, **positive_point(moving, shift)}) for shift in (0, 1))
    return a is not None and b is not None and abs(a - b) > 1e-6 * (1 + abs(a) + abs(b))


def _log_refuted(inside: sp.Expr, other: sp.Expr) -> bool:
    r"""Is there a probe point (signs mixed, integers kept positive integers) where ``other``, the objective
    the notes write, is a real number and ``inside`` is not positive, so that its logarithm is not real
    (``-(y - wx)^2`` against ``\log((y - wx)^2)``)? Only ever a reason to give up a logarithm's reading."""
    symbols = sorted(inside.free_symbols | other.free_symbols, key=str)
    for shift in (0, 1):
        values = positive_point(symbols, shift)
        for pattern in range(4):  # all positive, alternating one way and the other, all negative
            point = {
                s: sp.Integer(3 + k + shift) if s.is_integer else values[s] * (
                    1 if pattern == 0 or (pattern < 3 and (k + pattern) % 2) else -1)
                for k, s in enumerate(symbols)
            }
            o, v = value_at(other, point), value_at(inside, point)
            if o is None or v is None or abs(o.imag) > 1e-12 * (1 + abs(o)):
                continue
            if abs(v.imag) > 1e-12 * (1 + abs(v)) or v.real <= 0:
                return True
    return False


def _relation(f: sp.Expr, g: sp.Expr, variables: tuple[sp.Symbol, ...]) -> sp.Expr | None:
    """``c`` with ``g = c f + d`` and ``c``, ``d`` free of ``variables`` (``c = 1`` if neither depends on them)."""
    # log(∏ exp(…)) of a likelihood as the sum of its exponents first: its derivative stays a polynomial
    # (_zero expands the logarithms the same way)
    f, g = sp.expand_log(f, force=True), sp.expand_log(g, force=True)
    df = [sp.diff(f, v) for v in variables]
    dg = [sp.diff(g, v) for v in variables]
    if all(_zero(d) for d in df):
        return sp.Integer(1) if _zero(g - f) else None
    return multiple_of(df, dg, _zero, set(variables))


_HOLDS: dict[sp.Basic, bool] = {}
_HOLDS_KEPT = 100_000


def holds_optimum(e: sp.Basic) -> bool:
    """``e.has(OptimumValue)``, remembered per sub-tree: asked of every member at every instance, where
    SymPy walks the whole tree (a shared sub-tree at each occurrence) and the sub-trees recur. A tree
    deeper than the recursion allows (SymPy's ``has`` walks it without recursion) is asked as SymPy asks."""
    try:
        return _holds(e)
    except RecursionError:
        return e.has(OptimumValue)


def _holds(e: sp.Basic) -> bool:
    hit = _HOLDS.get(e)
    if hit is None:
        hit = isinstance(e, OptimumValue) or any(_holds(a) for a in e.args)
        if len(_HOLDS) >= _HOLDS_KEPT:
            _HOLDS.clear()
        _HOLDS[e] = hit
    return hit


#: comparisons already made, by the two optima: the step is met again at every index assignment and in
#: every re-check of its chain under another reading, and the comparison is a function of the two alone
_COMPARED: dict[tuple[Value, Value], tuple[Verdict, str]] = {}
_COMPARED_KEPT = 512


def compare_optima(a: Value, b: Value) -> tuple[Verdict, str]:
    """Verdict and reading (or reason) for a step between two optima (module docstring), remembered."""
    try:
        hit = _COMPARED.get((a, b))
    except TypeError:  # a value that cannot be hashed (a mutable matrix): compared every time
        return _compare_optima(a, b)
    if hit is None:
        hit = _compare_optima(a, b)
        if len(_COMPARED) >= _COMPARED_KEPT:
            _COMPARED.clear()
        _COMPARED[a, b] = hit
    return hit


def _compare_optima(a: Value, b: Value) -> tuple[Verdict, str]:
    if not (isinstance(a, OptimumValue) and isinstance(b, OptimumValue)):
        return Verdict.SKIPPED, "an optimum (arg max / arg min) against a value: the optimiser is not computed"
    (ka, na, la), (kb, nb, lb) = a.args[:3], b.args[:3]
    if str(na) != str(nb) or len(la.variables) != len(lb.variables):
        return Verdict.SKIPPED, f"optima over different variables ({na}, {nb}) are not compared"
    variables = tuple(la.variables)
    f = la.expr
    g = lb.expr.xreplace(dict(zip(lb.variables, variables, strict=True)))
    want = 1 if str(ka) == str(kb) else -1
    word = "increasing" if want == 1 else "decreasing"
    for shown, ff, gg in (("F", f, g), ("log F", sp.log(f), g), ("F", f, sp.log(g))):
        if (ff is not f and _log_refuted(f, g)) or (gg is not g and _log_refuted(g, f)):
            continue  # log F is not real where the notes' G is: G = c log F + d says nothing of the optimiser
        c = _relation(ff, gg, variables)
        if c is None:
            continue
        if sign_of(c, nonzero_bases(f, g)) == want:
            lhs = "log G" if gg is not g else "G"
            return Verdict.PROVED, (
                f"arg {ka} over {na} = arg {kb} over {na}: {lhs} = c·{shown} + d with c = {c} and d free of "
                f"{na} (a strictly {word} map keeps the optimiser)"
            )
    return Verdict.SKIPPED, (
        f"the objectives of arg {ka} and arg {kb} over {na} are not related by a strictly {word} map the checker "
        "can see (a term that does not depend on the variable, a constant factor, a logarithm): not checked"
    )


#: the objective's pieces with no derivative everywhere: a failure of stationarity proves nothing there
_KINKS = (sp.Abs, sp.Max, sp.Min, sp.sign, sp.Piecewise, sp.floor, sp.ceiling, sp.Heaviside)


def stationarity(a: Value, b: Value) -> tuple[str, sp.ImmutableMatrix] | None:
    r"""For an optimiser against a value (``\arg\min_\beta J(\beta) = (X^T X + λI)^{-1} X^T y``): the optimum's kind
    and the objective's gradient at the value (either side the optimum), where the objective is differentiable and
    the value has the variable's shape; else None (the step stays "the optimiser is not computed"). An interior
    optimiser of a differentiable objective has a zero gradient, so a nonzero one at the value refutes the step; a
    zero one shows a stationary point only (:func:`stationary_result`)."""
    if isinstance(b, OptimumValue) and not isinstance(a, OptimumValue):
        a, b = b, a
    if not isinstance(a, OptimumValue) or isinstance(b, OptimumValue) or str(a.args[0]) not in ("min", "max"):
        return None
    body = a.args[2]
    shape = b.shape if isinstance(b, sp.MatrixBase) else ()
    entries = list(b) if isinstance(b, sp.MatrixBase) else [b]
    if a.shape != (() if shape == (1, 1) else shape) or len(entries) != len(body.variables):
        return None
    if not all(isinstance(e, sp.Expr) for e in entries) or body.expr.has(*_KINKS):
        return None
    at = dict(zip(body.variables, entries, strict=True))
    grad = [sp.diff(body.expr, v).xreplace(at) for v in body.variables]
    return str(a.args[0]), sp.ImmutableMatrix(len(grad), 1, grad)


#: words (around the step or in it) that the optimum may be constrained, its optimiser on a boundary or a set where
#: the objective's gradient need not vanish: "subject to", "s.t.", "such that", a Lagrangian, an inequality, a closed
#: interval, a unit norm (PCA's \arg\max_w w^T S w with \|w\| = 1)
CONSTRAINED = re.compile(
    r"subject\s+to|\bs\.\s*t\.|such\s+that|constrain|restrict|feasible|boundary|lagrang|simplex|\bsphere\b|"
    r"\\(?:geq?|leq?|succeq|preceq)\b|≥|≤|\\in\s*\[|\\\|[^$]{0,40}\\\|(?:_2)?\s*=\s*1\b",
    re.IGNORECASE,
)


def stationary_result(r: Any, kind: str, constrained: bool = False, convex: bool = False) -> Any:
    """The verdict of an optimiser step from the engine's verdict ``r`` on "the gradient at the value is 0": FAILED
    where it is not (no interior optimum there) unless the optimum may be ``constrained`` (:data:`CONSTRAINED`;
    then SKIPPED: on a boundary the gradient need not vanish), SKIPPED where it is (a stationary point is an optimum
    only for a convex (concave) objective, which is not shown): never green from stationarity alone. ``convex``: the
    objective is convex (concave for a maximum) by its form (documents.convexform): where the gradient vanishes and
    no constraint is mentioned, the value is an optimiser, and ``r`` stands (gaps63)."""
    word = "minimum" if kind == "min" else "maximum"
    if r.verdict is Verdict.FAILED and constrained:
        return replace(r, verdict=Verdict.SKIPPED, counterexample=None,
                       message=f"the objective's gradient at the written optimiser is not 0, but the notes may "
                               f"constrain the {word} (a constraint, a bound or a boundary is mentioned), where it "
                               "need not vanish")  # fmt: skip
    if r.verdict is Verdict.FAILED:
        return replace(r, message=f"the objective's gradient at the written optimiser is not 0, so the objective "
                                  f"(differentiable there) has no interior {word} there; {r.message}".rstrip("; "))
    if r.verdict.ok and convex and not constrained:
        shape = "convex" if kind == "min" else "concave"
        return replace(r, message=f"the objective's gradient vanishes at the written optimiser and the objective is "
                                  f"{shape} by its form, so it is a {word} there")  # fmt: skip
    if r.verdict.ok:
        shape = "convex" if kind == "min" else "concave"
        return replace(r, verdict=Verdict.SKIPPED, counterexample=None,
                       message=f"the objective's gradient vanishes at the written optimiser (a stationary point); that "
                               f"it is the {word} needs the objective {shape}, which is not shown")  # fmt: skip
    return r
