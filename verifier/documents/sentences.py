r"""How the readings of the prose cut it into sentences (one pattern each, shared by the modules that read words).

* :data:`SENTENCE`: the sentences of a text, for ``finditer`` — a run of characters up to a full stop followed by
  white space (``x.y`` and ``3.5`` stay inside) or a blank line (annotations, iterates, basisvectors, rowsoftmax).
* :func:`last_sentence`: the sentence the prose right before a claim ends with, cut at a sentence end followed by
  a capital or a bracket, or at a blank line (heldconstant, constrained).
* The sentence ends below, one compiled pattern per way of cutting, each used by every module that cuts that
  way (speed42 gathered the copies; a module whose cut differs keeps its own pattern, with a comment why). In
  all of them a stop mark is ``.``, ``!`` or ``?`` and counts only before white space (or the text's end where
  said): ``x.y``, ``3.5`` and ``e.g.x`` do not end a sentence.
* :data:`SINGLE_DOLLARS` and :data:`DOLLAR_SPAN`: the inline formulas inside a sentence. Every formula of a text
  (display, math environment, inline) is found by :mod:`verifier.documents.mathspans`.
* :data:`COUNTERFACTUAL`: what makes a whole sentence say what would happen or give an example (its values are no
  values the notes go on with), asked of the sentence these cuts give (latestvalues, renewednames); its two parts,
  the hypothetical mood (:data:`HYPOTHETICAL`) and an example's head (:data:`EXAMPLE_HEAD`), for a reader that
  means one of them.
"""

from __future__ import annotations

import re

from verifier.documents.prosewords import WORD_START, other_languages

__all__ = [
    "COUNTERFACTUAL", "DOLLAR_SPAN", "EXAMPLE_HEAD", "HYPOTHETICAL", "MARK_OR_BLANK", "MARK_SPACE", "RUN_TO_STOP",
    "SENTENCE", "SENTENCE_END", "SENTENCE_END_OR_DISPLAY", "SINGLE_DOLLARS", "SPACE_AFTER", "SPACE_BEFORE_CAPITAL",
    "STOP_MARK", "WORD_STOP", "formulas_blanked", "last_sentence",
]  # fmt: skip

SENTENCE = re.compile(r"(?:[^.\n]|\.(?!\s)|\n(?!\s*\n))+")
_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])|\n\s*\n")

#: A sentence ends: a stop mark with the white space character after it (or the text's end), a full-width 。！？
#: (Chinese notes write no space after it: gaps62), or a blank line.
#: ``split(prose)[-1]`` is the sentence a claim's lead-in ends with, ``split(after)[0]`` the one after it,
#: ``search`` where the sentence going on ends (claims, casevalues, deniedranges, einsteinscope, factorisations,
#: prosefunctions, solvedprose, hypothetical, sumstoone, definedcases).
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？]|\n\s*\n")

#: The hypothetical mood: a sentence that says what would happen ("If instead $c = 2$, the vertex would move", "if we
#: had $c = 2$"), in English and in the other languages of :mod:`verifier.documents.prosewords` (gaps62).
HYPOTHETICAL = re.compile(
    rf"(?:\b(?:would|were|had)|{WORD_START}(?:{other_languages('would')}))(?![A-Za-zÀ-ÿ])", re.IGNORECASE
)
#: The head of an example ("For example, …", "for instance", "e.g."), in English and the other languages.
EXAMPLE_HEAD = re.compile(
    rf"(?:\b(?:for\s+example|for\s+instance|e\.g\.)|{WORD_START}(?:{other_languages('for example')}))(?![A-Za-zÀ-ÿ])",
    re.IGNORECASE,
)
#: A sentence that says what would happen, or gives an example (:data:`HYPOTHETICAL` or :data:`EXAMPLE_HEAD`): the
#: values it states are no values the notes go on with (latestvalues, renewednames; red61).
COUNTERFACTUAL = re.compile(f"{HYPOTHETICAL.pattern}|{EXAMPLE_HEAD.pattern}", re.IGNORECASE)

#: :data:`SENTENCE_END`, or a display's ``$$``: the sentence the prose just before a formula ends with, not
#: reaching back over a display (inlinerestated, restatements).
SENTENCE_END_OR_DISPLAY = re.compile(r"[.!?](?:\s|$)|\n\s*\n|\$\$")

#: The opening of a display (``$$``, ``\[``, ``\begin{equation}``, reStructuredText's ``.. math::``) the prose
#: before a displayed claim ends in, with the white space around it: cut before the sentence leading in to the claim
#: is looked for, or the display's own ``$$`` ends that sentence (specialcases.lead_in; wordcases had it: redlate62,
#: red63).
DISPLAY_OPENER = re.compile(r"\s*(?:(?:\$\$|\\\[|\\begin\{[A-Za-z*]+\}|\.\.[ \t]+math::)\s*)?$")

