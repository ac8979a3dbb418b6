r"""An equation the prose says is a truncation: "to first order in $\epsilon$", "for large $n$", "neglecting …".

Notes write a series cut after a term with ``=`` as often as with ``\approx``: "To first order in $\epsilon$,
$$(1 + \epsilon)^2 x = x + 2\epsilon x.$$", "Neglecting the $O(1/n^2)$ term, $$\frac{(n + 1)\mu}{n} + \frac{1}{n^2}
= \mu + \frac{\mu}{n}.$$" Read as identities they fail (at ε = −0.57), and were FAILED; the prose says which reading
is meant, and under it the step is right. A FAILED must hold under every plausible reading.

This module owns the post-pass (:func:`on_truncations`): a FAILED step of a chain whose lead-in (the prose before it,
back to its paragraph's start, and the words before it on its line) says it is a truncation is made SKIPPED, said
why, where the difference of its sides is of the order the words allow in one of the names:

* small (to first / second / leading order, first-order, linearising, for small, ``\to 0``, neglecting,
  dropping, ignoring, Taylor; not "expanding", which an exact expansion says too): ``left − right = o(s^p)`` as
  s → 0, p the order said (first 1, second 2, leading 0) or else the highest power of s the right side writes;
* large (for large, ``\to \infty``, asymptotically, in the limit, ``O(1/n…)``, neglecting …): ``(left − right)·s^p →
  0`` as s → ∞, p the highest power of 1/s the right side writes (the terms it keeps).

A truncation said in an earlier sentence of the paragraph excuses nothing where the display's own sentence calls it
exact ("Exactly, however, $$…$$") and says no truncation itself (sound48).

The names tried are those the lead-in writes alone in inline math (``$\epsilon$``, ``$n$``), else every name of the
difference; where the lead-in writes several, they are also tried together ("to first order in $s$ and $t$": each
scaled by one small factor, the order a total degree: ``s t`` is of second order, sound47). A wrong truncation
(``x + \epsilon x`` to first order; ``\mu + \frac{2\mu}{n}`` for large n) keeps its FAILED: the difference has a
term of the order kept. Never green: a truncation is not proved, only not called wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import sympy as sp

from verifier.documents.members import _Chain
from verifier.documents.records import CheckedChain, remade_failures
from verifier.documents.roundedgivens import applied_builtins
from verifier.documents.sentences import DOLLAR_SPAN
from verifier.latex import LatexError
from verifier.results import StepResult

__all__ = ["on_truncations"]

_SMALL = re.compile(r"\b(?:to\s+(?:first|second|third|leading|lowest)[\s-]+order|(?:first|second)-order|linearis|"
                    r"lineariz|for\s+small|small\s+\$|taylor|neglect\w*|dropp\w*|ignor\w*)|\\to\s*0\b",
                    re.I)  # fmt: skip
_LARGE = re.compile(r"\b(?:for\s+large|large\s+\$|asymptotic\w*|in\s+the\s+limit|neglect\w*|dropp\w*|ignor\w*)|"
                    r"\\to\s*\\infty|O\(\s*1\s*/", re.I)  # fmt: skip
_EXACT = re.compile(r"(?<!in)(?<!not )\bexact(?:ly)?\b", re.I)
_ORDER = {"first": 1, "second": 2, "third": 3, "leading": 0, "lowest": 0}
_ORDER_SAID = re.compile(r"\b(first|second|third|leading|lowest)[\s-]+order", re.I)
_INLINE_NAME = re.compile(r"\$\s*(\\?[A-Za-z]+)\s*(?:\\to[^$]*)?\$")
_OPS = 120  # a longer difference is left as it is: limits of it are slow
_REASON = ("the prose before it says it is a truncation ({said}), and the difference of its sides is of that order "
           "in {name}: not an identity, not called wrong")


def on_truncations(chains: Sequence[_Chain], checked: list[CheckedChain], text: str,
                   parse: Callable[[str], object]) -> list[CheckedChain]:  # fmt: skip
    """``checked`` (one result per chain of ``chains``) with each FAILED step the prose calls a truncation, and that
    is one to the order said, made SKIPPED (module docstring)."""
    if len(chains) != len(checked):
        return checked
    lines = text.split("\n")

    def remake(k: int, s: StepResult) -> StepResult | None:
        lead = _lead_in(lines, chains[k].line)
        small, large = _SMALL.search(lead), _LARGE.search(lead)
        if (small is None and large is None) or _called_exact(lead):
            return None
        order = _ORDER_SAID.search(lead)
        names = {m.group(1).lstrip("\\") for m in _INLINE_NAME.finditer(lead)}
        found = _truncated(s.lhs_latex, s.rhs_latex, parse, names, small is not None, large is not None,
                           _ORDER[order.group(1).lower()] if order else None)
        if found is None:
            return None
        said = (small or large).group(0).strip()  # type: ignore[union-attr]
        return s.skipped(_REASON.format(said=said, name=found))

    return remade_failures(checked, remake)


def _called_exact(lead: str) -> bool:
    """Does the last sentence of ``lead`` (the display's own) call it exact, with no truncation word of its own
    ("… to first order from now on. Exactly, however, $$…$$": the earlier sentence excuses nothing, sound48)?"""
    prose = DOLLAR_SPAN.sub(lambda m: "x" * len(m.group(0)), lead).rstrip()
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", prose)]
    last = prose[ends[-1] if ends else 0:]
    return bool(ends) and _EXACT.search(last) is not None and not (_SMALL.search(last) or _LARGE.search(last))


def _lead_in(lines: list[str], line: int) -> str:
    """The prose of the paragraph before line ``line`` (1-based) and of that line up to its display."""
    own = lines[line - 1] if 1 <= line <= len(lines) else ""
    own = own.split("$$")[0].split("\\[")[0]
    kept: list[str] = []
    for row in reversed(lines[max(line - 6, 0) : line - 1]):
        if not row.strip() or row.lstrip().startswith("#"):
            break
        kept.insert(0, row)
    return " ".join([*kept, own])


def _truncated(lhs: str, rhs: str, parse: Callable[[str], object], names: set[str], small: bool, large: bool,
               order: int | None) -> str | None:  # fmt: skip
    """The name in which ``lhs − rhs`` is of the order a truncation allows (module docstring), or None."""
    try:
        left, right = parse(lhs.strip().rstrip(".,;")), parse(rhs.strip().rstrip(".,;"))
        if not isinstance(left, sp.Expr) or not isinstance(right, sp.Expr):
            return None
        left, right = applied_builtins(left), applied_builtins(right)  # σ(z) = ½ + z/4 for small z
        difference = left - right
        if not difference.free_symbols or sp.count_ops(difference) > _OPS or difference.has(
                sp.Derivative, sp.Integral, sp.Sum, sp.MatrixExpr):
            return None
        symbols = sorted(difference.free_symbols, key=str)
        named = [x for x in symbols if str(x) in names]
        for x in named or symbols:
            if small and _small(difference, right, x, order):
                return str(x)
            if large and _large(difference, right, x):
                return str(x)
        if small and len(named) > 1:  # "to first order in $s$ and $t$": the names together (sound47)
            scale = sp.Symbol("_scale", positive=True)
            together = {x: scale * x for x in named}
            if _small(difference.xreplace(together), right.xreplace(together), scale, order):
                return " and ".join(str(x) for x in named) + " together"
    except (LatexError, ValueError, TypeError, ArithmeticError, NotImplementedError, sp.SympifyError,
            sp.PolynomialError):  # fmt: skip
        return None
    return None


def _small(difference: sp.Expr, right: sp.Expr, x: sp.Symbol, order: int | None) -> bool:
    """``difference = o(x^p)`` as x → 0: p the order said, or the highest power of x ``right`` writes."""
    if order is None:
        try:
            order = int(sp.Poly(sp.expand(right), x).degree())
        except (sp.PolynomialError, sp.GeneratorsNeeded):
            return False
    return bool(sp.limit(difference / x**order, x, 0) == 0 and sp.limit(difference / x**order, x, 0, "-") == 0)


def _large(difference: sp.Expr, right: sp.Expr, x: sp.Symbol) -> bool:
    """``difference · x^p → 0`` as x → ∞, p the highest power of 1/x ``right`` writes."""
    inverse = sp.Symbol("_t", positive=True)
    try:
        kept = int(sp.Poly(sp.expand(right.subs(x, 1 / inverse)), inverse).degree())
    except (sp.PolynomialError, sp.GeneratorsNeeded):
        kept = 0
    return bool(sp.limit(difference * x**kept, x, sp.oo) == 0)
