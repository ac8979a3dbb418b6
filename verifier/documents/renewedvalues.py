r"""A defined name the prose gives a new value in words: a worked step after it is read at that value (green69).

"Let $x = 10$, $y = 9.9$ and $d = x^2 - y^2$. Suppose instead $d = 1.5$. Then $$d + 1 = 2.99$$" was PROVED: the
step was read through d's definition at the stated x and y (1.99), though from "Suppose instead" on the notes' d is
1.5 (2.5). A number stated for a defined name is read as a hypothesis only where the name has no definition, and
documents.statedintermediates reads it in place of the definition only for a step SKIPPED for names given in prose
alone; a step the definition's values make green kept its green.

This module owns that reading (:func:`at_renewed_values`, a post-pass of the chain's checked steps after
statedintermediates). A value is *renewed* when the sentence stating it gives the name a new meaning in words
(documents.renewednames, its sentences not cut at a decimal point: "suppose / let / take / set $d = 1.5$", "instead",
"now let", a new section's "Take") after
the definition in force, in the step's section (documents.valuescope) and before the step (before its formula on its
line), and no later renewal drops it. A step that reaches such a name (writes it, or a name whose definition does) and
was green *at stated values* (a worked number: its reading names values stated in the notes) is checked again with
the name a plain quantity at its renewed value, every other name it then reaches at its stated value:

* green there too: the green stands, said so;
* not green there (or not readable so): SKIPPED, naming the renewed value — the green was at the old definition's
  value, which the notes no longer use. Never FAILED: a renewal read wrongly must not make a false alarm.

A worked step SKIPPED by the worked-number policy ("another value of a name, or a slip") that holds at the renewed
value is green, said so (the right twin: ``d + 1 = 2.5``), and so is one FAILED at the exact stated values the
definition reaches (documents.statedintegers: "Another example: now let $e = 0.5$. Then $$4e^2 = 1$$" was FAILED at
e = y - ŷ = 2; red70); not green at the renewed value either, it is SKIPPED (as a green step is). Where two
renewed values of a name are in force for the step (two examples), which one it means is not said: a green step
reaching it is SKIPPED. The definition written again after a renewal ("Back to the original values, where $s = a +
b = 3$ again") brings the old meaning back; a renewal on the definition's own line counts after it (red70).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from verifier.documents.context import Definition, Key, Scope, VarDecl, display_key
from verifier.documents.infer import names_in
from verifier.documents.members import _Chain, step_trees
from verifier.documents.numberpoints import called_names
from verifier.documents.renewednames import head_of, renewed_heads, renews_name
from verifier.documents.stated import WHERE
from verifier.documents.statedintermediates import flat_latex, name_key, read_at_stated, restated, stated_before
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["at_renewed_values"]

_GREEN = (Verdict.PROVED, Verdict.PASSED)
#: what a green worked step's reading says of its values (documents.stated, documents.writtenintermediates)
_AT_VALUES = (WHERE, "the numbers the notes write for its intermediates")
#: the worked-number policy's SKIPPED (documents.guesses): a value that may be another value of a name
_OTHER_VALUE = "another value of a name, or a slip"
#: the FAILED of a worked number at the exact stated values (documents.statedintegers, exactslips)
_EXACT = "at the values the notes state exactly"
#: statedintermediates' message: the step is read at the stated value already
_READ_AT = "in place of its definition"


def at_renewed_values(doc: Any, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each worked step that reaches a defined name the prose gives a new value in words, between
    the name's definition and the step, read at that value (module docstring)."""
    todo = [k for k, r in enumerate(steps) if _worked_green(r) or _other_value(r) or _failed_at_old(r)]
    if not todo:
        return steps
    renewed, unclear, stated = _renewed(doc, chain, scope)
    if not renewed and not unclear:
        return steps
    out = list(steps)
    for k in todo:
        res = steps[k]
        names = set().union(*(names_in(t) | called_names(t) for t in step_trees(chain, k)))
        reached = doc._reach(names, scope)
        hit = {key: name for key, name in renewed.items() if key[0] in reached}
        doubtful = sorted(name for key, name in unclear.items() if key[0] in reached)
        if doubtful:
            if res.verdict in _GREEN or res.verdict is Verdict.FAILED:
                out[k] = _skipped(res, f"the notes give {', '.join(doubtful)} more than one new value before this "
                                       "step, and which one it is read at is not said")  # fmt: skip
            continue
        if not hit:
            continue
        alt = scope.copy()
        for key in hit:
            alt.names[key] = VarDecl(key, "scalar")
        try:
            read = read_at_stated(doc, chain, k, alt, stated, hit)
        except (LatexError, ValueError):
            read = None
        said = ", ".join(f"{name} = {number} (line {at})" for name, number, at in stated
                         if name in {display_key(key) for key in hit} or name in hit.values())  # fmt: skip
        if read is not None and read[0].verdict in _GREEN:
            again = read[0]
            note = f"read at the value the notes give anew ({said}) in place of its definition"
            out[k] = replace(again, message="; ".join(x for x in (note, again.message) if x))
        elif res.verdict is Verdict.FAILED:
            why = "" if read is None else f" (there: {read[0].verdict.name})"
            out[k] = _skipped(res, f"FAILED only at the value its definition gives; from line {_first(stated, hit)} "
                                   f"the notes give it anew ({said}), and read at that value it is not decided{why}")
        elif res.verdict in _GREEN:
            why = "" if read is None else f" (there: {read[0].verdict.name})"
            out[k] = _skipped(res, f"green only at the value its definition gives; from line {_first(stated, hit)} "
                                   f"the notes give it anew ({said}), and read at that value it does not hold{why}")
    return out


