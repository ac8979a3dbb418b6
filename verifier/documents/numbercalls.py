r"""A name before a number in parentheses: ``\Phi(0)``, ``F(1)``, ``\theta(0)``.

The grammar reads a letter before ``(`` as a factor unless it is a known function (``x(y + 1)``),
so ``\Phi(0) = \tfrac12`` — the standard normal CDF at 0 — became ``\Phi \cdot 0 = 1/2``, i.e.
``0 = 1/2``, a false statement about numbers, FAILED. Nobody multiplies a name by a lone number in
parentheses; written so, it is the value of a function at that number. Where the notes do not define
that function the checker cannot evaluate it, so a failing step that writes one (read as a product)
is SKIPPED with that reason; a known function applied to a number (``\sigma(0)``) is a call already
and keeps its verdict. This module owns that doubt; :mod:`verifier.documents.guesses` asks it.

The same holds for one name applied at two points in a step (:func:`applied_at_points`): ``p(y)`` and
``p(x)`` in ``\log\frac{p(y)}{p(x)}``, ``V(s')`` and ``V(s)``. Nobody writes a factor twice to have it
cancel; written so, it is one function at two points (a density's ratio, a value function's difference).
Read as products the factor cancels (``\log(y/x)``), so a failing step that writes them is SKIPPED with
that reason where the notes do not define the function.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy as sp

from verifier.documents.labelledheads import written_call_name
from verifier.documents.ownbuiltins import OWN_SIGMA, UNSURE_SIGMA
from verifier.latex.special import special_calls
from verifier.latex.vocabulary import GREEK

__all__ = ["applied_at_points", "applied_to_numbers", "calls_read_as_products", "defined_calls_read",
           "plain_products_read", "points_read", "products_read", "variable_calls_read"]

# \Phi(0), F(1), F_{X}(1.5), \theta_0(2): a letter or Greek name, an optional subscript, then (number)
_APPLIED = re.compile(
    r"(?<![A-Za-z\\])(\\[A-Za-z]+|[A-Za-z])\}?(?:_(\{[^{}]*\}|\\?[A-Za-z0-9]+))?\s*"
    r"(?:\\left)?\(\s*([-+]?\d+(?:\.\d+)?)\s*(?:\\right)?\)"
)


def _calls(pattern: re.Pattern[str], latex: str) -> set[str]:
    """The calls ``pattern`` finds in ``latex`` (groups: name, subscript, number) as ``"Phi(0)"``."""
    out = set()
    for m in pattern.finditer(latex):
        name = m.group(1)
        if name.startswith("\\"):
            name = name[1:]
            if name not in GREEK:
                continue
        # \hat f(2), f_1(2): the name as the parser spells it (documents.labelledheads)
        out.add(f"{written_call_name(latex[: m.end(1)], name, m.group(2))}({m.group(3)})")
    return out


def applied_to_numbers(latex: str) -> set[str]:
    r"""The calls ``name(number)`` written in ``latex``, as ``"Phi(0)"`` (Greek names without the
    backslash; other commands such as ``\frac`` or ``\left`` are not names)."""
    return _calls(_APPLIED, latex)


def products_read(latexes: Iterable[str], trees: Iterable[sp.Basic]) -> list[str]:
    """The ``name(number)`` of ``latexes`` that ``trees`` do not read as calls (so read as products)."""
    trees = list(trees)
    called = {f.func.__name__.lower() for t in trees if isinstance(t, sp.Basic) for f in t.atoms(sp.Function)}
    called |= special_calls(trees)  # \Gamma(3): the gamma function, built as 2 (verifier.latex.special)
    called |= {"sigma"} if {OWN_SIGMA, UNSURE_SIGMA} & called else set()  # the notes' own σ (documents.ownbuiltins)
    written = set().union(*(applied_to_numbers(x) for x in latexes if x))
    # f_1(2) read as entry 1 of f(2) (no definition of f_1): a call all the same; f_\theta(2) written "f(2)" here, the
    # call of the labelled f_theta (documents.labelled)
    called |= {c.split("_")[0] for c in called if "_" in c}
    return sorted(w for w in written if not {w.split("(")[0].lower(), w.split("(")[0].split("_")[0].lower()} & called)


# \Phi(0), F(1): a name that is no subscript and closes no group, then an unsigned number in ( ) — not p_k (-1)
# (times -1) nor \frac{a}{n}(2) (a fraction times 2)
_PLAIN_APPLIED = re.compile(
    r"(?<![A-Za-z\\}_^])(\\[A-Za-z]+|[A-Za-z])(?:_(\{[^{}]*\}|\\?[A-Za-z0-9]+))?\s*"
    r"(?:\\left)?\(\s*(\d+(?:\.\d+)?)\s*(?:\\right)?\)"
)


def plain_products_read(latexes: Iterable[str], trees: Iterable[sp.Basic]) -> list[str]:
    r"""The calls of :func:`products_read` written plainly: a name (not a subscript, not after a closing brace)
    before an unsigned number. A green step that holds only with one read as a product is doubted (ids45: ``\Phi(0)
    = 0`` was PROVED as Φ·0 = 0); ``p_k (-1)``, a factor times -1, is no such call."""
    latexes = [x for x in latexes if x]
    plain = set().union(*(_calls(_PLAIN_APPLIED, latex) for latex in latexes))
    return [c for c in products_read(latexes, trees) if c in plain]


# p(y), V(s'), q(\mathbf{x}), \pi(a_t): a letter or Greek name, then one plain name (primed, subscripted) in ( )
_AT_POINT = re.compile(
    r"(?<![A-Za-z\\])(\\[A-Za-z]+|[A-Za-z])\s*(?:\\left)?\(\s*"
    r"((?:\\(?:mathbf|bm|boldsymbol|vec)\s*\{\s*[A-Za-z]\s*\}|\\[A-Za-z]+|[A-Za-z])"
    r"(?:_(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))?\s*'*)\s*(?:\\right)?\)"
)


def applied_at_points(latexes: Iterable[str]) -> dict[str, set[str]]:
    r"""The names ``latexes`` write applied to at least two different plain names, each with the calls
    as written (``{"p": {"p(y)", "p(x)"}}``; Greek names without the backslash)."""
    found: dict[str, dict[str, str]] = {}
    for latex in latexes:
        for m in _AT_POINT.finditer(latex or ""):
            name = m.group(1)
            if name.startswith("\\"):
                name = name[1:]
                if name not in GREEK:
                    continue
            point = re.sub(r"\s+", "", m.group(2))
            found.setdefault(name, {}).setdefault(point, f"{name}({point})")
    return {n: set(calls.values()) for n, calls in found.items() if len(calls) >= 2}


def points_read(latexes: Iterable[str], trees: Iterable[sp.Basic]) -> list[str]:
    r"""The calls of :func:`applied_at_points` whose name ``trees`` do not read as a function (so as a
    factor), sorted; none where neither the name nor a letter of its points is written outside those
    calls: read as products (``V s_1``, ``V s_2``) the calls then still take arbitrary values, so a
    failure is one for every function (a sign flip beside ``V(s_2) - V(s_1)``), not a doubt (review20d)."""
    texts = [x for x in latexes if x]
    trees = list(trees)
    called = {f.func.__name__.lower() for t in trees if isinstance(t, sp.Basic) for f in t.atoms(sp.Function)}
    called |= special_calls(trees)  # \Gamma(a), \Gamma(b): calls, whatever they evaluate to (latex.special)
    called |= {"sigma"} if OWN_SIGMA in called else set()  # the notes' own σ (documents.ownbuiltins, sound44)
    whole = {str(getattr(s, "name", s)) for t in trees if isinstance(t, sp.Basic) for s in t.free_symbols}
    # P(c_1), P(c_0) read as one probability each (documents.probabilityheads): no product to doubt
    at = {n: calls for n, calls in applied_at_points(texts).items() if n.lower() not in called and not calls <= whole}
    if not at:
        return []
    doubted = {c for calls in at.values() for c in calls}

    operand = False  # \log p(y), V(s)^2: read literally log(p)·y, V·s², the call is not one value

    def drop(m: re.Match[str]) -> str:
        nonlocal operand
        name, point = m.group(1).lstrip("\\"), re.sub(r"\s+", "", m.group(2))
        if f"{name}({point})" not in doubted:
            return m.group(0)
        operand = (operand or _OPERATOR_BEFORE.search(m.string, 0, m.start()) is not None
                   or _SCRIPT_AFTER.match(m.string, m.end()) is not None)
        return " "

    outside = _names(" ".join(_AT_POINT.sub(drop, x) for x in texts))
    if not operand and not any((_names(c.partition("(")[2]) | {c.partition("(")[0]}) & outside for c in doubted):
        return []
    return sorted(doubted)


def variable_calls_read(latexes: Iterable[str], trees: Iterable[sp.Basic]) -> list[str]:
    r"""The calls ``p(t)`` of ``latexes`` to a variable ``trees`` differentiate by, whose name they do not
    read as a function (so as the product p·t), sorted. Written beside ``\frac{d}{dt}``, ``p(t)`` is a
    function of t: read as p·t the product rule ``\frac{d}{dt}(p(t)q(t)) = \frac{dp}{dt} q(t) +
    p(t)\frac{dq}{dt}`` was FAILED (redteam10). A name labelled by a superscript counts too (``f^{(2)}(a)``
    beside ``\frac{d}{da}``: ``1 - f^{(2)}(a)^2`` for tanh was FAILED as a product; trust15)."""
    trees = [t for t in trees if isinstance(t, sp.Basic)]
    variables = {v.name for t in trees for d in t.atoms(sp.Derivative) for v in d.variables if isinstance(v, sp.Symbol)}
    if not variables:
        return []
    called = {f.func.__name__.lower() for t in trees for f in t.atoms(sp.Function)}
    called |= {"sigma"} if OWN_SIGMA in called else set()  # the notes' own σ (documents.ownbuiltins, sound44)
    out = set()
    for latex in latexes:
        for m in _LABELLED_AT_POINT.finditer(latex or ""):
            name, point = m.group(1), re.sub(r"\s+", "", m.group(3))
            if re.search(r"[_^]\s*$", latex[: m.start()]):
                continue  # J_c(w), \operatorname{snake}_a(x): the letter labels the function, it is not called
            if name.startswith("\\"):
                name = name[1:]
                if name not in GREEK:
                    continue  # \left(t\right), \cdot (t): brackets after a command, no call (review21b)
            name = written_call_name(latex[: m.end(1)], name, None)  # \hat y(x): yhat (documents.labelledheads)
            if m.group("label"):  # f^{(2)}(a): a labelled function (trust15), read as a product f^(2)·a
                label = re.sub(r"[\s{}]", "", m.group("label"))  # ^{(2)} as the parser names it: f^(2)
                name = name + ("star" if label in ("^*", "^\\ast", "^\\star") else label)
            if point in variables and name != point and name.lower() not in called:
                out.add(f"{name}({point})")
    return sorted(out)


# p(t) as _AT_POINT, and a name labelled by a superscript before the brackets: f^{(2)}(a), g^{[l]}(a), h^{*}(a)
_LABELLED_AT_POINT = re.compile(
    r"(?<![A-Za-z\\])(\\[A-Za-z]+|[A-Za-z])"
    r"(?P<label>\s*\^\s*(?:\{\s*(?:\([^{}()]*\)|\[[^{}\[\]]*\]|\\ast|\\star|\*)\s*\}|\\ast\b|\\star\b|\*))?"
    + _AT_POINT.pattern[len(r"(?<![A-Za-z\\])(\\[A-Za-z]+|[A-Za-z])") :]
)

# a named operator that takes what follows without brackets (\log p(y), \exp q(x)), or a slash (a/V(s)
# reads a·s/V), just before a call
_OPERATOR_BEFORE = re.compile(
    r"(?:/|\\(?:log|ln|exp|sqrt|sin|cos|tan|sinh|cosh|tanh|det|operatorname\s*\{[^{}]*\}|mathrm\s*\{[^{}]*\}))\s*$"
)

# a power, prime or factorial just after a call (V(s)^2 reads V·s²)
_SCRIPT_AFTER = re.compile(r"\s*[\^'!]")


# NAME(v) = … opening a formula or an equation of one: "$z(t) = z_0 e^{\theta t}$", "\qquad z(T) := …" — the head
# of a definition of a function of one plain name
_DEFINED_HEAD = re.compile(
    r"(?:^|\$|\\\[|\\\(|[,;&]|\\q?quad(?![A-Za-z])|\\begin\s*\{[A-Za-z*]+\})\s*"
    r"(\\[A-Za-z]+|[A-Za-z])\s*(?:\\left)?\(\s*(?:\\[A-Za-z]+|[A-Za-z])\s*(?:\\right)?\)"
    r"\s*(?::=|=|\\coloneqq|\\triangleq|\\equiv)",
    re.M,
)


def _defined_functions(text: str) -> set[str]:
    """The names ``text`` defines as functions of one plain name (``z(t) = …``), Greek without the backslash."""
    out = set()
    for m in _DEFINED_HEAD.finditer(text):
        name = m.group(1)
        if not name.startswith("\\") or name[1:] in GREEK:
            out.add(name.lstrip("\\"))
    return out


def defined_calls_read(latexes: Iterable[str], trees: Iterable[sp.Basic], text: str) -> list[str]:
    r"""The calls ``z(T)`` of ``latexes`` (a name applied to one plain name) whose name ``text`` defines as a
    function (``z(t) = z_0 e^{\theta t}``) and ``trees`` read as a factor, sorted. A name defined so and also
    written as a sequence (``z_1``, ``z_k``: Euler's iterates) is inferred a family, and its calls were read as
    products: the adjoint's ``\int_0^T z(T) e^{\theta(T - t)} z_0 e^{\theta t} dt`` FAILED at a vector z (fresh71,
    wrong66), a reading the notes' definition rules out."""
    texts = [x for x in latexes if x]
    trees = [t for t in trees if isinstance(t, sp.Basic)]
    called = {f.func.__name__.lower() for t in trees for f in t.atoms(sp.Function)}
    written: dict[str, set[str]] = {}
    for latex in texts:
        for m in _AT_POINT.finditer(latex):
            if re.search(r"[_^]\s*$", latex[: m.start()]):
                continue  # J_c(w): the letter labels the function
            name = m.group(1).lstrip("\\")
            if m.group(1).startswith("\\") and name not in GREEK:
                continue
            point = re.sub(r"\s+", "", m.group(2))
            written.setdefault(name, set()).add(f"{name}({point})")
    if not written:
        return []
    names = {str(getattr(s, "name", s)) for t in trees for s in t.free_symbols}  # z, a MatrixSymbol z, z of z[0]
    defined = _defined_functions(text)
    return sorted(c for n, calls in written.items() if n in defined and n in names and n.lower() not in called
                  for c in calls)


# a letter, or a control word (a name of the formula only where it is Greek)
_LETTERS = re.compile(r"\\[A-Za-z]+|[A-Za-z]")


def _names(latex: str) -> set[str]:
    """The letters and Greek names ``latex`` writes (Greek without the backslash)."""
    return {t.lstrip("\\") for t in _LETTERS.findall(latex) if not t.startswith("\\") or t[1:] in GREEK}


def calls_read_as_products(latexes: Iterable[str], trees: Iterable[sp.Basic]) -> list[str]:
    r"""Every call of this module's three kinds that ``trees`` read as a product: at a number (``\Phi(0)``), one
    name at two points (``p(y)/p(x)``), at the variable differentiated by (``\Phi(x)`` beside ``\frac{d}{dx}``).
    ``verify check`` reads a claim that writes one as notes are, where these doubts apply (ids45: GELU's
    ``\frac{d}{dx} x\Phi(x) = \Phi(x) + x\phi(x)`` was FAILED as a claim about Φ·x)."""
    latexes, trees = list(latexes), list(trees)
    return sorted({*products_read(latexes, trees), *points_read(latexes, trees), *variable_calls_read(latexes, trees)})
