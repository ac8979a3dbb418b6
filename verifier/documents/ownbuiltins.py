r"""Where the notes make ``\sigma`` a function of their own (a noise schedule, a spread that varies, a kernel).

``\sigma(z)`` is the logistic function by default (:mod:`verifier.documents.functions`), and the reader applies
it by name wherever σ is called — in the resolver and in every check that evaluates a formula of numbers
(roundings, worked numbers, stated data). Notes that define σ as another function ("Let the noise schedule be
$\sigma(t) = 0.25t$.") were read over their own definition: the definition FAILED as a logistic identity,
``\sigma(2) \approx 0.5`` (the schedule's 0.5) FAILED and ``\sigma(4) \approx 0.98`` (the schedule gives 1.0)
PASSED as a rounding of the logistic's 0.982 — a false green (review42). This module owns the decision.

A definition ``\sigma(t) = <body>`` (the head opening its formula, its parameters plain names, ``=``, ``:=`` or
``\coloneqq``) makes σ the notes' own function when its body cannot be an attempt at the logistic: a formula built
of numbers and names by
``+``, ``-``, products, quotients, roots and powers with a number for exponent (no exponential, logarithm,
function, maximum or case; the logistic and each of its wrong versions a student writes has an exponential), and
its line does not call it the sigmoid or logistic function; or, whatever its body, where the words of its line name
another function (a schedule, a spread, a width, a kernel, a decay, a noise level: "the noise schedule $\sigma(t) =
e^{-t}$", sound44) and do not say sigmoid or logistic. A body with an exponential and no such words stays a claim
about the logistic function (``\sigma(z) = \frac{1}{1 + e^{z}}`` FAILED, as before). Its reach: from its own line to the
next definition of σ (own or a claim about the logistic, which renews σ as the logistic), not into another part
(:mod:`verifier.documents.partscope`). There every ``\sigma`` written before a bracket, a prime or a power (not
a subscripted ``\sigma_i``) is read as the name ``\sigma_{\text{notes}}`` (:func:`as_own`): the definitions
key it so, the resolver applies the notes' body, and no check evaluates it as the logistic (the registry does
not know the name). A line inside that reach that calls σ the sigmoid or the logistic function ("The gate uses the
logistic sigmoid, …, $$\sigma(4) = 1$$") may mean either: there σ is read as ``\sigma_{\text{unsure}}``
(:data:`UNSURE_SIGMA`), a function nothing defines, so the step is SKIPPED — the schedule's ``\sigma(4) = 1`` had made
it PROVED and the logistic's ``\sigma(0) = 0.5`` FAILED (redteam44). Other built-in names (softmax, ReLU,
softplus) are not made the notes' own here, and
``\tanh``, ``\exp``, ``\log`` are operators with one meaning.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import sympy as sp

from verifier.documents.partscope import OTHER, relation
from verifier.documents.sentences import DOLLAR_SPAN
from verifier.latex import DEFAULT_FUNCTIONS, LatexError, parse_latex

__all__ = ["OWN_SIGMA", "UNSURE_SIGMA", "as_own", "own_sigma_at", "own_sites", "unsure_sigma_at"]

#: the name the notes' own σ is read as (the parser reads ``\sigma_{\text{notes}}`` so)
OWN_SIGMA = "sigma_notes"
#: the name σ is read as on a line that also says sigmoid/logistic inside the notes' own σ's reach: undecided
UNSURE_SIGMA = "sigma_unsure"

_PARAMS = r"\s*(?:\\left\s*)?\(\s*(?P<params>[A-Za-z](?:\s*,\s*[A-Za-z])*)\s*(?:\\right\s*)?\)"
# the definition's head opens its formula: after a dollar, \[, a row's & or \\, a \quad, or at a line's start
_SITE = re.compile(r"(?:^|\$|\\\[|&|\\\\|\\q?quad)\s*\\sigma(?![A-Za-z_])" + _PARAMS
                   + r"\s*(?::=|\\coloneqq|=)(?P<body>[^$=]*?)"
                   r"(?=\$|\\\\|\\quad|\\qquad|,\s|\.\s|\.?\s*$|\\text|\\label|=|\\end)", re.M)  # fmt: skip
_LOGISTIC_WORD = re.compile(r"sigmoid|logistic", re.I)
#: words of the definition's line that name another function (sound44): "the noise schedule", "a spread", "the
#: kernel width" — such a σ is the notes' own whatever its body (``\sigma(t) = e^{-t}``)
_OWN_ROLE = re.compile(r"\b(?:schedule|spread|bandwidth|width|kernel|decay|noise\s+level|noise\s+scale|"
                       r"standard\s+deviation|variance)\b", re.I)
# \sigma before a bracket (perhaps sized), a prime or a power: a call; \sigma_i, \sigma = 2, \sigma^2 alone: not
_CALLED = re.compile(r"\\sigma(?![A-Za-z_])"
                     r"(?=\s*(?:\^\s*(?:\{[^{}]*\}|\S)\s*)?(?:'+\s*)?(?:\\left\s*|\\[bB]igg?l?\s*)?\()")


class Site(NamedTuple):
    """A definition of σ in the notes: its 1-based line and whether it makes σ the notes' own function."""

    line: int
    own: bool


