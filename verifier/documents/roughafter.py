r"""An approximation the sentence after its display calls rough: ``\approx`` that claims no digits.

:mod:`verifier.documents.roundedapprox` reads ``\approx`` before a rounded number, or between formulas of
numbers with a decimal, as a claim to the digits written and checks it as ``=``. Notes often say what an
approximation is worth only once it is written: "$$\sigma(2) \approx 0.5 + 0.5 = 1.0,$$ which is a poor
approximation this far from zero", "$$e^{0.3} \approx 1.3$$ — only a crude estimate". Checked as ``=`` such a
step is FAILED, though the notes say themselves that it is off: a FAILED must hold under every plausible
reading, and here the plain one is "roughly". (sound23's :mod:`verifier.documents.roughapprox` reads the prose
*leading into* the chain; this module reads the sentence *after* it. The reader asks both: either one makes
the chain's ``\approx`` links keep their relation, SKIPPED "not an equality", never green.)

The sentence after the display is the prose from the display's end to the first full stop, within two lines
of the paragraph (a blank line, a heading or another display ends it). What counts there is narrower than
before a chain: a judgement of the approximation (poor, rough, crude, coarse, inaccurate, "not accurate",
ballpark, back of the envelope) or its kind ("a first-order / linear / Taylor approximation"). A sentence that
goes on to the next computation ("Expanding the square gives a rough bound", "The next layer multiplies it …")
says nothing of the display's ``\approx`` and the worked value stays checked: the sentence must go on from the
display (a comma or dash, a word in lower case: "which is …") or point back at it ("This is …", "It is …",
"The approximation …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.documents.members import _Chain
from verifier.documents.sentences import STOP_MARK as _SENTENCE_END

__all__ = ["said_rough_after"]

_ROUGH_AFTER = re.compile(
    r"\b(?:poor(?:ly)?|rough(?:ly)?|crude(?:ly)?|coarse(?:ly)?|inaccurate|not\s+(?:very\s+|at\s+all\s+)?accurate"
    r"|ballpark|back[- ]of[- ]the[- ]envelope"
    r"|(?:lineari[sz]ed|linear|first[- ]order|second[- ]order|leading[- ]order|taylor|maclaurin)\s+"
    r"(?:approximation|estimate|expansion))\b",
    re.IGNORECASE,
)
# a sentence about the display: it goes on from it ("which is …", "— a poor …", lower case) or points back at it
_OF_THE_DISPLAY = re.compile(
    r"\s*(?:[,;:—–-]|\\quad|\\qquad|[a-z]|(?:This|That|It|Which|Such|These|Both|The\s+(?:approximation|estimate|"
    r"value|result))\b)"
)
# where a display ends: $$, \], \end{equation*} …, a ```math fence
_CLOSER = re.compile(r"\$\$|\\\]|\\end\s*\{[A-Za-z*]+\}|^\s*```\s*$")
_OPENER = re.compile(r"\$\$|\\\[|\\begin\s*\{|^\s*```")
_LINES_AFTER = 2
_DISPLAY_ROWS = 6  # how far below the last member the display's end is looked for


def _sentence_after(lines: Sequence[str], line: int) -> str:
    """The prose after the display whose last member is on ``line`` (1-based), to its first full stop."""
    k = line - 1
    end = None
    for j in range(max(k, 0), min(k + _DISPLAY_ROWS, len(lines))):
        if j == k and lines[j].lstrip().startswith("$$") and lines[j].count("$$") == 1:
            continue  # the line opens the display: its end is below
        closers = list(_CLOSER.finditer(lines[j]))
        if closers:
            end = (j, closers[-1].end())
            break
    if end is None:
        return ""
    j, col = end
    out = [lines[j][col:]]
    for n in range(j + 1, min(j + 1 + _LINES_AFTER, len(lines))):
        text = lines[n]
        if not text.strip() or text.lstrip().startswith("#") or _OPENER.search(text):
            break
        out.append(text)
    prose = " ".join(out)
    stop = _SENTENCE_END.search(prose)
    return prose[: stop.end()] if stop else prose


def said_rough_after(chain: _Chain, lines: Sequence[str]) -> bool:
    """Does the sentence right after ``chain``'s display call its approximation rough (module docstring)?"""
    if chain.inline or not chain.members:
        return False
    sentence = _sentence_after(lines, max(m.line for m in chain.members))
    return _OF_THE_DISPLAY.match(sentence) is not None and _ROUGH_AFTER.search(sentence) is not None
