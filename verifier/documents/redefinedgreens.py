r"""A step green under the nearest definition of a redefined name that the notes tie to an earlier one (sound58).

A step is read with the nearest definition of each name it uses; :meth:`verifier.documents.doubts._Doubts.
_earlier_meanings` tries the earlier ones only on a step that FAILED. The other way round was a false pass: fresh56's
Hill function ``h(x) = \frac{x^n}{K^n + x^n}``, restated for ``n = 1`` as ``h(x) = \frac{x}{K + x}``, then "Take
$n = 2$, $K = 1$, $x = 2$: $h(2) = \frac{2}{1 + 2}$" — right for the restated form, wrong for the general one at
the ``n`` the line states, which is the one it means. This module owns that doubt (:func:`tied_to_earlier`): a green
step using a name with an earlier definition (one :func:`~verifier.documents.earlierdefinitions.may_return` allows)
is read again with that definition where

* the earlier body writes names of its own (the ``n`` the restated form does not write), every one of them with a
  value the notes state up to the step, and
* at least one of those values is stated *after* the latest definition, in the step's own section (no heading
  between), up to the step's last line: the prose names the earlier meaning's parameter again, so the step may mean
  it. A value stated only before the redefinition belongs to the earlier example (``f(x) = ax^2`` "with $a = 2$",
  then ``f(x) = \sin x``) and one stated in another section to that section; they tie nothing.

It is read at those stated values; where it FAILS there (a counterexample, not a doubt), the step is SKIPPED naming
both definitions — green under one plausible meaning and failing under another the notes give is not green. Where
it holds too (``m = 1`` stated again) or cannot be decided, the step stays as it was. Never a FAILED: the nearest
reading holds.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from verifier.documents.context import Definition, Scope, display_key
from verifier.documents.earlierdefinitions import may_return, stated_for
from verifier.documents.headings import heading_lines
from verifier.documents.inferevidence import names_in
from verifier.documents.members import _Chain
from verifier.documents.resolve import ResolveError
from verifier.documents.stated import stated_values
from verifier.documents.steps import _Checker
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["tied_to_earlier"]

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _body_names(doc: Any, d: Definition) -> set[str] | None:
    """The names ``d``'s body writes, its parameters left out; None where the body is not read."""
    if not d.body:
        return None
    try:
        tree = doc.parse_plain(d.body)
    except LatexError:
        return None
    return names_in(tree) - set(d.params) - set(d.index_params)


def _tying_values(doc: Any, own: set[str], latest: int, first: int, last: int) -> list[tuple[str, str]]:
    """The hypotheses ``name = number`` for every one of ``own`` (latest value of each up to line ``last``), where
    at least one of them is stated after line ``latest`` in the section of the step (no heading between it and the
    step's first line ``first``); else empty."""
    if not own:
        return []
    headings = heading_lines(doc.text)[:-1]
    if not any(name in own and latest < at <= last and not any(at <= k + 1 <= first for k in headings)
               for name, _, at in stated_values(doc.text)):  # fmt: skip
        return []
    return stated_for(doc.text, own, last)


def tied_to_earlier(doc: Any, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """Each green step of ``chain`` that fails with an earlier definition of a name it uses, at the values the
    notes state after the latest definition for that body's own names, SKIPPED (module docstring)."""
    green = [k for k, r in enumerate(steps) if r.verdict in _GREEN]
    definitions = getattr(doc, "note_definitions", None)
    if not green or not definitions:
        return steps
    out = list(steps)
    last = max([chain.line, *(m.line for m in chain.members)])
    mine = {id(d) for d in definitions}
    for key, entry in sorted(scope.names.items(), key=lambda kv: str(kv[0])):
        if not isinstance(entry, Definition) or id(entry) not in mine:
            continue
        earlier = [d for d in definitions if d.key == key and d.line < entry.line]
        if not earlier or (latest_names := _body_names(doc, entry)) is None:
            continue
        nearest = max(d.line for d in earlier)
        for prev in sorted(earlier, key=lambda d: -d.line):
            todo = [k for k in green if out[k].verdict in _GREEN and key[0] in doc._step_reach(chain, k, scope)]
            if not todo:
                break
            if not may_return(doc.text, entry.line, prev.line, nearest, chain.line):
                continue
            own = (_body_names(doc, prev) or set()) - latest_names
            hypotheses = _tying_values(doc, own, entry.line, chain.line, last)
            if not hypotheses:
                continue
            alt = scope.copy()
            alt.names[key] = prev
            again = copy.copy(chain)
            again.hypotheses = [*chain.hypotheses, *hypotheses]
            asked = {chain.steps[k].index for k in todo}
            try:
                alt = doc._infer(again, alt)
                res = _Checker(doc, again, alt, asked, frozenset(asked)).run()
            except (ResolveError, LatexError):
                continue
            said = ", ".join(h for h, _ in hypotheses)
            for k in todo:
                if res[k].verdict is Verdict.FAILED and res[k].counterexample is not None:
                    why = (f"holds with the notes' definition of {display_key(key)} at line {entry.line}, but fails "
                           f"with the one at line {prev.line} at {said}, stated in the notes after line {entry.line} "
                           "(which meaning does the line have?)")  # fmt: skip
                    out[k] = replace(out[k], verdict=Verdict.SKIPPED, message="; ".join(
                        x for x in (out[k].message, why) if x))  # fmt: skip
    return out
