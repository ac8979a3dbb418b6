r"""Ranges the prose states for a name (``for $0 < \alpha < 1$``, ``$\lambda > 0$``,
``$p \in (0, 1)$``), and which steps a blanket restriction must not be tried on.

Two readings of :mod:`verifier.documents.doubts` restrict *every* undeclared quantity (positive, or
in (0, 1)): right for ``\log p`` with p a probability, wrong for a piecewise step. On
``\max(\alpha z, z) = \mathrm{ReLU}(z) + \alpha\,\mathrm{ReLU}(-z)`` (a sign flip) the restriction
z > 0 removes the branch where the mistake shows, and the step was PASSED. A step with a piecewise
function (max, min, |·|, ReLU, an indicator) keeps the names whose sign selects a branch out of those
blanket readings (z stays real; the slope α of max(αz, z) may still be read in (0, 1)); the range the
notes state for a name (α in (0, 1), and only α) is a reading of its own, tried first and reported
with the step.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

import sympy as sp

from verifier.documents.context import DomainSpec, Scope, VarDecl
from verifier.documents.deniedranges import denied, left_for_general, universal
from verifier.latex.vocabulary import GREEK_VARIANTS

__all__ = [
    "denied_ranges", "earlier_memberships", "excluded_point", "piecewise_variables", "restricted", "scalar_range",
    "scalar_ranges", "sent_elsewhere", "stated_bounds", "stated_ranges",
]  # fmt: skip

#: the note of the reading with the ranges the prose states (a reading the notes state, not a blanket guess)
AS_STATED = "as the prose states"
_PIECEWISE_NAMES = frozenset({"relu", "leakyrelu", "leaky_relu", "prelu", "step", "heaviside", "sign", "sgn"})
_NUM = r"([-+]?\d+(?:\.\d+)?)"
_NAME = r"(\\?[A-Za-z]+)"
_LT = r"(?:<|\\le|\\leq|\\leqslant|\\lt)(?![A-Za-z])"
_GT = r"(?:>|\\ge|\\geq|\\geqslant|\\gt)(?![A-Za-z])"
_BETWEEN = re.compile(rf"^\s*{_NUM}\s*{_LT}\s*{_NAME}\s*{_LT}\s*{_NUM}\s*[,.;]?\s*$")
_IN = re.compile(rf"^\s*{_NAME}\s*\\in\s*[(\[]\s*{_NUM}\s*,\s*{_NUM}\s*[)\]]\s*[,.;]?\s*$")
# "for $w > 0$", and against any number: "for $m < 1$" (a hinge's active side, fresh41)
_ABOVE = re.compile(rf"^\s*{_NAME}\s*{_GT}\s*{_NUM}\s*[,.;]?\s*$")
_BELOW = re.compile(rf"^\s*{_NAME}\s*{_LT}\s*{_NUM}\s*[,.;]?\s*$")
# "for $x \neq 0$": the whole line but a point (sound23); the point is read from the formula (excluded_point)
_NOT_AT = re.compile(rf"^\s*{_NAME}\s*(?:\\neq|\\ne|\\not\s*=|≠)(?![A-Za-z])\s*{_NUM}\s*[,.;]?\s*$")
# "$p, q \in (0, 1)$", "$a, b > 0$", "$0 < s, t < 1$": one range for each name of a list (cover65)
_NAMES = rf"({_NAME[1:-1]}(?:\s*,\s*{_NAME[1:-1]})+)"
_LIST_FORMS = (
    (re.compile(rf"^\s*{_NUM}\s*{_LT}\s*{_NAMES}\s*{_LT}\s*{_NUM}\s*[,.;]?\s*$"), 2, 1, 3),
    (re.compile(rf"^\s*{_NAMES}\s*\\in\s*[(\[]\s*{_NUM}\s*,\s*{_NUM}\s*[)\]]\s*[,.;]?\s*$"), 1, 2, 3),
    (re.compile(rf"^\s*{_NAMES}\s*{_GT}\s*{_NUM}\s*[,.;]?\s*$"), 1, 2, None),
    (re.compile(rf"^\s*{_NAMES}\s*{_LT}\s*{_NUM}\s*[,.;]?\s*$"), 1, None, 2),
)
_INLINE = re.compile(r"(?<![\\$])\$([^$]+)\$")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")


def piecewise_variables(trees: Iterable[sp.Basic]) -> set[str]:
    """Names whose sign selects a branch of a piecewise function in ``trees``: a name written alone as
    an argument of max/min (z in max(αz, z), not the slope α), every name in the argument of |·|,
    ReLU, a step or sign function, and in the condition of an indicator or a case."""
    out: set[str] = set()
    for t in trees:
        for m in t.atoms(sp.Max, sp.Min):
            for a in m.args:
                alone = -a if a.could_extract_minus_sign() else a
                if isinstance(alone, sp.Symbol):
                    out.add(alone.name)
        for f in t.atoms(sp.Abs, sp.Heaviside, sp.sign, sp.Function):
            if isinstance(f, sp.Abs | sp.Heaviside | sp.sign) or f.func.__name__.lower() in _PIECEWISE_NAMES:
                out |= {s.name for s in f.args[0].free_symbols if isinstance(s, sp.Symbol)}
        for pw in t.atoms(sp.Piecewise):
            for _, cond in pw.args:
                if isinstance(cond, sp.Basic):
                    out |= {s.name for s in cond.free_symbols if isinstance(s, sp.Symbol)}
    return out


def scalar_range(formula: str) -> tuple[str, float, float] | None:
    r"""The name and interval a formula states alone: ``0 < \alpha < 1``, ``p \in (0, 1)``, ``w > 0``,
    ``w < 0``, ``m < 1`` (open or closed alike: the ends have measure zero); None for any other formula."""
    if b := _BETWEEN.match(formula):
        return b.group(2), float(b.group(1)), float(b.group(3))
    if i := _IN.match(formula):
        return i.group(1), float(i.group(2)), float(i.group(3))
    if a := _ABOVE.match(formula):
        return a.group(1), float(a.group(2)), math.inf
    if n := _BELOW.match(formula):  # "and for $w < 0$": the other branch of |w|
        return n.group(1), -math.inf, float(n.group(2))
    if e := _NOT_AT.match(formula):  # "for $x \neq 0$": every real but one (excluded_point gives it)
        return e.group(1), -math.inf, math.inf
    return None


def scalar_ranges(formula: str) -> list[tuple[str, float, float]]:
    r"""Each name and interval a formula states alone: :func:`scalar_range`'s one name, or a list of names
    bounded alike (``p, q \in (0, 1)``, ``a, b > 0``, ``0 < s, t < 1``: each name of the list in that
    interval, as notes write it); [] for any other formula."""
    if (one := scalar_range(formula)) is not None:
        return [one]
    for pattern, names, lo, hi in _LIST_FORMS:
        if m := pattern.match(formula):
            low = float(m.group(lo)) if lo is not None else -math.inf
            high = float(m.group(hi)) if hi is not None else math.inf
            return [(name.strip(), low, high) for name in m.group(names).split(",")]
    return []


def excluded_point(formula: str) -> float | None:
    r"""The point ``x \neq c`` excludes (a range of the whole line but c), None for any other formula."""
    e = _NOT_AT.match(formula)
    return float(e.group(2)) if e else None


def restricted(scope: Scope, name: str, lo: float, hi: float, exclude: float | None = None) -> Scope | None:
    """``scope`` with the inferred scalar ``name`` in (lo, hi) (and not at ``exclude``); None when the name
    is not one."""
    entry = scope.names.get((name, ()))
    if (name, ()) not in scope.inferred or not isinstance(entry, VarDecl) or entry.kind != "scalar" or lo >= hi:
        return None
    out = scope.copy()
    domain = DomainSpec("positive", 0.0, math.inf) if hi == math.inf and lo == 0 else DomainSpec("interval", lo, hi)
    if exclude is not None:  # x ≠ 0: the whole line, the kink at 0 no value it takes (verifier.kinks)
        domain = DomainSpec("real", lo, hi, (*entry.domain.exclude, exclude))
    out.names[(name, ())] = replace(entry, domain=domain)
    return out


_ELSEWHERE = re.compile(
    r"\b(?:analogous\w*|similar\w*|symmetric\w*|likewise|omitted|left\s+(?:as|to)|(?:done|treated|handled|shown|"
    r"covered)\s+(?:above|before|earlier|below|later|elsewhere)|settle[sd]?|already|other\s+case|"
    # "we only treat $z > 0$ later" (the formula cut out of the sentence; review31a)
    r"(?:treat|handle|cover|discuss|consider|address|study|return\s+to|come\s+back\s+to|turn\s+to)\s+"
    r"(?:\w+\s+)?(?:later|afterwards|elsewhere))\b",
    re.I,
)


# "not just for $t > 0$", "and not only when $x < 0$": the claim is meant beyond the range, which states none
_DENIED = re.compile(r"\bnot\s+(?:just|only|merely|simply)?\s*(?:for|when|if|on|at|where)?\s*$", re.I)


def sent_elsewhere(prose: str, start: int, end: int) -> bool:
    """Does the sentence around ``prose[start:end]`` send the case it states to another display?"""
    before = re.split(r"[.!?;](?:\s|$)|\n\s*\n", prose[max(0, start - 200) : start])[-1]
    after = re.split(r"[.!?;](?:\s|$)|\n\s*\n", prose[end : end + 200])[0]
    return _ELSEWHERE.search(before + " " + after) is not None


def stated_bounds(
    prose: str, claim: tuple[int, int] | None = None, unbounded: frozenset[str] = frozenset()
) -> dict[str, tuple[float, float, str]]:
    """The names the prose bounds for a chain, each with its interval and formula, by the rules of
    :func:`stated_ranges` (the nearest statement wins; none sent elsewhere, negated or excepted), whatever the
    names are (a defined name too: documents.definedconditions)."""
    found: dict[str, tuple[float, float, str]] = {}
    distance: dict[str, int] = {}
    elsewhere: set[str] = set()
    at = claim or (len(prose), len(prose))
    for m, name, lo, hi in _bounded(prose, claim):
        formula = m.group(1)
        written = name.lstrip("\\")
        name = GREEK_VARIANTS.get(written, written)  # \varepsilon is the ε the formulas write (fresh48)
        if name in unbounded or written in unbounded:
            continue  # "$$\forall x \in \mathbb{R}:\ …$$": the display states its own domain
        if m.start() >= at[1]:
            if _SENTENCE_END.search(_INLINE.sub(" ", prose[at[1] : m.start()])):
                continue  # "$g'(x) = 1$. For $x < 0$, …": the next sentence's case
            far = m.start() - at[1]
        else:
            far = at[0] - m.end()
        if sent_elsewhere(prose, m.start(), m.end()) or _DENIED.search(prose[max(0, m.start() - 40) : m.start()]):
            elsewhere.add(name)
        elif denied(prose, m.start(), m.end()) or (m.end() <= at[0] and left_for_general(prose, m.end(), at[0])):
            continue  # "it is not true that for $x > 0$", "except when", "…; in general": no range (deniedranges)
        elif lo < hi and far <= distance.get(name, far):
            # the statement nearest the chain wins: "with $w > 0$ … and for $w < 0$:"
            found.pop(name, None)
            found[name] = (lo, hi, formula.strip().rstrip(",.;"))
            distance[name] = far
    return {name: v for name, v in found.items() if name not in elsewhere}


def stated_ranges(
    scope: Scope, prose: str, where: str, claim: tuple[int, int] | None = None, unbounded: frozenset[str] = frozenset()
) -> tuple[str, Scope] | None:
    r"""The reading "the ranges the prose states": ``scope`` with each undeclared scalar the prose
    bounds (``0 < \alpha < 1``, ``w > 0``, ``w < 0``) in that interval; None when the prose bounds none
    of them. Where the prose bounds a name twice, the statement nearest the chain holds. A range its
    sentence sends elsewhere ("for $w > 0$ it is analogous", "the case $w > 0$ was done above") is about
    another display: no range for that name.

    ``claim`` is the span of an inline claim inside ``prose`` (its own line is part of it): a range in
    the rest of the claim's sentence is its own ("$\mathrm{ReLU}'(x) = 1$ for $x > 0$ and $0$ for
    $x < 0$": x > 0, the nearest, not the x < 0 of the next clause); one in a later sentence is not."""
    found = stated_bounds(prose, claim, unbounded)
    out = scope
    said = []
    for name, (lo, hi, formula) in found.items():
        if (narrower := restricted(out, name, lo, hi, excluded_point(formula))) is None:
            continue
        out = narrower
        said.append(formula)
    if not said:
        return None
    return f"{', '.join(dict.fromkeys(said))} {AS_STATED} ({where})", out  # "p, q \in (0, 1)" once for p and q


