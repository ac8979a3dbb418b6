r"""Expectations as linear functionals, statistics as opaque quantities: a sound, partial reading.

ML notes derive bias-variance decompositions and MLE results with steps such as
``\mathbb{E}[f + \epsilon] = \mathbb{E}[f] + \mathbb{E}[\epsilon]`` or
``\mathbb{E}[(y - \hat f)^2] = \mathbb{E}[y^2] + \mathbb{E}[\hat f^2] - 2\mathbb{E}[y \hat f]``.
Nothing says which variables are random, what their distribution is, or which are independent, so
the checker cannot compute an expectation. This module owns what it *can* check, and only that:

* **𝔼 is an arbitrary linear functional.** The argument is resolved (definitions in force apply:
  with ``y := f + \epsilon``, ``\mathbb{E}[y]`` is ``\mathbb{E}[f + \epsilon]``), expanded into a sum
  of terms, and each term's *constant* factors are taken out; every distinct remaining term ``m``
  becomes one fresh free variable ``𝔼[m]`` (an *atom*), shared by every member the resolver reads
  (both sides of a step, the whole chain). The ordinary checker then proves or tests the identity
  over those variables. Sound: an identity that holds for every value of the atoms holds for every
  linear functional, hence for the expectation.
* **Deterministic names.** A name the prose calls deterministic ("the sum of a deterministic function
  $f(\mathbf{x})$ and random error") is a constant factor too: ``𝔼[f\hat f] = f\,𝔼[\hat f]``,
  ``𝔼[f] = f`` (:func:`deterministic_names`; the reader passes them in ``scope.conventions``).
* **Constant factors** are numbers; in an expectation written without a subscript, the other
  unsubscripted expectations; in any expectation, the unsubscripted statistics (each of those is one
  number, so ``𝔼[𝔼[y]\,x] = 𝔼[y]\,𝔼[x]``); and ``𝔼[1] = 1``. A symbol is never taken out: nothing
  says it is not random. With a subscript (``\mathbb{E}_{x \sim p}``) only expectations and
  statistics with the *same* subscript are constants: ``\mathbb{E}_{y}[f(x, y)]`` and
  ``\text{Var}_y(f(x, y))`` are functions of ``x``. The subscript is part of the functional's
  identity: ``\mathbb{E}_{x}[a]`` and ``\mathbb{E}_{y}[a]`` are different atoms.
* **Statistics** (``\text{Var}``, ``\text{Cov}``, ``\text{Bias}``) are opaque atoms of their
  (resolved, expanded) arguments: no linearity, no symmetry, no formula — but numbers come out of Var and
  Cov, ``Var(aX + b) = a²Var(X)``, ``Cov(aX + b, cY + d) = ac·Cov(X, Y)`` (true of every random variable;
  a symbol stays in: nothing says it is not random; gaps55). A variance is positive
  (its atom is sampled > 0, so ``\sqrt{\text{Var}(x) + \epsilon}`` is real), and so is the
  expectation of a quantity SymPy knows is nonnegative (``e^x``, ``x^2``); the other atoms are real.
* **What a failure means.** A step that fails under this reading may still be true: it may need
  ``𝔼[\epsilon] = 0``, independence, ``𝔼[c] = c`` for a deterministic ``c``, or
  ``\text{Var}(X) = 𝔼[X^2] - 𝔼[X]^2``. It is SKIPPED with what it also needs
  (:func:`unproved`), never FAILED — unless the difference of its sides holds no atom once expanded
  (``\mathbb{E}[3U + 2] = 3\mathbb{E}[U] + 3`` differs by 1 whatever the expectations are): no property of
  𝔼 changes that, and the step fails as any other does (gaps55). Nor where both sides write the same
  positive atoms (variances, expectations of squares) and differ by an atom-free factor times their product
  (``Var(2X) = 2Var(X)`` differs by 2Var(X)): that is nonzero for every non-degenerate distribution, so the
  step is FAILED, saying so. A verdict that holds is reported with the reading.
* **Not read.** A derivative of anything that reaches an expectation or statistic (interchanging
  them needs conditions, and an atom would wrongly be a constant of the variable), but where
  documents.underexpectation reads it (a parameter no atom depends on); an expectation of a
  derivative; a statistic of a vector.

The tree nodes are :mod:`verifier.latex.functionals`'; the resolver (:mod:`verifier.documents.resolve`)
dispatches them to :func:`functional_value` and owns one :class:`Functionals` per instance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.catalog import D, Variable
from verifier.documents.context import Definition
from verifier.documents.iidfamilies import SAMPLED, family_moment, family_statistic
from verifier.documents.infer import names_and_functions, names_in
from verifier.documents.nosolution import holds_nowhere
from verifier.documents.saidconstants import CONSTANT
from verifier.documents.sentences import SINGLE_DOLLARS
from verifier.documents.values import Ones, ResolveError, Value, elementwise, free_symbols, is_matrix
from verifier.domains import Positive, Real
from verifier.latex.functionals import Expectation, Integral, Statistic, subscript_of
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = [
    "DETERMINISTIC",
    "LINEAR",
    "NOWHERE",
    "POSITIVE",
    "WHATEVER",
    "Functionals",
    "bound_names",
    "deterministic_names",
    "differentiated_functional",
    "functional_value",
    "has_functionals",
    "reached_functionals",
    "statistic_definition",
    "unproved",
]

MAX_TERMS = 400  # terms of an expanded argument (beyond, the step is not read)
LINEAR = "𝔼 read as a linear functional: only linearity is used"
#: a step FAILED under that reading: the difference of its sides holds no expectation or statistic
WHATEVER = "the two sides differ whatever the expectations are"
#: a step FAILED under that reading: its sides differ by a nonzero factor times variances (or 𝔼 of squares) they
#: both write, positive for every non-degenerate distribution
POSITIVE = "the two sides differ by a multiple of a positive moment"
#: … and by a nonzero number (over powers of the names): an equation no value of its names solves
NOWHERE = ", nonzero at every value of the names"
_CONSTANTS = "an expectation or a statistic inside 𝔼 is a constant taken out of it"
_ONE = "𝔼[1] = 1"
_OPAQUE = "{name}(…) read as an unknown quantity of its argument (no other property of {name} is used)"
_SCALED = "Var(aX + b) = a²Var(X) and Cov(aX + b, cY + d) = ac·Cov(X, Y) for numbers a, b, c, d"
#: scope.conventions key: the names the prose calls deterministic ("f@170,g@12": name@line)
DETERMINISTIC = "deterministic"
#: scope.conventions key: the fixed names of the notes' noise models before the line ("w@3,x@3": name@model's line)
MODEL = "model inputs"
# "a deterministic function $f(\mathbf{x})$", "a deterministic but unknown function $f$": a plain name; "a constant
# $c$", "any constant $c > 0$", "a constant $0 < c \le 1$", "constants $a$" (gaps56), a range after (or before) it
_DETERMINISTIC = re.compile(
    r"(?:\bdeterministic(?:\s+but\s+unknown)?(?:\s+(?:function|quantity|value|variable|constant|parameter)s?)?"
    r"|\b(?:a|an|any|some|the|fixed|two|for)\s+(?:(?:real|positive|nonzero|non-zero|fixed|scalar)\s+)?constants?)"
    r"\s*\$\s*(?:-?\d+(?:\.\d+)?\s*(?:<|\\le(?:q)?(?![A-Za-z]))\s*)?(\\?[A-Za-z]+)\s*"
    r"(?:\\left\s*)?(?:\(|\$|<|>|\\(?:le|leq|ge|geq|in|neq|ne)(?![A-Za-z]))"
)
# "$c$ a constant", "$c$ is a constant", "let $c$ be a constant" (sound57: saidconstants' words), "where $c$ is
# constant" (not "constant in $x$": a function of nothing else); a list of names before it, "$\mu$ and $\sigma$ are
# constants", "$a$, $b$ be constants", "$a, b$ are constants", names each (lead64)
_NAMES = r"\$\s*\\?[A-Za-z]+(?:\s*,\s*\\?[A-Za-z]+)*\s*\$"
_LISTED = re.compile(r"\\?[A-Za-z]+")  # a name in one of them
_CALLED_CONSTANT = re.compile(
    rf"((?:{_NAMES}\s*(?:,\s*(?:and\s+)?|and\s+))*{_NAMES})\s*(?:is\s+|are\s+|be\s+)?(?:a\s+|an\s+)?"
    r"(?:(?:real|positive|nonzero|fixed)\s+)?constants?\b(?!\s+(?:in|on|over|along|across|with|of|for)\b)"
)

# "constants $a, b$", "constants $a$ and $b$", "two constants $a$, $b$": the list after the plural word, each name of
# it (lead67: _DETERMINISTIC reads one formula of one name after it)
_CONSTANTS_LISTED = re.compile(
    rf"(?<!-)\bconstants\s*((?:{_NAMES}\s*(?:,\s*(?:and\s+)?|and\s+))*{_NAMES})"
)


# "let $a$ be a random variable", "$a$ is random", "a random variable $a$", "$a \sim \mathcal{N}(0, 1)$": a name the
# notes also call random is not read deterministic where they call it constant too (sound57: the two statements
# may be of two parts of the notes, and which one holds at a step is not read); "$b$ is also random", "$b$ is itself
# random", "let $a$ be a Bernoulli variable" (redlead67: a name a constant before and random after)
_CALLED_RANDOM = re.compile(
    r"\$\s*(\\?[A-Za-z]+)\s*\$\s*(?:is\s+|are\s+|be\s+)?(?:(?:also|itself|themselves|now|instead)\s+)?"
    r"(?:a\s+|an\s+)?(?:random|(?:Bernoulli|Gaussian|normal|uniform|Poisson|binomial|categorical|Rademacher)\s+"
    r"(?:random\s+)?variables?)\b"
    r"|\brandom\s+(?:variables?|vectors?|quantit(?:y|ies))\s*\$\s*(\\?[A-Za-z]+)\s*[$,]"
    r"|\$\s*(\\?[A-Za-z]+)\s*\\sim(?![A-Za-z])"
)


class Functionals:
    """The atoms of one resolver (one instance, one index assignment), shared by all its members."""

    def __init__(self) -> None:
        self._atoms: dict[tuple[object, ...], Variable] = {}
        self._constant_for: dict[sp.Symbol, str | None] = {}  # atom → subscript of the 𝔼 it is constant in
        self.symbols: set[sp.Symbol] = set()
        self.kinds: dict[sp.Symbol, str] = {}  # atom → what a fact about it would be (see _kind)
        self.degenerate: set[sp.Symbol] = set()  # Var(a) of an a the prose calls constant: may be 0 (saidconstants)
        self.touched: list[tuple[object, ...]] | None = None  # keys read in a traced member (underexpectation)
        self.sampled = False  # was an expectation read by a stated i.i.d. family's moments (iidfamilies)?

    def atom(
        self, key: tuple[object, ...], shown: str, *, positive: bool = False, constant_for: str | None,
        kind: str | None = None,
    ) -> sp.Symbol:
        """The free variable standing for ``key`` (created once); ``constant_for``: the subscript of
        the expectations it may be taken out of (``""`` unsubscripted; None: a statistic, any)."""
        if self.touched is not None:
            self.touched.append(key)
        found = self._atoms.get(key)
        if found is None:
            n = len(self._atoms) + 1
            domain = Positive() if positive else Real()
            prefix = {"Var": "V", "∫": "I"}.get(str(key[0]), "E")
            sym = sp.Symbol(f"{prefix}__{n}", **domain.assumptions())
            found = Variable(shown, (sym,), None, domain, sym)
            self._atoms[key] = found
            self.symbols.add(sym)
            self._constant_for[sym] = constant_for
            self.kinds[sym] = kind or _kind(key)
        return found.symbols[0]

    def constant_in(self, sym: sp.Symbol, subscript: str) -> bool:
        """May the atom ``sym`` be taken out of an expectation with this subscript?"""
        if sym not in self._constant_for:
            return False
        owner = self._constant_for[sym]
        return owner is None or owner == subscript

    def shown(self, sym: sp.Symbol) -> str:
        """How an atom is written (``𝔼[ε]``), or '' for a symbol that is not one."""
        return next((v.name for v in self._atoms.values() if v.symbols[0] == sym), "")

    def variables_in(self, members: Iterable[Value]) -> list[Variable]:
        """The atoms' variables the members use (for the claim the engine checks)."""
        used: set[sp.Symbol] = set()
        for m in members:
            used |= free_symbols(m) & self.symbols
        return [v for v in self._atoms.values() if v.symbols[0] in used]


