r"""A function defined in pieces in the prose: its inline definitions are one piecewise definition, not a renewal.

"Let $h(r) = \frac12 r^2$ for $|r| \le \delta$ and $h(r) = \delta(|r| - \frac12\delta)$ otherwise": two inline
formulas of one sentence that define the same name, each with a condition ("for", "if", "when", "whenever",
"where", "otherwise", "else", "elsewhere") right after or before it. Read one after the other, the second renewed
h and a right derivative of the first piece was FAILED (red71; alarm71). The checker does not read the prose's
conditions into a ``Piecewise``, so neither piece is learned: h stays a function the notes do not define, and a step
about it is SKIPPED, never checked against one piece only (documents.inlinedefinitions skips the pieces)."""

from __future__ import annotations

import re

from verifier.documents.sentences import DOLLAR_SPAN, formulas_blanked

_LEFT = re.compile(r"\$\s*(\\?[A-Za-z]+(?:_\s*(?:\{[^{}$]*\}|\\?[A-Za-z0-9]+))?\s*(?:\([^()$=]*\))?)\s*(?::=|=)")
_CONDITION = re.compile(r"\b(?:for|if|when|whenever|where|otherwise|else|elsewhere)\b", re.IGNORECASE)
_OTHERWISE = re.compile(r"\b(?:otherwise|else|elsewhere)\b", re.IGNORECASE)
_STOP = re.compile(r"[.!?;](?:\s|$)|\n\s*\n|\$\$")


def _name(formula: str) -> str | None:
    m = _LEFT.match(formula)
    return re.sub(r"\s+", "", m.group(1)) if m else None


def _body(formula: str) -> str:
    """The formula's right side, without spaces."""
    return re.sub(r"\s+", "", formula.strip("$").split("=", 1)[-1])



def piece_starts(text: str) -> set[int]:
    """The offsets of the ``$`` of every inline formula of ``text`` that is one piece of a function the prose
    defines in pieces (two or more definitions of one name in a sentence, each beside a condition word)."""
    formulas = [m for m in DOLLAR_SPAN.finditer(text) if not text.startswith("$$", m.start())
                and not text[max(0, m.start() - 1) : m.start()] == "$"]  # fmt: skip
    masked = formulas_blanked(text)
    out: set[int] = set()
    for i, first in enumerate(formulas):
        name = _name(first.group(0))
        if name is None:
            continue
        for second in formulas[i + 1 :]:
            if _STOP.search(masked, first.end(), second.start()) or "$$" in text[first.end() : second.start()]:
                break
            if _name(second.group(0)) != name:
                continue
            between = masked[first.end() : second.start()]
            stop = _STOP.search(masked, second.end())
            after = masked[second.end() : stop.start() if stop else len(text)][:60]
            if _body(first.group(0)) == _body(second.group(0)):
                continue  # "for $m = 3$ …, for $m = 3$": one value said twice, no pieces
            last = re.split(r"\b(?:and|or)\b|,", between)[-1]  # "… and otherwise $h(r) = …$"
            if _CONDITION.search(between) and (_CONDITION.search(after) or _OTHERWISE.search(last)):
                out.update((first.start(), second.start()))
    return out
