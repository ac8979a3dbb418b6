r"""Differentiating under 𝔼: the derivative of an expectation or statistic by a parameter it is a function of.

Notes minimise a mean squared error or a variance by setting a derivative to zero:
``\frac{\partial}{\partial \mu}\mathbb{E}[(X - \mu)^2] = 2\mu - 2\mathbb{E}[X]``, or, with ``V(c) = \text{Var}(f) -
2c\,\text{Cov}(f, g) + c^2\,\text{Var}(g)``, ``V'(c) = -2\,\text{Cov}(f, g) + 2c\,\text{Var}(g)``. The linear-
functional reading of 𝔼 (documents.expectation) refused every such member ("a derivative of an expectation or
statistic is not read"): an atom ``𝔼[m]`` is a free number, so a derivative would take it for a constant of the
variable even where m depends on it.

This module owns the reading that lifts that refusal where it is sound. A member that differentiates by a scalar
name θ is a function of θ, so θ is a parameter there, not a quantity 𝔼 integrates out: θ is taken out of every
𝔼 (and scales Var and Cov) of the member as a constant is — 𝔼[(X - μ)²] = 𝔼[X²] − 2μ𝔼[X] + μ². The member is
then read only if **no atom it reads still holds θ** (𝔼[log p(x; θ)], 𝔼[Y | X = x] differentiated by x, Var(θX +
Y)): each atom is then a number that does not depend on θ, the expression is a polynomial in θ over them, and its
derivative is that of the expectation — differentiating under 𝔼 for a distribution that does not depend on θ, the
condition stated in the reading. The arguments of a function the member differentiates whose definition writes an
expectation are parameters too (``J(\mu, \lambda) = \mathbb{E}[…]``: λ is J's argument, not integrated out).

A step so read that fails is SKIPPED as any failure under the linear-functional reading is (a property of 𝔼 may
close the gap), unless documents.expectation's own rules keep it (a gap free of atoms; a number's multiple of a
positive moment both sides write). A gap in the parameters alone is not enough: a condition the prose states ("with
μ = m in place", m = 𝔼[x]) may tie a parameter to an expectation and close it (fresh47's ∂J/∂λ = λs² − 1).

Not read (the refusal stands): a variable that a subscript of an expectation or statistic the member reaches writes
(``\mathbb{E}_{x \sim p_\theta}``: the distribution depends on it), a variable that is not one scalar name (an
entry of a vector, a matrix), a variable whose letter an atom's argument writes (Var(y) by y_k: a sample's
statistic), and an integral (documents.leibniz owns those).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition
from verifier.documents.inferevidence import names_and_functions
from verifier.documents.sentences import INLINE_FORMULA as _INLINE
from verifier.documents.sentences import SPACE_BEFORE_CAPITAL, formula_text
from verifier.documents.values import ResolveError
from verifier.latex.braces import split_top_equals
from verifier.latex.functionals import Expectation, Integral, Statistic, subscript_of

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = ["DISTRIBUTED", "NOT_UNDER", "UNDER", "distribution_names", "parameters_of", "under_expectation"]

#: scope.conventions key: the names the notes write in a distribution ("x \sim \mathcal{N}(\theta, 1)", p_\theta)
DISTRIBUTED = "distributed"
_SPAN = re.compile(r"\$\$?([^$]+)\$\$?")
_TOKEN = re.compile(r"\\([A-Za-z]+)|(?<![A-Za-z\\])([A-Za-z])(?![A-Za-z])")
# what follows \sim in a span; a density's subscript (p_\theta, q_{\phi}, \pi_\theta) or the parameters after ; or |
_DENSITY = re.compile(r"(?<![A-Za-z\\])(?:p|q|\\pi|P|Q)\s*(?:_\s*(\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z0-9])"
                      r"|\(([^()]*[;|][^()]*)\))")

# prose that ties names to a distribution (lead58): every inline name of a sentence that says "distributed", "drawn",
# "density", "policy" … ("exponentially distributed with rate $\theta$", "the policy has parameters $\theta$"), and
# the name right after "rate", "mean", "variance", "parameters" ("a random variable with mean $\theta$"); "the mean
# squared error of a guess $\mu$" and "for a number $c$ the variance of the estimate" name none
_DISTRIBUTION_WORDS = re.compile(
    r"\b(?:distributed|distributions?|densit(?:y|ies)|drawn|sampled|sampling|polic(?:y|ies)|parametri[sz]ed"
    r"|parameteri[sz]ed)\b", re.IGNORECASE)
# … and a scale or a standard deviation (sound59): "Gaussian with standard deviation $\theta$"; a probability ("equal
# to one with probability $\theta$"), and the word joined to the name by "is"/"equals" ("its mean is $\theta$", red60)
_LINK = r"\s+(?:(?:is|equals|equal\s+to)\s+)?(?:\$([^$]+)\$|\\\((.+?)\\\))"
_PARAMETER_WORD = re.compile(r"\b(?:rates?|means?|variances?|parameters?|scales?|standard\s+deviations?"
                             r"|probabilit(?:y|ies))" + _LINK, re.IGNORECASE)
# words that name a family's parameter only in a sentence that names the family or a random variable (red60:
# "Gaussian with precision $\theta$"; "the objective of the location $\mu$ and precision $\lambda$" of score
# matching names the model's parameters, not those of the data 𝔼 averages over; "of shape $n \times d$" is an array)
_FAMILY_PARAMETER_WORD = re.compile(r"\b(?:precisions?|locations?|shapes?|concentrations?|intensit(?:y|ies))" + _LINK,
                                    re.IGNORECASE)
_FAMILY = re.compile(r"\b(?:Gaussian|normal|normally|Laplace|Cauchy|Student|Gamma|Weibull|Dirichlet|Beta|Poisson"
                     r"|random\s+variables?)\b", re.IGNORECASE)
# a tie of names in a formula (sound59): "$x \sim \text{Exp}(\lambda)$ where $\lambda = \theta$"
_ONE_NAME = re.compile(r"\s*(?:\\[A-Za-z]+|[A-Za-z])\s*")
_TIE_SEPARATOR = re.compile(r",|;|\\q?quad(?![A-Za-z])|\\text\s*\{[^{}]*\}")

NOT_UNDER = ("a derivative of an expectation or statistic is not read (𝔼 is read only as a linear functional; "
             "exchanging it with a derivative needs more)")

#: the reading noted on a member read so
UNDER = ("{names} read as parameters of the member (what it differentiates by, or the arguments of the function it "
         "differentiates), taken out of 𝔼 as constants; differentiated under 𝔼: the distribution does not depend on "
         "them, and no expectation read does")


@lru_cache(maxsize=8)
def distribution_names(text: str) -> str:
    """The names ``text`` writes in a distribution, comma-joined: after ``\\sim`` in a formula (``x \\sim
    \\mathcal{N}(\\mu, 1)``: 𝔼[x] moves with μ), in a density's subscript (``p_\\theta``) or after the ``;`` or ``|``
    of its arguments (``p(x; \\theta)``), and the inline names of a sentence whose words name a distribution
    ("exponentially distributed with rate $\\theta$", "the policy has parameters $\\theta$") and the name
    right after "rate", "mean", "variance", "parameters" ("with mean $\\theta$": lead58), "scale", "standard
    deviation", "probability" (or after "is": "its mean is $\\theta$"), "precision", "location", "shape" … in a
    sentence that names a family or a random variable (red60), and every name a formula sets equal to one of
    these (``\\lambda = \\theta`` after ``x \\sim \\text{Exp}(\\lambda)``: sound59). A derivative by one of
    them is not read under 𝔼 (its distribution may depend on it)."""
    out: set[str] = set()
    for sentence in SPACE_BEFORE_CAPITAL.split(text):  # the names of a sentence that names a distribution, in words
        inline = list(_INLINE.finditer(sentence))
        if inline and _DISTRIBUTION_WORDS.search(_INLINE.sub(" ", sentence)):
            out |= {a or b for m in inline for a, b in _TOKEN.findall(formula_text(m))}
        words = list(_PARAMETER_WORD.finditer(sentence))
        if _FAMILY.search(_INLINE.sub(" ", sentence)):
            words += _FAMILY_PARAMETER_WORD.finditer(sentence)
        for m in words:
            out |= {a or b for a, b in _TOKEN.findall(m.group(1) or m.group(2))}
    ties: list[set[str]] = []
    for span in _SPAN.finditer(text):
        math = span.group(1)
        parts = [m.group(0) for m in _DENSITY.finditer(math)]
        if (at := math.find("\\sim")) >= 0:
            parts.append(math[at + 4 :])
        for part in parts:
            out |= {a or b for a, b in _TOKEN.findall(part)}
        for piece in _TIE_SEPARATOR.split(math):  # λ = θ: one name set equal to another
            names = split_top_equals(piece)
            if len(names) > 1 and all(_ONE_NAME.fullmatch(n) for n in names):
                ties.append({a or b for n in names for a, b in _TOKEN.findall(n)})
    while grown := [tie for tie in ties if tie & out and not tie <= out]:  # a name tied to a distributed one
        for tie in grown:
            out |= tie
    return ",".join(sorted(out))


def _variables(tree: sp.Basic) -> set[sp.Basic] | None:
    """The variables the member's derivatives differentiate by; None when one is not a plain symbol."""
    out: set[sp.Basic] = set()
    for node in sp.preorder_traversal(tree):
        if isinstance(node, sp.Derivative):
            out |= {v for v, _ in node.variable_count}
        elif isinstance(node, sp.Subs):
            out |= set(node.variables)
        elif isinstance(node, AppliedUndef) and node.func.__name__ in ("grad", "hessian"):
            if len(node.args) < 2:
                return None  # ∇f: the variable is not written
            out |= set(node.args[1:])
    if not out or not all(isinstance(v, sp.Symbol) for v in out):
        return None
    return out