def _kind(key: tuple[object, ...]) -> str:
    """``"mean"`` (𝔼 of one quantity), ``"product"`` (of several), ``"moment"`` (of a power), ``"other"``,
    or the statistic's name."""
    if key[0] != "E":
        return str(key[0])
    m = key[2]
    assert isinstance(m, sp.Basic)
    factors = [f for f in sp.Mul.make_args(m) if f.free_symbols]
    if len(factors) > 1:
        return "product"
    if isinstance(m, sp.Symbol):
        return "mean"
    if isinstance(m, sp.Pow) and m.exp.is_Integer and isinstance(m.base, sp.Symbol):
        return "moment"
    return "other"


def has_functionals(trees: Iterable[sp.Basic], *, integrals: bool = True) -> bool:
    """Does any tree write an expectation or a statistic (or an integral, unless ``integrals`` is
    False: an integral binds its variable, so its integrand is not a quantity of the step's names)?"""
    kinds = (Expectation, Statistic, Integral) if integrals else (Expectation, Statistic)
    return any(isinstance(t, sp.Basic) and t.atoms(*kinds) for t in trees)


def bound_names(trees: Iterable[sp.Basic]) -> set[str]:
    """The names the trees write only inside expectations and statistics: ``z`` of ``b 𝔼[z] / s``, which the
    expectation integrates out (a step relates 𝔼[z], not z, to its other side)."""
    inside: set[str] = set()
    outside: set[str] = set()
    for t in trees:
        if not isinstance(t, sp.Basic):
            continue
        nodes = t.atoms(Expectation, Statistic)
        for node in nodes:
            inside |= names_in(node)
        outside |= names_in(t.xreplace({node: sp.Dummy() for node in nodes}))
    return inside - outside