def _worked_green(res: StepResult) -> bool:
    message = res.message or ""
    return res.verdict in _GREEN and _READ_AT not in message and any(w in message for w in _AT_VALUES)


def _failed_at_old(res: StepResult) -> bool:
    """FAILED at the exact values the notes state (documents.statedintegers, exactslips): values the definition
    in force gives, which a renewal in words no longer does ("Another example: now let $e = 0.5$", red70)."""
    return res.verdict is Verdict.FAILED and _EXACT in (res.message or "")


def _other_value(res: StepResult) -> bool:
    return res.verdict is Verdict.SKIPPED and _OTHER_VALUE in (res.message or "")


def _skipped(res: StepResult, why: str) -> StepResult:
    return replace(res, verdict=Verdict.SKIPPED, message="; ".join(x for x in (why, res.message) if x))


def _first(stated: list[tuple[str, str, int]], hit: dict[Key, str]) -> int:
    return min((at for name, _, at in stated if name in hit.values()), default=0)


def _renewed(doc: Any, chain: _Chain, scope: Scope) -> tuple[dict[Key, str], dict[Key, str], list]:
    """The defined names with one renewed value in force for ``chain`` (key → the name as stated), those with
    several, and the stated values in force (name, number, line) for reading the step again."""
    found = doc._whole_renewals
    stated = stated_before(doc, chain, found)
    own = {m.latex.strip() for m in chain.members}
    rows = doc.text.split("\n")
    numbers: dict[Key, set[str]] = {}
    names: dict[Key, str] = {}
    for name, number, at in stated:
        if at == chain.line and name.strip() in own:
            continue
        if not any(r.first <= at <= r.last and renews_name(r.heads, head_of(name)) for r in found):
            continue  # a value stated without words that renew the name: statedintermediates' reading, or a claim
        try:
            key = name_key(doc, name)
        except LatexError:
            continue
        if key is None or not isinstance(e := scope.names.get(key), Definition) or e.line > at:
            continue  # no definition in force, or the value is stated before it (another example's)
        if e.line == at and not _written_before(rows[at - 1], name, e.body, number):
            continue  # "Let $r = 10$ and $r = u + v$": not after the definition on its line
        if restated(rows, name, e.body, at, chain.line):
            continue  # "Back to the original values, where $s = a + b = 3$ again": the definition in force again
        numbers.setdefault(key, set()).add(number)
        names[key] = name
    renewed = {key: names[key] for key, n in numbers.items() if len(n) == 1}
    unclear = {key: names[key] for key, n in numbers.items() if len(n) > 1}
    return renewed, unclear, stated


def _written_before(row: str, name: str, body: str, number: str) -> bool:
    """Does ``row`` write the definition ``name = body`` and then, in a later sentence that renews the name, the
    value ``name = number`` ("Let $u = 3$ and $v = 4$, and define $r = u + v$. Suppose instead $r = 10$.", one
    line: red70)? Not a value of the definition's own sentence ("Define $z = 2p$ … With … $z = 0.25$": a worked
    value, documents.writtenintermediates)."""
    def spaced(latex: str) -> str:
        return r"\s*".join(re.escape(c) for c in flat_latex(latex))

    head = spaced(name) + r"\s*=\s*"
    defined = re.search(head + spaced(body), row)
    value = re.search(head + spaced(number) + r"(?![\d.])", row[defined.end():]) if defined else None
    if defined is None or value is None:
        return False
    between = row[defined.end() : defined.end() + value.start()]
    stops = list(re.finditer(r"[.!?](?=\s)", between))
    if not stops:
        return False
    sentence = between[stops[-1].end() :] + flat_latex(name) + "=" + number + "$"
    return renews_name(renewed_heads(sentence), head_of(name))