def earlier_memberships(prose: str, later: str = "") -> str:
    r"""The memberships ``prose`` gives a parameter (``the slope $\alpha \in (0, 1)$``), each as its own
    paragraph, for prose cut at the last display before a chain: a set a name is declared to lie in is the
    notes' statement about that name for the section, as ``x \in \mathbb{R}^d`` is; a condition (``for $x >
    0$``) is the hypothesis of the display after it only, and is not among them. A membership its sentence
    negates, excepts or sends elsewhere is not either. Nor is one the notes renew: a later membership of the
    same name in ``prose`` is the one that holds, and a name ``later`` (the prose since the last display)
    states a set or bound for again ("Now take a slope $\\alpha > 1$ instead") has that one only."""
    out: dict[str, str] = {}
    for m in _INLINE.finditer(prose):
        if "\\in" not in m.group(1) or not (names := [n for n, _, _ in scalar_ranges(m.group(1))]):
            continue
        name = ", ".join(names)
        if any(re.match(rf"\s*(?:{_NAME}\s*,\s*)*{re.escape(one)}\s*(?:,\s*{_NAME}\s*)*"
                        rf"(?:\\in(?![A-Za-z])|\\notin|{_LT}|{_GT}|=)", f.group(1))
               for one in names for f in _INLINE.finditer(later)):  # fmt: skip
            continue
        if denied(prose, m.start(), m.end()) or sent_elsewhere(prose, m.start(), m.end()):
            continue
        before = prose[max(0, m.start() - 60) : m.start()]
        if _DENIED.search(before[-40:]) or _NEED_NOT.search(before):
            continue
        out.pop(name, None)
        out[name] = f"${m.group(1)}$"  # renewed: the later one, in its place
    return "".join(f"{f}\n\n" for f in out.values())


