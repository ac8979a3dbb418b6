r"""An inequality the sentence leading into a display states as its condition, which the checker does not read:
"When $\|g\| > c$ the clipped gradient has norm exactly $c$, $$\|\tilde g\| = \ldots = c$$".

Notes derive a piecewise quantity one region at a time: gradient clipping with ``\tilde g = \min(1,
c/\|g\|)\,g`` "when $\|g\| > c$", the max of two numbers "if $x_1 \ge x_2$", a ReLU layer "in the region
where $w^\top x > 0$". The checker reads a range of one scalar ("for $x > 0$": documents.ranges and
casedomains) and an index case ("for $i \neq j$": documents.cases); an inequality between expressions it
does not read, and it samples the whole space: the step fails in the region the notes exclude, and a
FAILED reported the notes' region as their mistake (fresh18's gradient-clipping probe).

This module owns that reading: a FAILED step whose display is led into by a sentence that opens with a
cue (*when*, *whenever*, *if*, *for*, *provided*, *assuming*, *(in the region) where*, *inside*, *within*,
*outside*) and an inline
inequality on names the step writes or reaches is SKIPPED, naming the condition: not every plausible
reading failed. A negated sentence ("it is not true that when …", "unless") states no condition, nor one that
goes on to the other region ("…, otherwise …", "in either case").
A comparison of names or numbers alone ("when $n < d$", "for $t \\ge 3$") is left to the readings that read
it (sizeorder, ranges). It never makes a step green: a step that holds keeps its verdict, and a step that
fails in the stated region too is only not called FAILED (checking under the condition would take sampling
restricted to it; left).
"""

from __future__ import annotations

import re
from typing import Any

from verifier.documents.headings import after_heading
from verifier.documents.proseconditions import subscript_in
from verifier.documents.ranges import scalar_ranges
from verifier.documents.regions import CONDITION_CUE, READ, SENTENCE_END, reached_names
from verifier.results import StepResult, Verdict

__all__ = ["stated_condition", "under_unread_condition"]

# a sentence's end: ". When", ".\n\nIf" (a full stop after a formula too: "$c > 0$. When")
_INEQUALITY = re.compile(r"(?<!\\)[<>]|\\(?:geq?|leq?|geqslant|leqslant|neq?|gt|lt)(?![A-Za-z])|[≥≤≠]")
# "where $\alpha = s(1-s) > 0$": a definition whose sign is a remark, no condition
_EQUALS = re.compile(r"(?<![<>!\\])=")
# a side that is one name (with a subscript) or a number: "n < d", "t \ge 3", "0 < x"
_SIMPLE = re.compile(r"^\s*-?\s*(?:\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?|[0-9.]+)\s*$")
# "If $\|g\| > c$ we rescale, otherwise we keep it; in either case …": the sentence goes on to the other region
# too, so the display after it is stated for both (review31c)
_BOTH = re.compile(r"\b(?:otherwise|else|either\s+way|regardless|in\s+(?:either|both|all|every|any)\s+cases?)\b",
                   re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|unless|except|without)\b", re.IGNORECASE)
# "$i \neq j$", "$k < j$": an index case, read (or refused) by documents.cases
_INDEX_CASE = re.compile(r"^\s*([a-z])\s*(?:<|>|\\neq?|\\[gl]eq?|≠)\s*([a-z])\s*$")
_NAME = re.compile(r"\\[A-Za-z]+|(?<![A-Za-z\\])[A-Za-z](?![A-Za-z])")
_NOT_NAMES = {"geq", "leq", "ge", "le", "neq", "ne", "gt", "lt", "in", "cdot", "top", "intercal", "T", "left",
              "right", "big", "Big", "frac", "sqrt", "mathbf", "boldsymbol", "bm", "mathrm", "operatorname",
              "tilde", "hat", "bar", "vec", "sum", "max", "min", "log", "exp", "infty", "quad", "text", "geqslant",
              "leqslant"}


def stated_condition(prose: str, text: str = "") -> str | None:
    r"""The inequality the last sentence of ``prose`` (the text up to a display) opens with as its condition
    ("When $\|g\| > c$ the norm is" → ``\|g\| > c``); None when it opens with none, is negated, or states a
    range of one scalar or an index case (read elsewhere). ``text``: the whole notes, where a letter written
    as a subscript is an index."""
    sentence = SENTENCE_END.split(prose.rstrip())[-1]
    m = CONDITION_CUE.match(sentence)
    if m is None or _NEGATED.search(sentence[: m.start("math")]):
        return None
    if _BOTH.search(sentence[m.end() :]):
        return None
    math = m.group("math").strip().rstrip(",.;")
    if not _INEQUALITY.search(math) or scalar_ranges(math) or _EQUALS.search(math):
        return None
    if all(_SIMPLE.match(side) for side in _INEQUALITY.split(math)):
        return None  # "when $n < d$", "for $t \ge 3$": a size order or a bound, read elsewhere (sizeorder, ranges)
    ix = _INDEX_CASE.match(math)
    if ix is not None and all(subscript_in(n, text) if text else n in "ijklmnst" for n in ix.groups()):
        return None
    return math


def condition_names(math: str) -> set[str]:
    """The names an inline condition writes (``\\|g\\| > c`` → g, c; ``\\alpha`` → alpha)."""
    return {n.lstrip("\\") for n in _NAME.findall(math)} - _NOT_NAMES


def under_unread_condition(doc: Any, chain: Any, scope: Any, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED one SKIPPED where the sentence leading into its display states an inequality
    on a name it writes or reaches (see the module docstring)."""
    if chain.inline or not any(r.verdict is Verdict.FAILED for r in steps) or id(chain) in doc.__dict__.get(READ, ()):
        return steps  # a condition of one variable, checked in its region (documents.regions)
    start, before = after_heading(*doc._prose_before(chain, display=True))
    math = stated_condition(before, doc.text)
    if math is None or any(math.strip() == c.strip() for c, _ in chain.conditions):
        return steps
    wanted = condition_names(math)
    out = []
    for r in steps:
        if r.verdict is Verdict.FAILED and wanted & reached_names(doc, scope, r):
            r = r.skipped(f"fails for a general value, but the notes state it under the condition ${math}$ "
                          f"(lines {start + 1}-{chain.line}), which the checker does not read: it may hold there")
        out.append(r)
    return out
