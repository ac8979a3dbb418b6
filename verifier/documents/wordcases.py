r"""A value stated under a case said in words: "Under perfect balance $f_i = P_i = \frac{1}{N}$ …".

The mixture-of-experts notes (fresh30) say what the load-balancing loss is *when* the router balances the
tokens: "Under perfect balance $f_i = P_i = \frac1N$ and the sum is 1". Learned as f's definition, it made the
notes' later stated vector $f = (0.5, 0.25, 0.125, 0.125)$ a value of a defined name (never a hypothesis), so
$\sum_i f_i P_i = 0.5 \cdot 0.4 + … = 0.3125$ was read as $\sum_i P_i^2$ and FAILED — a false alarm.

A formula whose clause opens with a case cue followed by words only ("under", "when", "whenever", "if", "in the
case (of)", "in the limit (of)": "Under perfect balance", "When the classes are balanced,", "If the router is
uniform,") holds in that case only: it is neither a definition for the lines after it nor a claim the checker can
put a hypothesis to (documents.casevalues reads a case written as a formula, ``at $u = 0$``). A clause that
chooses or names ("If we define", "When we set", "If we take") still defines, as do "at" (a time: "At the start,
$w = 0.5$"), "for", "with" and "where".
"""

from __future__ import annotations

import re

from verifier.documents.sentences import SENTENCE_END as _SENTENCE_END

__all__ = ["case_in_words"]

# the clause's start (the sentence's, or after a comma, ";", ":" or "and"/"but"), the cue, then words only
_CASE = re.compile(
    r"(?:^|[,;:]|\b(?:and|but)\b)\s*"
    r"(?P<words>(?:under|when|whenever|if|in\s+the\s+(?:case|limit)(?:\s+of)?)\s+"
    r"(?P<rest>[A-Za-z][A-Za-z'\-]*(?:\s+[A-Za-z][A-Za-z'\-]*){0,7}))\s*,?\s*$",
    re.IGNORECASE,
)
# words that choose or name a value rather than set a case: "If we define", "When we set", "if we take"
_CHOOSING = re.compile(
    r"\b(?:let|set|sets|setting|define|defines|defined|defining|take|taking|choose|choosing|pick|write|"
    r"denote|call|use|using|put|plug|substitute|substituting|rewrite|expand|expanding|differentiate|"
    r"differentiating|solve|solving|compute|computing|is|are|be|have|has)\s*$|\b(?:we|you|one)\b",
    re.IGNORECASE,
)


def case_in_words(prose: str) -> str | None:
    r"""The case (its words as written) that the clause ``prose`` ends in sets in words right before the formula
    after it ("Under perfect balance "), or None. ``prose`` ends where the formula starts; a clause that writes a
    formula between its cue and this one, chooses a value ("If we take ") or ends in a verb ("When the loss is ")
    sets no case in words."""
    ends = list(_SENTENCE_END.finditer(prose))
    sentence = prose[ends[-1].end() :] if ends else prose
    m = _CASE.search(sentence)
    if m is None or "$" in m.group("words") or _CHOOSING.search(m.group("rest")):
        return None
    return " ".join(m.group("words").split())
