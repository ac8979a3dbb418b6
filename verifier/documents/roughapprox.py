r"""An approximation the notes call rough: ``\approx`` that claims no digits.

:mod:`verifier.documents.roundedapprox` reads ``\approx`` before a rounded number (``\sigma(1) \approx 0.731``),
or between formulas of numbers with a decimal, as a claim to the digits written, and checks it as ``=``. That
is what a worked value means; it is not what a linearisation means. "Far from zero linearising is poor:
$$\sigma(2) \approx 0.5 + 0.5 = 1.0$$" says the first-order value is *not* σ(2) to one decimal: checked as
``=`` the step was FAILED (or, within review33a's slack for rounded terms, PASSED — green on a value the
notes say is off). A FAILED must hold under every plausible reading, and here the plain reading is "roughly".

So where the sentence that leads into the chain calls the approximation poor, rough or crude, or names an
expansion of an order or a series (linearising, first order, Taylor, "expanding around zero"), its ``\approx``
links keep their relation: SKIPPED "not an equality", neither FAILED nor green. Its ``=`` links (``0.5 + 0.5 =
1.0``) are checked as always, and a worked value written with ``\approx`` elsewhere (``\sigma(2) \approx
0.87``) is still a rounding, caught when wrong.

The cue must be about the approximation (rounding36; review35a found the words too broad): it is read in the
sentence leading into the chain — the prose of its paragraph (two lines above at most, and its own line up to
the formula) after the last full stop — and, for an inline formula, the rest of its own sentence. "A
second-order method needs the Hessian. We evaluate $$e^{0.1} \approx 1.15$$" (another sentence) and "Expanding
the square and using the numbers above, …" (an algebraic expansion, no approximation) leave the worked value
checked. The sentence after a display is :mod:`verifier.documents.roughafter`'s. "…of roughly $s/\sqrt{n}$; for
$n = 100$ that is $3/\sqrt{100} \approx 0.3$": an adverb right before a formula of its own, the clause closed by a
semicolon, qualifies that formula, not the value worked after it (misses44).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.documents.members import _Chain
from verifier.documents.sentences import STOP_MARK as _SENTENCE_END

__all__ = ["said_expansion_only", "said_rough"]

_ORDER = r"(?:first|second|third|leading|lowest|zeroth)[- ]order"
_ROUGH = re.compile(
    r"\b(?:poor(?:ly)?|rough(?:ly)?|crude(?:ly)?|coarse(?:ly)?|ballpark|back[- ]of[- ]the[- ]envelope|inaccurate"
    r"|not\s+(?:very\s+)?accurate|lineari[sz]\w*|taylor|maclaurin|asymptotic\w*"
    rf"|(?:to|at)\s+{_ORDER}|{_ORDER}\s+(?:approximat\w*|expansion|estimate|terms?|taylor)"
    r"|expan(?:sion|ding|ded|ds?)\s+(?:[\w-]+\s+){0,3}?(?:around|about|near|in\s+(?:a\s+)?(?:power\s+)?series)"
    r"|series\s+expansion)\b",
    re.IGNORECASE,
)
_LINES_BEFORE = 2
# a display's opening delimiter on the chain's own line: the prose is before it
_OPENER = re.compile(r"\$\$|\\\[|\\begin\s*\{")


def _paragraph_before(lines: Sequence[str], line: int) -> list[str]:
    """At most two lines above the 1-based ``line`` in the same paragraph (display openers skipped)."""
    out: list[str] = []
    k = line - 1
    for j in range(k - 1, max(k - 1 - _LINES_BEFORE, -1), -1):
        if j < 0 or not lines[j].strip() or lines[j].strip().startswith("#"):
            break
        if lines[j].strip() in ("$$", "\\[") or lines[j].lstrip().startswith("\\begin"):
            continue  # the display's opening line: the prose is above it
        out.append(lines[j])
    return list(reversed(out))


def _sentence_of(chain: _Chain, lines: Sequence[str]) -> str:
    """The sentence that leads into ``chain`` (and, inline, the rest of its own sentence)."""
    k = chain.line - 1
    own = lines[k] if 0 <= k < len(lines) else ""
    after = ""
    if chain.inline and chain.place is not None:
        head = own[: chain.place.column]
        end = chain.place.end_line - 1
        if 0 <= end < len(lines):
            after = lines[end][chain.place.end_column:]
            stop = _SENTENCE_END.search(after)
            after = after[: stop.start()] if stop else after
    elif chain.inline:
        head = own  # the formula's place is not known: its whole line (as before rounding36)
    else:
        opener = _OPENER.search(own)
        # a line of the display itself writes no prose; a line of prose with ``$…$`` is read whole
        head = own[: opener.start()] if opener else (own if "$" in own else "")
    before = " ".join([*_paragraph_before(lines, chain.line), head])
    starts = [m.end() for m in _SENTENCE_END.finditer(before)]
    return before[starts[-1]:] + " " + after if starts else before + " " + after


# "roughly $\widehat{se}/\sqrt{2(B - 1)}$; for $B = 200$ that is …": an adverb right before another formula, whose
# clause a semicolon closes, says that formula is rough, not the value worked after it (misses44)
_ADVERB = re.compile(r"(?:rough|crude|coarse)ly", re.IGNORECASE)
_OWN_FORMULA = re.compile(r"\s*\$[^$]+\$\s*;")


def _cues(chain: _Chain, lines: Sequence[str]) -> list[str]:
    sentence = _sentence_of(chain, lines)
    return [m.group(0) for m in _ROUGH.finditer(sentence)
            if not (_ADVERB.fullmatch(m.group(0)) and _OWN_FORMULA.match(sentence, m.end()))]


def said_rough(chain: _Chain, lines: Sequence[str]) -> bool:
    """Does the sentence leading into ``chain`` call its approximation rough or an expansion (module docstring)?"""
    return bool(_cues(chain, lines))


# the cues that say "rough" of the value (not only that an expansion was made): poor, rough, crude, ballpark, …
_SAYS_ROUGH = re.compile(r"poor|rough|crude|coarse|ballpark|envelope|inaccurate|accurate", re.IGNORECASE)


def said_expansion_only(chain: _Chain, lines: Sequence[str]) -> bool:
    """Do the cues of the sentence leading into ``chain`` only name an expansion (first order, linearising, Taylor),
    none calling the value rough? A rounding of exact arithmetic in it is then still a rounding (roundedapprox)."""
    cues = _cues(chain, lines)
    return bool(cues) and not any(_SAYS_ROUGH.search(c) for c in cues)
