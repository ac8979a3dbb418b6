r"""Integrals without bounds as linear functionals of their integrand: a sound, partial reading.

Exponential-family and density derivations write ``\int p(y)\,dy = \int b(y)e^{\eta y - a(\eta)}dy``,
``\frac{\partial}{\partial\eta}\int p(y)dy = \int \frac{\partial}{\partial\eta}p(y)\,dy`` and
``\int b(y)(y - a'(\eta))e^{\eta y - a(\eta)}dy = \int y\,p(y)dy - a'(\eta)\int p(y)dy``. The support,
the measure and the density are not said, so nothing can be integrated; what such a step uses is
linearity. This module owns that reading (the parser's node is
:class:`verifier.latex.functionals.Integral`, its extent found by :mod:`verifier.latex.integrals`):

* **The variable is bound.** The integrand is resolved with the variable ``y`` bound to a fresh real
  symbol, whatever the notes define ``y`` to be elsewhere (definitions of the other names apply:
  with ``p(y) := b(y)e^{…}``, ``\int p(y)dy`` is ``\int b(y)e^{…}dy``).
* **∫ is an arbitrary linear functional over that variable.** The resolved integrand is expanded;
  each term's factors free of the variable are taken out, and every distinct remaining term ``m``
  becomes one atom ``∫ m dy`` (a fresh free variable shared by the whole chain, kept in the
  resolver's :class:`verifier.documents.expectation.Functionals` with the expectations). An identity
  that holds for every value of the atoms holds for every such integral that exists.
* **Differentiation under the integral sign** (the Leibniz rule, which notes on densities use
  without comment): a derivative written directly on an integral, by another variable than the
  integral's own, is moved inside it (:func:`under_integral`) and the reading is reported. A
  derivative that reaches an integral any other way (through a definition, a product) is not read
  (:func:`verifier.documents.expectation.differentiated_functional`).
* **A failure is not a FAILED**: a step may need ``\int p = 1``, a symmetric support or an integral
  the notes evaluate; it is SKIPPED with the reason (:func:`verifier.documents.expectation.unproved`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

import sympy as sp

from verifier.documents.values import ResolveError, Value, elementwise, free_symbols, is_matrix
from verifier.latex.functionals import Expectation, Integral, Label, Statistic

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = ["INTEGRAL_KIND", "LEIBNIZ", "LINEAR", "bound_integrand", "integral_value", "leibniz", "under_integral"]

INTEGRAL_KIND = "integral"
LINEAR = "∫ … d{var} read as a linear functional of the integrand: only linearity is used"
LEIBNIZ = "a derivative moved under the integral sign (differentiation under the integral, as the notes do)"
MAX_TERMS = 400  # terms of an expanded integrand (beyond, the step is not read)
T = TypeVar("T")


def under_integral(tree: sp.Basic) -> tuple[sp.Basic, bool]:
    r"""``\frac{\partial}{\partial\eta}\int f\,dy`` → ``\int \frac{\partial f}{\partial\eta}\,dy``
    wherever a derivative stands directly on an integral, by variables other than the integral's
    own. Returns the tree and whether it changed."""
    if not isinstance(tree, sp.Basic) or not tree.atoms(Integral):
        return tree, False

    def move(node: sp.Basic) -> tuple[sp.Basic, bool]:
        if not node.args or isinstance(node, sp.Symbol):
            return node, False
        changed = False
        args = []
        for a in node.args:
            b, c = move(a)
            args.append(b)
            changed |= c
        if changed:
            node = node.func(*args, evaluate=False) if isinstance(node, sp.Derivative) else node.func(*args)
        if isinstance(node, sp.Derivative) and isinstance(node.expr, Integral):
            body, label = node.expr.args
            variables = [v for v, _ in node.variable_count]
            if all(isinstance(v, sp.Symbol) and v.name != label.name for v in variables):
                return Integral(sp.Derivative(body, *node.variable_count), label), True
        return node, changed

    return move(tree)


def leibniz(resolver: Resolver, tree: T) -> T:
    """:func:`under_integral` on a member's tree (a list member is left as it is), reported."""
    if not isinstance(tree, sp.Basic):
        return tree
    moved, changed = under_integral(tree)
    if changed:
        resolver._note(LEIBNIZ)
    return cast(T, moved)