def differentiated_functional(resolver: Resolver, tree: sp.Basic) -> bool:
    """Does the member differentiate something that reaches an expectation or statistic (written in
    it or in a definition it uses)? Such a member is not read but as documents.underexpectation reads it."""
    return bool(reached_functionals(resolver, tree, first=True))


def reached_functionals(resolver: Resolver, tree: sp.Basic, *, first: bool = False) -> list[sp.Basic]:
    """The expectation, statistic and integral nodes the member's derivatives reach (written in them or in a
    definition they use); ``first``: stop at the first tree that writes one."""
    derivatives = [d for d in sp.preorder_traversal(tree) if _is_derivative(d)]
    found: list[sp.Basic] = []
    seen: set[str] = set()
    todo: list[sp.Basic] = list(derivatives)
    while todo:
        node = todo.pop()
        if (nodes := node.atoms(Expectation, Statistic, Integral)):
            found.extend(sorted(nodes, key=sp.default_sort_key))
            if first:
                return found
        for name in sorted(names_and_functions(node) - seen):  # a set's order follows the hash seed: the
            seen.add(name)  # definitions read here note their readings, which a step's message lists in order
            d = resolver.scope.names.get((name, ()))
            body = getattr(d, "body", None)
            if body:
                try:
                    todo.append(resolver._def_tree(d))  # type: ignore[arg-type]
                except ResolveError:
                    continue
    return found


