r"""A defined quantity the prose gives a value: a worked step read at that value, in place of its definition.

"Let $z = \mathbf{w}^\top \mathbf{x}$, $p = \sigma(z)$ and $\ell = -y \log p - (1 - y)\log(1 - p)$. … For $y = 1$ and
$p = 0.8$ the loss is $\ell = -\log 0.8$." The worked step reaches w and x through p's definition; the notes never
give them, only p's value, so the step was SKIPPED "a worked number against a definition over w, x, whose values the
notes give only in prose" — a right loss unchecked, a wrong one too. A reader computes it from the value the prose
states for p: the intermediate is given, its definition is not what this example is about.

This module owns that reading (:func:`at_stated_intermediates`, a post-pass of the chain's checked steps): a step
SKIPPED so is checked again with every name the notes define *and* state one value for — in the step's section
(documents.valuescope), after the definition in force, above the step or before its formula on its line (a value
after it, or a second value, is another example's: review65) — read as a plain quantity at that value, and every other
name it then reaches at its stated value too (a name left without one leaves the step as it was). Where it holds
there it takes that verdict, said so; where it fails there, the step keeps its SKIPPED (a value stated for a defined
name may be a rounding of what its definition gives: not called FAILED).
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from typing import Any

from verifier.documents.context import Definition, Key, Scope, VarDecl, display_key, key_of
from verifier.documents.infer import names_in
from verifier.documents.members import _Chain, step_trees
from verifier.documents.resolve import ResolveError
from verifier.documents.stated import WHERE
from verifier.documents.steps import _Checker
from verifier.documents.valuescope import values_in_scope
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["ONLY_IN_PROSE", "at_stated_intermediates"]

#: the reason (documents.guesses) of the steps this module looks at again
ONLY_IN_PROSE = "whose values the notes give only in prose"
_GREEN = (Verdict.PROVED, Verdict.PASSED)


def at_stated_intermediates(doc: Any, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each step SKIPPED as a worked number over names given only in prose checked again at the
    values the prose states (in the step's section, above it or before it on its line; one value per name) for the
    defined quantities it reaches (module docstring)."""
    todo = [k for k, r in enumerate(steps) if r.verdict is Verdict.SKIPPED and ONLY_IN_PROSE in (r.message or "")]
    if not todo:
        return steps
    last = max([chain.line, *(m.line for m in chain.members)])
    shown = getattr(doc, "display_lines", doc.chain_lines)
    stated = [v for v in values_in_scope(doc._prose_values, doc.text, chain.line, last, shown) if v[2] <= chain.line]
    valued: dict[Key, str] = {}
    own = {m.latex.strip() for m in chain.members}
    lines = doc.text.split("\n")
    row = lines[chain.line - 1] if 0 < chain.line <= len(lines) else ""
    start = chain.place.column if chain.place is not None else len(row)  # where the step's formula opens
    stated = [v for v in stated if v[2] < chain.line or _written_before(row, v[0], v[1], start)]
    numbers: dict[str, set[str]] = {}
    for name, number, _ in stated:
        numbers.setdefault(name, set()).add(number)
    for name, _, at in stated:
        if at == chain.line and name.strip() in own:
            continue  # "when $x = 3$, $y = 13$": the step's own claim is no value stated for y (review42)
        if len(numbers[name]) > 1:
            continue  # two values in its scope (two examples): which one the step means is not said (review65)
        try:
            key = key_of(doc.parse_plain(name))
        except LatexError:
            continue
        if key is not None and isinstance(e := scope.names.get(key), Definition) and e.line <= at:
            valued[key] = name  # stated after the definition in force (a value stated before it is another example's)
    if not valued:
        return steps
    alt = scope.copy()
    for key in valued:
        alt.names[key] = VarDecl(key, "scalar")
    out = list(steps)
    for k in todo:
        names = set().union(*(names_in(t) for t in step_trees(chain, k)))
        reached = doc._reach(names, alt)
        free = sorted(display_key(key) for key, e in alt.names.items()
                      if key[0] in reached and isinstance(e, VarDecl) and e.kind == "scalar"
                      and not key[1])  # fmt: skip
        if not any(valued_name in free for valued_name in map(display_key, valued)):
            continue
        latest = {name: (number, at) for name, number, at in stated if name in free}  # the last one stated
        if set(latest) != set(free):
            continue  # every name the step then reads must have a stated value
        hypotheses = [(f"{n} = {v}", f"{WHERE} (line {at})") for n, (v, at) in sorted(latest.items())]
        again = copy.copy(chain)
        again.hypotheses = [*chain.hypotheses, *hypotheses]
        asked = {chain.steps[k].index}
        try:
            res = _Checker(doc, again, alt, asked, frozenset(asked)).run()[k]
        except (ResolveError, LatexError):
            continue
        said = ", ".join(display_key(key) for key in valued if display_key(key) in free)
        if res.verdict in _GREEN:
            out[k] = replace(
                res,
                message="; ".join(
                    x
                    for x in (f"read at the value the notes state for {said} in place of its definition", res.message)
                    if x
                ),
            )
    return out


def _written_before(row: str, name: str, number: str, start: int) -> bool:
    """Is ``name = number`` written on ``row`` before column ``start`` (the step's formula)? A value stated after the
    step on its line ("…, and for $p = 0.8$ it is …") is another example's (review65)."""
    m = re.search(r"\$[^$]*?" + re.escape(name.strip()) + r"\s*=[^$]*?" + re.escape(number) + r"[^$]*\$", row)
    return m is not None and m.start() < start