#: a name or command written before a bracket in a body: a call (``\zeta(-x)``, ``\sigma(-x)``, ``g(t)``), not
#: arithmetic — the parser, told σ is no function, would read it as a product
_CALL_IN_BODY = re.compile(r"(?:\\(?!left|right|[bB]igg?[lr]?\b)[A-Za-z]+|(?<!\\)\b[A-Za-z])\s*(?:'\s*)*\(")


def _algebraic(body: str, params: Sequence[str]) -> bool:
    """Is ``body`` a formula of numbers and names by arithmetic, roots and number powers, that writes a parameter?"""
    if _CALL_IN_BODY.search(body):
        return False
    try:
        tree = parse_latex(body, functions=DEFAULT_FUNCTIONS - {"sigma"})
    except LatexError:
        return False
    if not isinstance(tree, sp.Expr) or tree.atoms(sp.Function, sp.Derivative, sp.Integral, sp.Sum, sp.Product):
        return False
    if any(isinstance(n, sp.Symbol) and n.name in ("e", "exp") for n in tree.free_symbols):
        return False  # e^{-t}: the constant e, written as a letter
    if not {s.name for s in tree.free_symbols} & set(params):
        return False  # \sigma(t) = 2: a value, not a function
    return all(p.exp.is_number for p in tree.atoms(sp.Pow))


def _prose(line: str) -> str:
    """``line`` without its math (the words only)."""
    return DOLLAR_SPAN.sub(" ", line)


def _writes(body: str, params: Sequence[str]) -> bool:
    """Does ``body`` (read with σ no function) write one of ``params``?"""
    try:
        tree = parse_latex(body, functions=DEFAULT_FUNCTIONS - {"sigma"})
    except LatexError:
        return False
    return bool({getattr(s, "name", "") for s in getattr(tree, "free_symbols", set())} & set(params))


@functools.lru_cache(maxsize=16)
def own_sites(text: str) -> tuple[Site, ...]:
    r"""Each definition of σ in ``text``, in the order of the lines."""
    if "\\sigma" not in text:
        return ()
    lines = text.split("\n")
    out = []
    for m in _SITE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        params = [p.strip() for p in m.group("params").split(",")]
        body = m.group("body").strip()
        if not body:
            continue
        said = _LOGISTIC_WORD.search(lines[line - 1]) is None
        own = said and (_algebraic(body, params) or (_OWN_ROLE.search(_prose(lines[line - 1])) is not None
                                                     and _writes(body, params)))
        out.append(Site(line, own))
    return tuple(out)


def own_sigma_at(text: str, lines: Sequence[str], line: int) -> int | None:
    """The line of the notes' definition that makes σ their own function at ``line`` (from that definition's
    line on, to the next definition of σ, not in another part), or None."""
    before = [s for s in own_sites(text) if 0 < s.line <= line]
    if not before or not before[-1].own:
        return None
    at = before[-1].line
    return None if relation(lines, at, line) == OTHER else at


def unsure_sigma_at(lines: Sequence[str], line: int, own: int | None) -> bool:
    """Is ``line`` inside the reach of the notes' own σ (defined at line ``own``) a line that calls σ the sigmoid or
    the logistic function, so that which σ it means is undecided?"""
    return own is not None and line != own and 0 < line <= len(lines) and \
        _LOGISTIC_WORD.search(lines[line - 1]) is not None  # fmt: skip


def as_own(latex: str, unsure: bool = False) -> str:
    r"""``latex`` with every ``\sigma`` called (before a bracket, a prime or a power) written
    ``\sigma_{\text{notes}}`` (``\sigma_{\text{unsure}}`` where ``unsure``: :func:`unsure_sigma_at`)."""
    if "\\sigma" not in latex:
        return latex
    return _CALLED.sub(r"\\sigma_{\\text{unsure}}" if unsure else r"\\sigma_{\\text{notes}}", latex)