def _is_derivative(node: sp.Basic) -> bool:
    if isinstance(node, sp.Derivative | sp.Subs):
        return True
    return isinstance(node, AppliedUndef) and node.func.__name__ in ("grad", "hessian")


# ---------------------------------------------------------------------------------------------
# Values


def functional_value(resolver: Resolver, node: Expectation | Statistic, env: dict[str, Value]) -> Value:
    """The value of an expectation or statistic node: atoms over the resolved argument."""
    if isinstance(node, Expectation):
        return _expectation(resolver, node, env)
    return _statistic(resolver, node, env)


def _argument(resolver: Resolver, tree: sp.Basic, env: dict[str, Value], what: str) -> Value:
    value = resolver.value(tree, env)
    if isinstance(value, Ones | D):
        raise ResolveError(f"{what} of {'a vector of ones' if isinstance(value, Ones) else 'a derivative'} "
                           "is not read")  # fmt: skip
    return value


def _expand(e: sp.Expr, what: str) -> sp.Expr:
    expanded = sp.expand(e)
    if len(sp.Add.make_args(expanded)) > MAX_TERMS:
        raise ResolveError(f"the argument of {what} has too many terms once expanded")
    return expanded


def _expectation(resolver: Resolver, node: Expectation, env: dict[str, Value]) -> Value:
    subscript = subscript_of(node)
    shown = f"𝔼_{{{subscript}}}" if subscript else "𝔼"
    value = _argument(resolver, node.args[0], env, shown)
    book: Functionals = resolver.functionals
    used: set[str] = set()

    fixed = _deterministic(resolver)

    def linear(entry: sp.Expr) -> sp.Expr:
        total: sp.Expr = sp.Integer(0)
        for term in sp.Add.make_args(_expand(sp.sympify(entry), shown)):
            constant: list[sp.Expr] = []
            random: list[sp.Expr] = []
            for factor in sp.Mul.make_args(term):
                syms = factor.free_symbols
                if all(book.constant_in(s, subscript) for s in syms):  # numbers have none
                    constant.append(factor)
                    if syms:
                        used.add(_CONSTANTS)
                elif all(book.constant_in(s, subscript) or s in fixed for s in syms):
                    constant.append(factor)
                    used.update(fixed[s] for s in syms if s in fixed)
                else:
                    random.append(factor)
            if not random:
                used.add(_ONE)
                total += sp.Mul(*constant)
                continue
            m = sp.Mul(*random)
            if not subscript and (known := family_moment(resolver, m)) is not None:  # i.i.d. samples (iidfamilies)
                book.sampled = True
                total += sp.Mul(*constant) * known
                continue
            # the expectation of a positive quantity is positive (e^x, x^2 of a nonzero x): sampled so
            positive = bool(m.is_positive or m.is_nonnegative)
            atom = book.atom(("E", subscript, m), f"{shown}[{_short(m)}]", positive=positive, constant_for=subscript)
            total += sp.Mul(*constant) * atom
        return total

    out = elementwise(linear, value) if is_matrix(value) else linear(value)
    resolver._note(LINEAR + "".join(f"; {u}" for u in sorted(used)))
    return out


