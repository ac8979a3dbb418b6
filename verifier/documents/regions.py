r"""A region of one variable the sentence before a display states: "When $w > 1$", "for $|x| < 1$", "when $1 - m > 0$".

The checker reads a range of one scalar against zero ("for $x > 0$", "$0 < p < 1$": documents.ranges); any
other inequality before a display was either not read at all ("When $w > 1$ the derivative of
$\max(0, w - 1)^2$ is $2(w - 1)$" FAILED at a point with w < 1, outside the notes' region: a false alarm), or
read as a condition the checker cannot check (documents.unreadconditions: "When $1 - m > 0$" SKIPPED every
failing step, a wrong one too).

This module owns the faithful reading of such a condition: an inequality (or a chain of them, ``2 < x < 5``) all
of whose sides together write one name, an undeclared real scalar the step writes, stated by the last sentence
before the display with a cue (*when*, *if*, *for*, *provided*, *assuming*, *where*, or a region's preposition:
*inside*, *outside*, *within*, fresh47's "Inside $|r| \le c$, by the chain rule,"), not negated, not sent
elsewhere, not beside another condition, not going on to the other region; or closing the sentence right before the
display, with no other formula in it ("The derivative is one for $|x| < 1$:", sound53); or named with *inside*,
*within* or *outside* and turned to in words, the sentence's only formula ("The derivative vanishes outside $|x| \le
1$; inside it is": the inside, sound54). Right before its formula,
*outside* names the region the display is NOT about ("Outside $|x| \le 1$": |x| > 1, sound53; read as |x| ≤ 1 a wrong
derivative was PASSED there and the right one FAILED). A FAILED step is checked again inside
the region: with the variable sampled in the interval the inequality solves to (``1 - m > 0``: m < 1, ``|x| <
1``: (-1, 1)), or, for a union of intervals (``x^2 > 1``), at the points where it holds (every member a
``Piecewise`` with no other branch, as documents.definedconditions does). Green there: green "under …, as the
notes state". FAILED there: FAILED with that counterexample, a point inside the region, and kept FAILED
against readings that excuse it with quantities restricted elsewhere (definedconditions.kept_failures). Too
few points: left as it was. A sentence that goes on with a further condition ("for $x > 1$ and even $n$")
makes a failing step SKIPPED, naming the condition: checked under the part read alone, a right display fails.
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import replace
from typing import Any

import sympy as sp

from verifier.documents.context import VarDecl
from verifier.documents.deniedranges import DENIED, OUTSIDE, denied
from verifier.documents.headings import after_heading
from verifier.documents.proseconditions import subscript_in
from verifier.documents.ranges import restricted, scalar_ranges, sent_elsewhere
from verifier.documents.resolve import ListMember, ResolveError
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["READ", "condition_cue", "failed_outside", "reached_names", "under_read_region"]

#: doc attribute: the chains whose condition this module read (documents.unreadconditions leaves them)
READ = "_read_regions"
# doc attribute: the steps FAILED on the other side of an "Outside $…$" region (kept FAILED by failed_outside)
_OUTSIDE_FAILED = "_failed_outside_region"

# not sentences.SPACE_BEFORE_CAPITAL: also before a `*`, and after a stop inside a formula ("$x > 0.$ Then")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z$\\*])|(?<=[.!?]\$)\s+|\n\s*\n")
# the cue and the inline formula it states ("when $w > 1$", "inside $|r| \le c$")
_CUE = (r"(?:when(?:ever)?|if|for|provided(?:\s+that)?|assuming(?:\s+that)?|inside|within|"
        rf"(?P<out>{OUTSIDE})|"  # "Outside $|x| \le 1$": the other side of it (sound53)
        r"(?:(?:in|on)\s+the\s+(?:region|set|case|part)\s+)?where)\s+\$(?P<math>[^$]+)\$")
CONDITION_CUE = re.compile(r"^\W*(?:(?:and|so|now|thus|hence|then|here|but|inside|outside|within)\s*,?\s+)?" + _CUE,
                           re.IGNORECASE)
# … or closing it, right before the display, with no other formula in the sentence: "The derivative is one for
# $|x| < 1$:" (sound53: read as nothing, the right derivative FAILED outside the region)
_CLOSING_CUE = re.compile(r"^[^$]*\b" + _CUE + r"\s*[:,.;]?\s*$", re.IGNORECASE)


# … or naming a region with one preposition and turning to the display's side of it in words, the sentence's only
# formula: "The derivative vanishes outside $|x| \le 1$; inside it is" (the inside), "… inside $|x| < 1$; outside
# it" (the outside) (sound54: read as nothing, the right derivative inside FAILED outside)
_TURN_CUE = re.compile(r"^[^$]*\b(?:inside|within|outside)\s+\$(?P<math>[^$]+)\$[^$]*?\b(?:inside|within|"
                       r"(?P<out>outside))\s+(?:it|there|the\s+(?:interval|region|set))\b[^$]*$", re.IGNORECASE)


# … or closing it with a colon right before the display, after another formula of the sentence: "For the squared loss,
# $L = \frac12(\mathrm{ReLU}(wx) - y)^2$, when $w x > 0$:" (lead66: read as nothing, the right derivative FAILED at
# wx < 0); the colon hands the condition to what follows, and the last formula of the sentence is the one read —
# written right after the formula before it (", when", ", and if"), not in a clause saying something of that formula:
# "$L = \max(0, 1 - y f)$, which is zero when $y f > 1$:" may lead into the other side's -y (redlead66: FAILED)
_COLON_CUE = re.compile(r"^.*\$\s*,?\s*(?:(?:and|but|so|then)\s*,?\s+)?" + _CUE + r"\s*:\s*$",
                        re.IGNORECASE | re.DOTALL)


def condition_cue(sentence: str) -> re.Match[str] | None:
    """The cue and formula by which ``sentence`` (the last before a display) states the display's condition: opening
    it ("When $w > 1$, …"), closing it ("… is one for $|x| < 1$:", or after another formula with a colon: "…, $L =
    …$, when $w x > 0$:") or turning to one side of it in words ("… outside $|x| \\le 1$; inside it is"); None for
    none."""
    return (CONDITION_CUE.match(sentence) or _CLOSING_CUE.match(sentence) or _TURN_CUE.match(sentence)
            or _COLON_CUE.match(sentence))

_RELATION = re.compile(r"(?<!\\)(<|>)|\\(geqslant|leqslant|geq?|leq?|gt|lt)(?![A-Za-z])|(≥|≤)")
_BOTH = re.compile(r"\b(?:otherwise|else|either\s+way|regardless|in\s+(?:either|both|all|every|any)\s+cases?)\b",
                   re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|unless|except|without)\b", re.IGNORECASE)
# "for $x > 1$ and even $n$": another condition beside it, in words
_BESIDE = re.compile(r"^\s*(?:,\s*)?(?:and|or|with|but)\b", re.IGNORECASE)
# "Outside $|x| \le 1$ the clip is flat, and inside it is the identity, so": the sentence goes on to the other side
# of its opening region, so the display may be about either (sound55)
_OTHER_SIDE = re.compile(r"\b(?:inside|within|outside)\s+(?:it|there|the\s+(?:interval|region|set))\b|\belsewhere\b",
                         re.IGNORECASE)
_OPS = {"<": sp.StrictLessThan, ">": sp.StrictGreaterThan, "lt": sp.StrictLessThan, "gt": sp.StrictGreaterThan,
        "le": sp.LessThan, "leq": sp.LessThan, "leqslant": sp.LessThan, "≤": sp.LessThan,
        "ge": sp.GreaterThan, "geq": sp.GreaterThan, "geqslant": sp.GreaterThan, "≥": sp.GreaterThan}


_FURTHER = "further"
_BOTH_SIDES = "both"


def _condition(doc: Any, chain: Any) -> tuple[str, int, str, bool] | None:
    """The inequality the sentence leading into ``chain``'s display opens with, the line its prose starts,
    whether the sentence goes on with another condition ("and even $n$": :data:`_FURTHER`) or to the other side of
    the region (:data:`_BOTH_SIDES`), and whether it names the region the display is outside of ("Outside $|x| \\le
    1$,": the display is about the other side)."""
    if chain.inline:
        return None
    start, before = after_heading(*doc._prose_before(chain, display=True))
    sentence = SENTENCE_END.split(before.rstrip())[-1]
    m = condition_cue(sentence)
    if m is None or _NEGATED.search(sentence[: m.start("math")]) or _BOTH.search(sentence[m.end():]):
        return None
    beside = ""
    if _BESIDE.match(sentence[m.end():]):
        beside = _FURTHER  # "for $x > 1$ and even $n$": not all of it is read
    if m.re is not _TURN_CUE and _OTHER_SIDE.search(sentence[m.end():]):
        beside = _BOTH_SIDES  # "Outside $…$ …, and inside it …": which side the display is about is not said
    at = len(before.rstrip()) - len(sentence) + m.start("math")
    out = m.group("out") is not None  # denied as a range of the display (deniedranges), read here as its other side
    turned = m.re is _TURN_CUE  # "outside $…$; inside it": the display's side named in words
    if (denied(before, at, at + len(m.group("math"))) and not out and not turned) or \
            sent_elsewhere(before, at, at + len(m.group("math"))):  # fmt: skip
        return None
    formula = m.group("math").strip().rstrip(",.;")
    if (scalar_ranges(formula) and not out) or "=" in formula.replace("\\le", "").replace("\\ge", ""):
        return None  # "for $x > 0$": documents.ranges reads it
    return formula, start, beside, out


def _relations(doc: Any, formula: str) -> tuple[list[str], list[sp.Basic]] | None:
    """The relations ``formula`` writes (``2 < x < 5``: two), and the names they write (``|x| < \\beta``: two);
    None otherwise."""
    pieces = _RELATION.split(formula)
    sides, ops = pieces[0::4], [next(g for g in pieces[k : k + 3] if g) for k in range(1, len(pieces), 4)]
    if not ops:
        return None
    try:
        trees = [doc.parse_plain(side.strip()) for side in sides]
    except (LatexError, ValueError, TypeError):
        return None
    if not all(isinstance(t, sp.Expr) for t in trees) or any(t.atoms(sp.Function, sp.Indexed, sp.MatrixSymbol)
                                                            - t.atoms(sp.Abs) for t in trees):  # fmt: skip
        return None
    names = set().union(*(t.free_symbols for t in trees))
    if not names:
        return None
    rels = [_OPS[op](trees[k], trees[k + 1]) for k, op in enumerate(ops)]
    return sorted(str(n) for n in names), rels


def under_read_region(doc: Any, chain: Any, scope: Any, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED one checked again inside the region of one variable its display's sentence
    states (see the module docstring)."""
    failing = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED]
    if not failing or (said := _condition(doc, chain)) is None:
        return steps
    formula, start, beside, other_side = said
    read = _relations(doc, formula)
    if read is None:
        return steps
    names, rels = read
    name = names[0]
    if any(subscript_in(n, doc.text) for n in names) or not any(
            set(names) & reached_names(doc, scope, steps[k]) for k in failing):  # fmt: skip
        return steps
    if len(names) > 1 and (beside or other_side or not all(_undeclared_scalar(scope, n) for n in names)):
        return steps  # "for $|x| < \beta$": undeclared real scalars only, checked at the points where it holds
    if beside:  # only part of the condition is read: checked under it alone, a right display may fail
        doc.__dict__.setdefault(READ, set()).add(id(chain))
        why = (f"fails for a general value, but the notes state it {'outside' if other_side else 'under'} ${formula}$ "
               f"and a further condition (lines {start + 1}-{chain.line}), which the checker does not read: it may "
               "hold there")
        if beside == _BOTH_SIDES:
            why = (f"the sentence before it names both sides of ${formula}$ (lines {start + 1}-{chain.line}): which "
                   "one the display is about is not said, and it is not checked on either")
        return [r.skipped(why) if r.verdict is Verdict.FAILED else r for r in steps]
    symbol = next(iter(rels[0].free_symbols))
    try:
        region = sp.Intersection(*(sp.solveset(r, symbol, sp.S.Reals) for r in rels)) if len(names) == 1 else \
            sp.S.Reals  # of several names: the points where it holds (below)
        region = sp.Complement(sp.S.Reals, region) if other_side else region
    except (NotImplementedError, ValueError, TypeError):
        return steps
    alt, narrowed = chain, None
    if isinstance(region, sp.Interval) and not region.is_empty and len(names) == 1:
        lo, hi = (float(b) if b.is_finite else (-math.inf if b is sp.S.NegativeInfinity else math.inf)
                  for b in (region.start, region.end))
        narrowed = restricted(scope, name, lo, hi)
    if narrowed is None:
        if (not _undeclared_scalar(scope, name)
                or not isinstance(region, sp.Union | sp.Interval) or region.is_empty):  # fmt: skip
            return steps  # an undeclared real scalar only (not a size, an index, a vector)
        conditioned = conditioned_chain(chain, sp.Not(sp.And(*rels)) if other_side else sp.And(*rels))
        if conditioned is None:
            return steps
        alt = conditioned
    from verifier.documents.steps import _Checker

    asked = {chain.steps[k].index for k in failing}
    try:
        again = _Checker(doc, alt, narrowed or scope, asked, frozenset()).run()
    except (ResolveError, LatexError, NotImplementedError):
        return steps
    doc.__dict__.setdefault(READ, set()).add(id(chain))
    where = f"lines {start + 1}-{chain.line}"
    how = "at the points" if narrowed is None else f"with {name} sampled"
    side = "where it does not hold" if other_side else "where it holds"
    note = f"{'outside' if other_side else 'under'} ${formula}$, as the notes state ({where}; checked {how} {side})"
    out = list(steps)
    failed = doc.__dict__.setdefault("_failed_in_region", {})  # kept FAILED after the readings (definedconditions)
    for k in failing:
        r = again[k]
        if r.verdict in (Verdict.PROVED, Verdict.PASSED, Verdict.FAILED):
            out[k] = r.said(note)
        if r.verdict is Verdict.FAILED:
            failed.setdefault(id(chain), {})[k] = out[k]
            if other_side:  # "Outside $x \le 1$": the range is denied as the display's (deniedranges), read here
                doc.__dict__.setdefault(_OUTSIDE_FAILED, {}).setdefault(id(chain), {})[k] = out[k]
    return out


def _undeclared_scalar(scope: Any, name: str) -> bool:
    """Is ``name`` an undeclared real scalar of ``scope`` (not a size, an index, a vector)?"""
    entry = scope.names.get((name, ()))
    return isinstance(entry, VarDecl) and entry.kind == "scalar" and (name, ()) in scope.inferred


def failed_outside(doc: Any, chain: Any, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each step FAILED on the other side of an "Outside $…$" region (:func:`under_read_region`) FAILED
    again where a later reading excused it as stated under a denied range (deniedranges.under_denied): the notes' own
    region was read, and the step fails there."""
    kept = doc.__dict__.get(_OUTSIDE_FAILED, {}).pop(id(chain), {})
    return [kept[k] if k in kept and r.verdict is Verdict.SKIPPED and (r.message or "").startswith(DENIED)
            and (r.message or "").endswith(kept[k].message or "") else r for k, r in enumerate(steps)]  # fmt: skip



def reached_names(doc: Any, scope: Any, r: StepResult) -> set[str]:
    """The names step ``r`` writes, and those the notes' definitions of them use."""
    from verifier.documents.infer import names_and_functions  # late: infer imports much of documents

    written: set[str] = set()
    for latex in (r.lhs_latex, r.rhs_latex):
        try:
            written |= names_and_functions(doc.parse_plain(latex))
        except LatexError:
            continue
    return doc._reach(written, scope) | written


def conditioned_chain(chain: Any, cond: sp.Basic) -> Any:
    """A copy of ``chain`` whose every member is defined only where ``cond`` holds (``Piecewise((m, cond))``),
    so the checker samples the points of the stated region; None when a member has no tree to restrict (a
    list member, an unparsed one): the chain is then left to its other readings."""
    alt = copy.copy(chain)
    alt.members = []
    for m in chain.members:
        if m.parsed is None or isinstance(m.parsed.tree, ListMember) or not isinstance(m.parsed.tree, sp.Basic):
            return None
        alt.members.append(replace(m, parsed=replace(m.parsed, tree=sp.Piecewise((m.parsed.tree, cond)))))
    return alt