#: The stop mark alone (the white space after it not taken, so ``end()`` is right after the mark), before white
#: space or the text's end; no blank line: lines of prose read one by one (roughapprox, roughafter), and text that
#: is one clause already, where only whether a sentence ends is asked (the words before a ``where``, a trailing
#: clause: wheresentence, trailing; they had ``[.!?](?:\s|$)``, which matches at the same places).
STOP_MARK = re.compile(r"[.!?](?=\s|$)")

#: The stop mark alone before white space or the text's end, or a blank line: ``group(0) == "?"`` tells a
#: sentence that ends as a question (iidjoint, assumed).
MARK_OR_BLANK = re.compile(r"[.!?](?=\s|$)|\n\s*\n")

#: The stop mark alone before white space (a mark at the text's very end does not count: the text is cut at a
#: claim, which the sentence goes on with), or a blank line (iidjoint's sentence starts, symmetricprose).
WORD_STOP = re.compile(r"[.!?](?=\s)|\n\s*\n")

#: A stop mark and the one white space character after it (not at the text's end), or a blank line:
#: ``split(prose.rstrip())[-1]`` is the condition's own sentence before a claim (definedconditions, guesses,
#: familyorientation).
MARK_SPACE = re.compile(r"[.!?]\s|\n\s*\n")

#: The white space after a stop mark (the mark stays in its sentence), or a blank line: ``split`` gives whole
#: sentences (dotproducts, sumstoone, statedentries).
SPACE_AFTER = re.compile(r"(?<=[.!?])\s+|\n\s*\n")

#: :data:`SPACE_AFTER` only before a capital, a ``$`` or a backslash (the next sentence starts with a word or a
#: formula), or a blank line: "e.g. the" does not cut (covariances, jacobiancases).
SPACE_BEFORE_CAPITAL = re.compile(r"(?<=[.!?])\s+(?=[A-Z$\\])|\n\s*\n")

#: For ``finditer``: runs of text without a stop mark, each with the mark that ends it when white space or the
#: text's end follows (constantfactors, sectioncases, symmetricsection). A run starts only at the text's start or
#: end or just after a mark: those are the only places ``[^.!?]*(?:[.!?](?=\s|$)|$)`` alone can match (a run
#: that fails, "3.5 …" or "e.g. …", fails from each of its letters too), so ``finditer`` gives the same runs, but
#: no longer tries the failed run again from each of its letters — quadratic in a long section with no stop
#: before white space, 1.4 s of two corpus notes in symmetricsection (docspeed66).
RUN_TO_STOP = re.compile(r"(?:(?<![^.!?])|(?=\Z))[^.!?]*(?:[.!?](?=\s|$)|$)")

#: An inline formula ``$…$`` and its text (group 1), not part of a ``$$`` display nor an escaped ``\$``
#: (casevalues, solvedprose). :data:`verifier.documents.definitions.INLINE_MATH` also refuses an escaped
#: closing dollar; it is kept apart.
SINGLE_DOLLARS = re.compile(r"(?<![$\\])\$([^$]+)\$(?!\$)")

#: An inline formula in either form, ``$…$`` (group 1; as :data:`SINGLE_DOLLARS`) or ``\(…\)`` (group 2), not part of
#: a ``$$`` display nor an escaped ``\$`` (eliminated, knowndivergences, underexpectation); :func:`formula_text`
#: gives its text.
INLINE_FORMULA = re.compile(r"(?<![$\\])\$([^$]+)\$(?!\$)|\\\((.+?)\\\)")


def formula_text(match: re.Match[str]) -> str:
    """The text of an :data:`INLINE_FORMULA` match, whichever form it was written in."""
    return match.group(1) if match.group(1) is not None else match.group(2)


#: Any ``$…$`` span, empty ones too, to blank a sentence's formulas out before its words are read
#: (dotproducts, renewednames, hypothetical, trailing, layerinstances, independence, iterates, symmetricsection).
DOLLAR_SPAN = re.compile(r"\$[^$]*\$")


def formulas_blanked(text: str) -> str:
    """``text`` with every :data:`DOLLAR_SPAN` blanked to spaces, its offsets kept: its words read, a ``.`` or an
    ``if`` inside a formula no prose (exactdata, hypotheticalvalues, proseparts)."""
    return DOLLAR_SPAN.sub(lambda m: " " * len(m.group(0)), text)


#: An inline formula or a display on one line, ``$…$`` or ``$$…$$``, and its text (group 1): the formulas a
#: sentence writes (covariances, entrywiseinverse, hot, peervectors, primedcalls, signlabels).
MATH_SPAN = re.compile(r"\$+([^$]+)\$+")


def last_sentence(prose: str) -> str:
    """The last sentence of ``prose`` (the words just before a claim); ``""`` for no prose."""
    return _BREAK.split(prose)[-1] if prose else ""