def called_random(text: str) -> set[str]:
    """The names (as the parser writes them: no backslash) the prose of ``text`` calls random or states with
    ``\\sim``."""
    return {name.lstrip("\\") for m in _CALLED_RANDOM.finditer(text) for name in m.groups() if name}


def deterministic_names(text: str) -> str:
    """The names the prose of ``text`` calls deterministic, as ``name@line`` joined by commas (the
    value of ``scope.conventions[DETERMINISTIC]``); '' when there are none."""
    out: dict[str, int] = {}
    found = [*_DETERMINISTIC.finditer(text), *_CALLED_CONSTANT.finditer(text), *_CONSTANTS_LISTED.finditer(text)]
    random = called_random(text)
    for m in sorted(found, key=lambda m: m.start()):
        # (a list's names are those inside its formulas: not the prose's "and" between them)
        listed = m.re is not _DETERMINISTIC
        names = _LISTED.findall(" ".join(SINGLE_DOLLARS.findall(m.group(1)))) if listed else [m.group(1)]
        for name in (n.lstrip("\\") for n in names):
            if name not in random:
                out.setdefault(name, text.count("\n", 0, m.start()) + 1)
    return ",".join(f"{name}@{line}" for name, line in out.items())


def _deterministic(resolver: Resolver) -> dict[sp.Symbol, str]:
    """The symbols of the scalar names the prose calls deterministic, each with its reading."""
    stated = resolver.scope.conventions.get(DETERMINISTIC, "")
    out: dict[sp.Symbol, str] = {}
    for item in filter(None, stated.split(",")):
        name, _, line = item.partition("@")
        variable = resolver.instance.variables.get((name, ()))
        if variable is None or len(variable.symbols) != 1:
            continue  # a vector or matrix, or a name not used here
        out[variable.symbols[0]] = f"{name} taken out of 𝔼: the prose at line {line} calls it deterministic"
    for item in filter(None, resolver.scope.conventions.get(MODEL, "").split(",")):  # y = wx + b + ε (noisemodel)
        name, _, line = item.partition("@")
        variable = resolver.instance.variables.get((name, ()))
        for s in variable.symbols if variable is not None else ():  # every entry of a fixed vector is fixed
            out.setdefault(s, f"{name} taken out of 𝔼: the model at line {line} adds the noise the prose states to it")
    out.update(resolver.parameters)  # the names a member differentiates by (documents.underexpectation)
    return out