# "need not satisfy $\alpha \in (0, 1)$", "not necessarily in": the membership is denied
_NEED_NOT = re.compile(
    r"\b(?:need\s+not|not\s+necessarily|does\s+not|do\s+not|is\s+not|isn't|aren't|nor|never)\b[^$.]*$", re.I
)


def denied_ranges(prose: str, claim: tuple[int, int] | None = None) -> list[str]:
    """The ranges in ``prose`` (as :func:`stated_ranges` finds them; ``claim``: an inline claim's own span,
    skipped) whose sentence negates or excepts them (documents.deniedranges): the formulas, as written."""
    out, affirmed = [], set()
    for m, name, _, _ in _bounded(prose, claim):
        if not denied(prose, m.start(), m.end()):
            affirmed.add(name)
        elif not universal(prose, m.start(), m.end()):
            out.append((name, m.group(1).strip().rstrip(",.;")))
    # "Not for $x < 0$, but for $x > 0$": the step is checked under the range the prose affirms for x, and a
    # failure there is no exception's (review30e)
    return list(dict.fromkeys(f for name, f in out if name not in affirmed))


def _bounded(prose: str, claim: tuple[int, int] | None) -> Iterator[tuple[re.Match[str], str, float, float]]:
    """Each inline formula of ``prose`` that bounds names (:func:`scalar_ranges`) with each name it bounds and the
    interval, but for those inside ``claim`` (an inline claim's own span)."""
    for m in _INLINE.finditer(prose):
        if claim is not None and claim[0] <= m.start() < claim[1]:
            continue
        for name, lo, hi in scalar_ranges(m.group(1)):
            yield m, name, lo, hi