def _bound(var: str) -> sp.Symbol:
    """The fresh symbol the integral's variable is bound to (one per name, shared by the members)."""
    return sp.Symbol(f"∫{var}", real=True)


def integral_value(resolver: Resolver, node: Integral, env: dict[str, Value]) -> Value:
    r"""The value of ``\int body d var``: a combination of atoms (see the module docstring)."""
    body, label = node.args
    assert isinstance(label, Label)
    var = label.name
    y = _bound(var)
    book = resolver.functionals
    value = bound_integrand(resolver, body, var, y, env)

    def linear(entry: sp.Expr) -> sp.Expr:
        expanded = sp.expand(sp.sympify(entry))
        terms = sp.Add.make_args(expanded)
        if len(terms) > MAX_TERMS:
            raise ResolveError("the integrand has too many terms once expanded")
        total: sp.Expr = sp.Integer(0)
        for term in terms:
            constant = [f for f in sp.Mul.make_args(term) if y not in f.free_symbols]
            varying = [f for f in sp.Mul.make_args(term) if y in f.free_symbols]
            if not varying:  # ∫ c dy with nothing depending on y: c times the atom ∫ 1 dy
                varying = [sp.Integer(1)]
            m = sp.expand(sp.Mul(*(_exponential(f, y) for f in varying)))
            shown = f"∫ {_short(m.subs(y, sp.Symbol(var)))} d{var}"
            # never taken out of an expectation: it is a function of the other variables
            atom = book.atom(("∫", var, m), shown, constant_for=f"∫{var}", kind=INTEGRAL_KIND)
            total += sp.Mul(*constant) * atom
        return total

    out = elementwise(linear, value) if is_matrix(value) else linear(value)
    resolver._note(LINEAR.format(var=var))
    return out


def bound_integrand(resolver: Resolver, body: sp.Basic, var: str, y: sp.Symbol, env: dict[str, Value]) -> Value:
    r"""The integrand ``body`` resolved with the integral's variable ``var`` bound to ``y`` (here and in
    documents.definiteintegrals): not read where it writes an integral or an expectation, reaches one through a
    definition, or reaches the notes' own ``var`` through one."""
    if body.atoms(Expectation, Statistic, Integral):
        raise ResolveError("an integral of an integral or an expectation is not read")
    value = resolver.value(body, {**env, var: y})
    if free_symbols(value) & resolver.functionals.symbols:
        # an atom of a functional reached through a definition would be taken for a constant of y
        raise ResolveError("an integral of an integral or an expectation is not read")
    if _outer(value, var):
        # z := w y: the definition's y is the notes' y, which the integral binds; taken for a constant,
        # \int z dy = z \int 1 dy would hold (it does not: \int w y dy ≠ w y \int 1 dy)
        raise ResolveError(f"the integrand reaches the notes' {var} through a definition, while ∫ … d{var} binds it")
    return value


def _outer(value: Value, var: str) -> bool:
    """Does ``value`` still hold a name ``var`` (a symbol or a family's entry), not the bound variable?"""
    for sym in free_symbols(value):
        label = sym.base.label if isinstance(sym, sp.Indexed) else sym
        if getattr(label, "name", None) == var:
            return True
    return False


def _exponential(factor: sp.Expr, y: sp.Symbol) -> sp.Expr:
    r"""``λ^y`` as ``e^{y \log λ}``: one spelling of a power whose exponent holds the variable, so that
    the same integrand written both ways is one atom."""
    if isinstance(factor, sp.Pow) and y in factor.exp.free_symbols and y not in factor.base.free_symbols:
        return sp.exp(sp.expand(factor.exp * sp.log(factor.base)))
    return factor


def _short(e: sp.Basic) -> str:
    text = sp.sstr(e).replace("**", "^").replace("*", "·")
    return text if len(text) <= 60 else text[:57] + "…"