def _statistic(resolver: Resolver, node: Statistic, env: dict[str, Value]) -> Value:
    name = node.args[0].name
    subscript = subscript_of(node)
    parts = node.args[1 : -1 if subscript else None]
    values: list[Value] = []
    for tree in parts:
        v = _argument(resolver, tree, env, name)
        if is_matrix(v):
            raise ResolveError(f"{name} of a vector or matrix (a covariance matrix?) is not read")
        values.append(v)
    stated = resolver.scope.names.get((name, ()))
    if isinstance(stated, Definition) and stated.is_function and len(stated.params) == len(values) and not subscript:
        resolver._note(f"{name}(…) as the notes state it (line {stated.line}): {stated.body}" if stated.line else
                       f"{name}(…) by its definition, {stated.body}")  # independent names (independentstatistics)
        return resolver._call_definition(stated, values, env)
    args = [_expand(sp.sympify(v), name) for v in values]
    if not subscript and (known := family_statistic(resolver, name, args)) is not None:  # documents.iidfamilies
        resolver.functionals.sampled = True
        return known
    scale: sp.Expr = sp.Integer(1)
    if name in ("Var", "Cov"):  # Var(aX + b) = a²Var(X), Cov(aX + b, cY + d) = ac Cov(X, Y) for numbers (gaps55)
        # … and for the names the prose calls constant or deterministic (gaps56)
        fixed = {k: v for k, v in _deterministic(resolver).items() if any(k in sp.sympify(a).free_symbols
                                                                          for a in args)}  # fmt: skip
        parts = [_scaled(a, frozenset(fixed)) for a in args]
        if any(k == 0 for k, _ in parts):
            resolver._note(_SCALED)
            for reading in sorted(set(fixed.values())):
                resolver._note(reading)
            return sp.Integer(0)  # the statistic of a number
        if any(m != a for (_, m), a in zip(parts, args, strict=True)):
            resolver._note(_SCALED)
            for reading in sorted(set(fixed.values())):
                resolver._note(reading)
        scale = sp.Mul(*(k for k, _ in parts)) ** (2 if name == "Var" else 1)
        args = [m for _, m in parts]
    resolver._note(_OPAQUE.format(name=name))
    shown = f"{name}{'_{' + subscript + '}' if subscript else ''}({', '.join(_short(a) for a in args)})"
    # a statistic is one number: it may be taken out of any expectation (None); with a subscript it is
    # a function of the other variables (Var_x(f(x, y)) depends on y), constant only in 𝔼 over the same
    owner = subscript or None
    atom = resolver.functionals.atom((name, subscript, tuple(args)), shown, positive=name == "Var", constant_for=owner)
    if _of_constants(resolver, args):
        resolver.functionals.degenerate.add(atom)
    return scale * atom


def _of_constants(resolver: Resolver, args: Sequence[sp.Expr]) -> bool:
    """Does every argument of a statistic write only names the prose calls constant or deterministic (documents.
    saidconstants)? Its value may then be 0: Var(a) of "a constant $a$" is no positive moment."""
    said = set(filter(None, resolver.scope.conventions.get(CONSTANT, "").split(",")))
    constants = set(_deterministic(resolver))
    for name in said:
        variable = resolver.instance.variables.get((name, ()))
        if variable is not None:
            constants |= set(variable.symbols)
    return all(a.free_symbols and a.free_symbols <= constants for a in args)


def _scaled(arg: sp.Expr, fixed: frozenset[sp.Symbol] = frozenset()) -> tuple[sp.Expr, sp.Expr]:
    """``arg`` (expanded) as ``k·m + b`` with numbers k and b (or expressions of the ``fixed`` names, which the prose
    calls constant): ``(k, m)``, m's first term (in SymPy's order of the terms without their numbers) with
    coefficient 1, so that ``2X - 2Y`` and ``Y - X`` give the same m; ``(0, 0)`` for a number."""
    terms = [t for t in sp.Add.make_args(arg) if t.free_symbols - fixed]
    if not terms:
        constant = arg.is_number or not (arg.free_symbols - fixed)
        return (sp.Integer(0), sp.Integer(0)) if constant else (sp.Integer(1), arg)
    split = [t.as_independent(*(t.free_symbols - fixed), as_Add=False) for t in terms]
    k, _ = min(split, key=lambda cm: sp.default_sort_key(cm[1]))
    if k.free_symbols - fixed or k == 0:
        return sp.Integer(1), arg
    return k, sp.expand(sp.Add(*terms) / k)


