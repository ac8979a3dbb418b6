r"""Sizes the prose sets for a check: "for $m = n = 1$ we get", "taking n = 2, d = 1".

Notes check a matrix formula at small sizes: "As a check, for $m = n = 1$ we get $$\nabla_x \tfrac12\|Ax -
b\|^2 = A^2 x - Ab$$" (A a number there). Checked at the sizes the checker draws (m = 3) the step fails,
though the notes claim it for m = n = 1 only. This module owns the sizes such sentences set, in math
(``$m = n = 1$``, ``$n = 2$, $d = 1$``) or in plain prose (``for m = n = 1``, ``taking n = 2, d = 1``),
and what they decide for a FAILED step (a shape clash at the drawn sizes included), as worked values
are scoped (documents.valuescope: the section of the chain, before it):

* set by the sentence leading in to the chain ("for $m = n = 1$ we get", right before the display): the
  step is about those sizes; it is checked at them and that verdict is reported, with the sizes;
* set earlier in the chain's section (another display between): the step may be meant for them or in
  general; one that holds at them is SKIPPED, saying so — never green, and never FAILED.

Only names the chain's scope reads as sizes (a dimension, a sum's bound) are set, to whole numbers from 1;
a name stated with two values in one place is left out. Besides a FAILED step and a shape clash, a step SKIPPED
because what it writes fits one size only (``\sum_{j=1}^{2} w_j x_j`` with w of general length k) is one the
lead-in's sizes decide ("Take $n = 4$ and $k = 2$:"); documents.datalength then reads the sum at them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from verifier.documents.context import Scope, Size
from verifier.documents.definitions import INLINE_MATH
from verifier.documents.othersizes import SET_BY_NOTES
from verifier.documents.resolve import ResolveError
from verifier.documents.sizeorder import section_of
from verifier.documents.specialcases import lead_in
from verifier.documents.stated import stated_values
from verifier.documents.steps import _Checker
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document
    from verifier.documents.members import _Chain

__all__ = ["at_stated_sizes", "size_values", "sized_scope"]

# "m = n = 1", "n = 2": one-letter names (perhaps chained) set to a whole number, in plain prose
# (not a term of a formula: "n = 2 m", "d = 1 + k", "y = 3 x" state no value)
_PLAIN = re.compile(r"(?<![\w\\^_{}])((?:[A-Za-z]\s*=\s*)+)(\d+)(?![\w.]|\.\d)"
                    r"(?!\s*(?:\\[A-Za-z]|[A-Za-z](?![A-Za-z])|[-+*/^_(\[{]))")
# a shape clash at the drawn sizes, reported SKIPPED for undeclared names: also a step the sizes may settle
# a name set to a list or a range of values ("for $n = 1, 2, 3$", "for every $n = 1, 2, \dots$",
# "$i = 1, \dots, n$"): no one size is set
_LISTED = re.compile(r"(?<![\w\\])([A-Za-z])\s*=\s*\d+\s*(?:\$\s*)?(?:,|\\?\s*\$?\s*(?:\\[lc]?dots|\.\.\.|…))"
                     r"\s*\$?\s*(?:\d|\\[lc]?dots|\.\.\.|…|[A-Za-z]\s*\$)")
# a lead-in that speaks of the general case too ("in general", "for all n"): its sizes are no step's own
_GENERAL = re.compile(r"\b(?:general|generally|all|every|any|arbitrary)\b", re.IGNORECASE)
_SHAPES = "the shapes inferred for the undeclared names do not fit"
# a step whose written ranges fit one size only (documents.datalength; the resolver's range check)
_BOUNDED = re.compile(r"^(?:left|right) member: (?:the \\(?:sum|prod) over \w+ is written from \d+ to \d+, but .* "
                      r"\(a size the notes leave general\): the step can hold only for one value of|index -?\d+ is "
                      r"outside 1\.\.\d+ for )")


def size_values(prose: str) -> dict[str, int]:
    """The whole numbers ``prose`` sets for one-letter names, in math or in plain words (a name set to two
    values there is left out)."""
    found: dict[str, set[int]] = {}
    for name, number, _ in stated_values(prose):
        if re.fullmatch(r"[A-Za-z]", name.strip()) and number.isdigit():
            found.setdefault(name.strip(), set()).add(int(number))
    plain = INLINE_MATH.sub(" ", prose)
    for m in _PLAIN.finditer(plain):
        for name in re.findall(r"[A-Za-z]", m.group(1)):
            found.setdefault(name, set()).add(int(m.group(2)))
    listed = {m.group(1) for m in _LISTED.finditer(prose)}
    return {n: next(iter(v)) for n, v in found.items() if len(v) == 1 and next(iter(v)) >= 1 and n not in listed}


def _own_sizes(lead: str) -> dict[str, int]:
    """The sizes the lead-in sets for the display that follows it: "for $m = n = 1$ we get", "Taking n = 2,
    m = 1:". Not when the lead-in speaks of the general case too ("for $n = 1$ this is $2ax$; in general",
    "for all $n = 1, 2, \\dots$"), nor when another clause follows the sizes before the display ("The gradient,
    which for $n = 1$ reduces to the scalar rule, is"): there the sizes describe something else than the
    display, and a wrong general formula that holds at them would be made green."""
    values = size_values(lead)
    if not values or _GENERAL.search(INLINE_MATH.sub(" ", lead)):
        return {}
    ends = [m.end() for m in re.finditer(r"=\s*\d+", lead)]
    if not ends:
        return {}
    at = ends[-1]
    if lead.count("$", 0, at) % 2:  # inside $…$: the rest of the formula is the statement's
        close = lead.find("$", at)
        at = len(lead) if close < 0 else close + 1
    rest = lead[at:].strip().lstrip(",").rstrip(":;,. \n")
    if "$" in rest or re.search(r"[,;()]", rest):
        return {}
    return values


def _earlier(doc: _Document, chain: _Chain, before: int) -> dict[str, int]:
    """The sizes set in the chain's section before line ``before`` (1-based), the latest for each name."""
    start = section_of(doc.lines, chain.line)[0]
    out: dict[str, int] = {}
    for k in range(start, before):
        out.update(size_values(doc.lines[k - 1]))
    return out


def sized_scope(scope: Scope, values: dict[str, int]) -> tuple[Scope, str] | None:
    """``scope`` with the sizes ``values`` sets (only names it reads as sizes), and how they read, or None."""
    hit = {(n, ()): v for n, v in values.items() if isinstance(scope.names.get((n, ())), Size)}
    if not hit:
        return None
    out = scope.copy()
    for key, v in hit.items():
        entry = out.names[key]
        assert isinstance(entry, Size)
        out.names[key] = Size(key, (v,), entry.line)
    out.conventions[SET_BY_NOTES] = ",".join(k[0] for k in hit)  # not moved to other sizes (documents.othersizes)
    return out, ", ".join(f"{k[0]} = {v}" for k, v in sorted(hit.items()))


def at_stated_sizes(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED one (or one SKIPPED as a shape clash) read at the sizes the notes set for it
    (module docstring)."""
    if chain.hypotheses or not any(_settles(r) for r in steps):
        return steps
    first, prose, lead = lead_in(doc, chain)  # specialcases: the sentence leading in
    own = _own_sizes(lead)
    lead_line = first + 1 + prose[: len(prose) - len(lead)].count("\n") if lead else chain.line
    earlier = {n: v for n, v in _earlier(doc, chain, lead_line).items() if n not in own}
    out = list(steps)
    decided: set[int] = set()  # the steps the lead-in's sizes decided: earlier sizes are not theirs
    for values, said in ((own, True), (earlier, False)):
        sized = sized_scope(scope, values) if values else None
        if sized is None:
            continue
        at, shown = sized
        for k, r in enumerate(out):
            if not _settles(r) or k in decided or (not said and r.verdict is not Verdict.FAILED):
                continue
            st = chain.steps[k]
            try:
                found = _Checker(doc, chain, at, {st.index}).run()[k]
            except ResolveError:
                continue
            decided |= {k} if said else set()
            if said and found.verdict is Verdict.FAILED and r.verdict is not Verdict.FAILED:
                # a shape clash at the drawn sizes, inferred shapes: the doubts that would weigh a failure
                # (documents.doubts) were not asked at the stated sizes, so it is no FAILED here
                out[k] = r.skipped(f"fails at the sizes the sentence before it sets ({shown}) too, with the shapes "
                                   "inferred for undeclared names: declare them to have it checked")
            elif said and found.verdict in (Verdict.PROVED, Verdict.PASSED, Verdict.FAILED):
                where = "the sizes the sentence before it sets"
                out[k] = replace(found, message=f"checked at {where} ({shown})"
                                 + (f"; {found.message}" if found.message else ""))
            elif said:  # the step's own sizes decide nothing: what other sizes give is no verdict on it
                out[k] = r.skipped(f"at the sizes the sentence before it sets ({shown}) it is not decided"
                                   + (f" ({found.message})" if found.message else "") + "; it fails at others")
            elif not said and found.verdict in (Verdict.PROVED, Verdict.PASSED):
                out[k] = r.skipped(f"holds at the sizes the notes set earlier in its section ({shown}), fails at "
                                   "others: which the step means is not said")  # fmt: skip
    return out


def _settles(r: StepResult) -> bool:
    r"""A step the stated sizes may decide: FAILED, or SKIPPED as a shape clash at the drawn sizes or because what
    it writes fits one size only (a sum's written range against a general size, documents.datalength; an entry past
    the drawn size): "Take $n = 4$ and $k = 2$:" before ``\sum_{j=1}^{2} w_j x_j = w_1 x_1 + w_2 x_2`` (fresh40)."""
    return r.verdict is Verdict.FAILED or (r.verdict is Verdict.SKIPPED and (
        (r.message or "").startswith(_SHAPES) or _BOUNDED.search(r.message or "") is not None))