def _arguments(resolver: Resolver, tree: sp.Basic) -> set[sp.Basic]:
    r"""The parameters of the functions the member's derivatives differentiate, where their definitions write an
    expectation or statistic: ``J(\mu, \lambda) = \mathbb{E}[…]`` makes λ an argument of J, not a quantity 𝔼
    integrates out, in ``\frac{\partial J}{\partial \mu}``."""
    out: set[sp.Basic] = set()
    for node in sp.preorder_traversal(tree):
        if not isinstance(node, sp.Derivative):
            continue
        for name in sorted(names_and_functions(node.expr)):
            d = resolver.scope.names.get((name, ()))
            if isinstance(d, Definition) and d.is_function and d.params:
                try:
                    body = resolver._def_tree(d)
                except ResolveError:
                    continue
                if body.atoms(Expectation, Statistic):
                    out |= {sp.Symbol(p) for p in d.params}
    return out


def parameters_of(resolver: Resolver, tree: sp.Basic, reached: list[sp.Basic]) -> dict[sp.Symbol, str] | None:
    """The symbols of the scalar names the member differentiates by, each with its reading, when the member may be
    read so (see the module docstring); None when not. ``reached``: the expectation, statistic and integral nodes
    the member's derivatives reach (written in it or in the definitions it uses)."""
    if any(isinstance(n, Integral) for n in reached):
        return None
    variables = _variables(tree)
    if variables is None:
        return None
    variables |= _arguments(resolver, tree)
    subscripts = " ".join(subscript_of(n) for n in reached if isinstance(n, Expectation | Statistic))
    distributed = set(resolver.scope.conventions.get(DISTRIBUTED, "").split(","))
    # a hypothesis of the chain that names it (𝔼[x] = θ of a stated distribution): the atoms depend on it
    given = " ".join([resolver.hypotheses_text, *map(str, getattr(resolver.scope, "hypotheses", ()))])
    distributed |= {a or b for a, b in _TOKEN.findall(given)}
    out: dict[sp.Symbol, str] = {}
    for v in sorted(variables, key=str):
        name = str(v)
        if re.search(r"(?<![A-Za-z])\\?" + re.escape(name.lstrip("\\")) + r"(?![A-Za-z])", subscripts):
            return None  # 𝔼_{x ∼ p_θ} differentiated by θ: the distribution depends on it
        if name.lstrip("\\") in distributed:
            return None  # x ∼ N(θ, 1) or p_θ in the notes: the distribution may depend on it
        variable = resolver.instance.variables.get((name, ()))
        if variable is None or len(variable.symbols) != 1:
            return None  # a vector, a matrix, an entry, or a name not read here
        out[variable.symbols[0]] = name
    names = ", ".join(sorted(out.values()))
    return {s: UNDER.format(names=names) for s in out}


def under_expectation(resolver: Resolver, touched: list[tuple[object, ...]], fixed: dict[sp.Symbol, str]) -> bool:
    """Did every expectation or statistic the member read (``touched``: the keys of its atoms) come out free of the
    parameters ``fixed``? Only then is its derivative the derivative under 𝔼."""
    symbols = set(fixed)
    letters = {_letter(str(s)) for s in symbols}
    for key in touched:
        for part in key[2:]:
            parts = part if isinstance(part, tuple) else (part,)
            for p in parts:
                if not isinstance(p, sp.Basic):
                    continue
                # Var(y) differentiated by y_k: the statistic of a sample the variable is an entry of
                if p.free_symbols & symbols or any(_letter(str(s)) in letters for s in p.free_symbols):
                    return False
    return True


def _letter(name: str) -> str:
    """The letter a name is written with, before its subscript: y of y_k, y_{k}, y[k]."""
    return re.split(r"[_\[{(]", name.lstrip("\\"), maxsplit=1)[0] or name