def statistic_definition(left: sp.Basic, right: sp.Basic, body: str, line: int) -> Definition | None:
    r"""``\text{Var}(z) = \mathbb{E}[z^2] - \mathbb{E}[z]^2`` in the notes: the formula of a statistic
    they state, used for the lines after it (a Definition of the function ``Var``). Only a formula in
    terms of expectations of its plain parameters is one: ``\text{Var}(\hat{w}) = \sigma^2 (X^T X)^{-1}``
    is a result about one quantity, not what Var means."""
    if not isinstance(left, Statistic) or subscript_of(left):
        return None
    params = left.args[1:]
    if not all(isinstance(p, sp.Symbol) for p in params) or len(set(params)) != len(params):
        return None
    if not right.atoms(Expectation) or not set(params) <= right.free_symbols:
        return None
    name = left.args[0].name
    return Definition((name, ()), body, tuple(p.name for p in params), (), None, True, line)


def _short(e: sp.Basic) -> str:
    text = sp.sstr(e).replace("**", "^").replace("*", "·")
    return text if len(text) <= 60 else text[:57] + "…"


# ---------------------------------------------------------------------------------------------
# Verdicts


def unproved(
    members: Sequence[Value], book: Functionals, r: StepResult, k: int, trees: Sequence[sp.Basic] = (),
) -> StepResult:
    """A step ``members[k] = members[k + 1]`` the engine refuted under the linear-functional reading:
    SKIPPED with what else it needs (a property of the expectation may make it true) — unless the difference of
    its sides, expanded, holds no atom: then no property of 𝔼 changes it, and the FAILED stands, saying so
    (:data:`WHATEVER`; :data:`NOWHERE` where it is a nonzero number, which no value of the names solves). A link
    with no atom at all (the hypotheses settled them; ``trees``: its members', which write an 𝔼) fails as written."""
    if r.verdict is not Verdict.FAILED:
        return r
    a, b = members[k], members[k + 1]
    if not (free_symbols(a) | free_symbols(b)) & book.symbols:
        return _settled(r, trees, SAMPLED if book.sampled else "the hypotheses")
    entries = _difference(a, b)
    if entries is not None and not any(e.free_symbols & book.symbols for e in entries):
        # no property of 𝔼 closes the gap: it fails as any step does (gaps55); a nonzero number apart (over the
        # names' powers), no value of the names solves it either (documents.nosolution)
        nowhere = NOWHERE if len(entries) == 1 and _nowhere(a, b, entries[0]) else ""
        shown = _short(entries[0] if len(entries) == 1 else sp.Matrix(entries).T)
        return replace(r, message="; ".join(x for x in (f"{WHATEVER} (they differ by {shown}{nowhere})", r.message)
                                            if x))  # fmt: skip
    if entries is not None and len(entries) == 1 and (gap := _positive_gap(a, b, entries[0], book)):
        return replace(r, message="; ".join(x for x in (gap, r.message) if x))
    return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=_needs(a, b, book))


def _positive_gap(a: Value, b: Value, difference: sp.Expr, book: Functionals) -> str:
    """The scalar sides differ by an atom-free factor times a product of atoms both sides write, each positive for
    every non-degenerate distribution (a variance, the expectation of a square): that, said, or ''. A side that
    writes none of them says what they are (``Var(c) = 0`` for a constant c) and is not read so."""
    atoms = sorted(difference.free_symbols & book.symbols, key=str)
    if not atoms or not all(s.is_positive and s not in book.degenerate for s in atoms):
        return ""
    if not all(s in free_symbols(a) and s in free_symbols(b) for s in atoms):
        return ""
    try:
        poly = sp.Poly(difference, *atoms)
    except sp.PolynomialError:
        return ""
    if len(poly.terms()) != 1 or poly.total_degree() == 0:
        return ""
    (powers, factor), = poly.terms()
    if factor.free_symbols & book.symbols or factor == 0:
        return ""
    shown = " ".join(f"{book.shown(s)}" + (f"^{p}" if p > 1 else "") for s, p in zip(atoms, powers, strict=True) if p)
    # a nonzero number times it: no value of the names makes the sides agree either (an equation none solves)
    nowhere = NOWHERE if factor.is_number and not (sp.sympify(a).atoms(sp.Float) or sp.sympify(b).atoms(sp.Float)) \
        else ""  # fmt: skip
    return (f"{POSITIVE} (they differ by ({_short(factor)})·{shown}{nowhere}, and {shown} > 0 for every "
            "non-degenerate distribution)")


def _settled(r: StepResult, trees: Sequence[sp.Basic], by: str) -> StepResult:
    r"""A step writing an expectation (``trees``: its members') whose members hold no atom once the chain's
    hypotheses are in (``\mathbb{E}[z] = s`` of a stated Bernoulli): a FAILED with a counterexample fails as any
    step does, said so (:func:`functional_verdict` then keeps it)."""
    if r.verdict is not Verdict.FAILED or r.counterexample is None or not has_functionals(trees, integrals=False):
        return r
    said = f"{WHATEVER} ({by} leave none in the step)"
    return replace(r, message="; ".join(x for x in (said, r.message) if x))


def _difference(a: Value, b: Value) -> list[sp.Expr] | None:
    """The entries of ``a - b``, expanded (None: not a difference the reading takes)."""
    try:
        diff = sp.Matrix(a) - sp.Matrix(b) if is_matrix(a) and is_matrix(b) else sp.Matrix([sp.sympify(a - b)])
        return [sp.expand(e) for e in diff]
    except (TypeError, ValueError, sp.ShapeError):
        return None


def _nowhere(a: Value, b: Value, difference: sp.Expr) -> bool:
    """Is the scalar ``a - b`` (expanded: ``difference``) nonzero wherever it is defined? A nonzero number (not a
    decimal, which may be a rounding) once the atoms cancel, or one over a product of the names' powers."""
    if is_matrix(a) or is_matrix(b):
        return False
    left, right = sp.sympify(a), sp.sympify(b)
    if left.atoms(sp.Float) or right.atoms(sp.Float):
        return False
    if not difference.free_symbols:
        return bool(difference.is_number and difference != 0)
    return holds_nowhere(left, right)


def _needs(a: Value, b: Value, book: Functionals) -> str:
    lead = "does not follow from linearity of expectation alone"
    if book.kinds and {book.kinds[s] for s in (free_symbols(a) | free_symbols(b)) & book.symbols} == {"integral"}:
        lead = "does not follow from linearity of the integral alone (it may need ∫p = 1, or the integral's value)"
        return lead
    entries = _difference(a, b)
    if entries is None:
        return f"{lead} (𝔼 read as a linear functional)"
    atoms = {s for e in entries for s in e.free_symbols} & book.symbols
    variables = [v for v in book.variables_in([sp.Add(*entries)]) if v.symbols[0] in atoms]
    names = ", ".join(v.name for v in variables[:4]) + (", …" if len(variables) > 4 else "")
    kinds = {book.kinds[v.symbols[0]] for v in variables}
    facts = {
        "mean": "𝔼[c] = c for a deterministic c, or a zero mean such as 𝔼[ε] = 0",
        "product": "independence (𝔼[XY] = 𝔼[X]𝔼[Y]), a deterministic factor (𝔼[cX] = c𝔼[X]) or a known moment",
        "moment": "a known moment such as 𝔼[ε²] = σ²",
        "Var": "Var(X) = 𝔼[X²] − 𝔼[X]²",
        "Cov": "Cov(X, Y) = 𝔼[XY] − 𝔼[X]𝔼[Y]",
        "Bias": "the definition of Bias",
    }
    hints = [fact for kind, fact in facts.items() if kind in kinds]
    also = "; or ".join(hints) if hints else "a property of the expectation beyond linearity"
    return f"{lead}: it also needs facts about {names} ({also})"


def functional_verdict(trees: Sequence[sp.Basic], r: StepResult) -> StepResult | None:
    """A FAILED step that writes an expectation or statistic (whatever made it fail: a shape, a
    reading of its other names) is SKIPPED: under the linear-functional reading a failure does not
    show the step is false. None when the verdict stands."""
    if r.verdict is not Verdict.FAILED or not has_functionals(trees) or any(x in (r.message or "") for x in
                                                                             (WHATEVER, POSITIVE)):
        return None  # a difference free of atoms (unproved) fails under every reading of the expectations
    why = "does not follow from linearity of expectation alone (it fails read so; a property of 𝔼 may make it hold)"
    return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message="; ".join(x for x in (why, r.message) if x))
