r"""A range the prose states only to deny or except it: "It is not true that for $x > 0$ …", "this does not
hold for $x > 0$", "except when $x > 0$", "unless $x > 0$".

:mod:`verifier.documents.ranges` reads ``$x > 0$`` in the prose before a display as the display's range, and
checks the display for positive x. Under a negation or an exception the prose says the opposite: read as
the range, a false ``\max(0, x) = x`` was PROVED "as the prose states", and a true ``\frac{d}{dx}|x| = 1``
"except when $x < 0$" was FAILED (checked at negative x). This module owns that cue (:func:`denied`: a
negation or an exception in the range's own sentence, before it or between it and the display) and the
verdict of a step stated with such a range (:func:`under_denied`): a FAILED is SKIPPED (the condition the
notes state is one the checker does not read, and the step may rest on it); a green step stays green (it
holds without any range). The denied range itself is never a hypothesis (ranges.stated_ranges skips it).
Not a cue: "only when", "only for" (a range the display needs, read as such), "not just for"/"not only
for" (ranges reads those as the claim meant beyond the range: no range either), "unless stated otherwise" (a
standing assumption), nor a negation after the range of something else ("for $x > 0$ we need not write the
absolute value"): after it, only words that say the statement does not hold, or that it holds without the range
("$x > 0$ is not needed / required / necessary": no hypothesis, as "whether or not"). A range in a yes-or-no
question ("Is it true that $x > 0$?") is not stated either (redteam38), nor one named right after "outside" ("Outside
$x \le 1$,": the display is about x > 1; documents.regions reads that other side, sound53).
"""

from __future__ import annotations

import re

from verifier.documents.sentences import SENTENCE_END as _SENTENCE_CLOSED
from verifier.results import StepResult, Verdict

__all__ = ["DENIED", "OUTSIDE", "denied", "denied_ranges", "excepting_clause", "left_for_general", "negated_cue",
           "outside", "under_denied", "universal"]

# not sentences.SENTENCE_END: a `;` and a display's `$$` end the clause a range is denied in too
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n\s*\n|\$\$")
# the words before a range, in its sentence, that take it back or except it ("it is not true that for", "except
# when", "unless", "without assuming", "not necessarily")
_BEFORE = re.compile(
    r"\b(?:not|never|no\s+longer|without|except(?:ing)?|unless|exclud(?:e|es|ed|ing)|apart\s+from|other\s+than|"
    r"save\s+(?:for|when|where)|unlike|in\s+contrast\s+to|as\s+opposed\s+to|fails?|false|invalid|incorrect|wrong|"
    # "It is tempting to restrict to $x > 0$", "Mistakenly restricting to" (redteam36)
    r"tempting|mistaken(?:ly)?|wrongly|erroneous(?:ly)?|"
    # "We cannot assume $x > 0$", "Nothing requires", "We drop the assumption", "Relaxing the condition" (redteam37)
    r"cannot|nothing|nobody|no\s+one|"
    r"(?:drop|relax|remov|lift|abandon|weaken)\w*\s+(?:the|this|that|our|any)\s+(?:assumption|condition|restriction|"
    r"requirement|hypothesis|constraint))\b|n't\b",
    re.IGNORECASE,
)
# … and after it: only words that say the statement does not hold there ("for $x > 0$ this does not hold", "this
# fails", "is false"), not any negation ("for $x > 0$ we need not write the absolute value", "is not required")
_AFTER = re.compile(
    r"\b(?:(?:does|do|is|are|will|would)\s*(?:not|n't)\s+(?:hold|true|valid|apply|work|the\s+case|correct)|"
    r"fails?|breaks\s+down|(?:is|are)\s+(?:false|wrong|invalid|incorrect)|"
    # "…, but we do not", "…, but we will not" (the writer declines it; redteam36)
    r"but\s+(?:we|I|you|one|let\s+us)\s+(?:do|will|shall|won't|don't|did)\s*(?:not|n't)?(?:\s+(?:do\s+so|here))?\s*$|"
    r"but\s+(?:we|I)\s+(?:won't|don't|didn't)\b)",
    re.IGNORECASE,
)
# "…, which is wrong", "…, which would be a mistake": the which-clause speaks of the range itself (redteam36)
_WHICH_WRONG = re.compile(r"^[^,]*,\s*which\s+(?:is|was|would\s+be)\s+(?:(?:a\s+)?(?:mistake|wrong|false|incorrect|"
                          r"invalid|an\s+error)|not\s+(?:true|valid|justified|correct))\b", re.IGNORECASE)
# "not just for", "not only when": the claim is meant beyond the range (documents.ranges reads that itself);
# "unless stated otherwise, $x > 0$": the notes' standing assumption, stated
#: "outside $|x| \le 1$", "outside of", "outside the region": the range named is the one the statement is NOT about
#: (documents.regions reads the other side of it; here it is no range of the statement: sound53)
OUTSIDE = r"outside(?:\s+of)?(?:\s+the\s+(?:region|set|interval|range|band|strip|ball|disc|disk))?"
#: how :func:`under_denied` says why a step is SKIPPED
DENIED = "the prose states it with a negated or excepted condition"
_OUTSIDE = re.compile(rf"\b{OUTSIDE}\s*$", re.IGNORECASE)
_NOT_CUES = re.compile(r"\bnot\s+(?:just|only|merely|simply)\b|\bunless\s+(?:(?:stated|noted|specified|said|"
                       r"mentioned|indicated)\s+otherwise|otherwise\s+(?:stated|noted|specified|said|mentioned|"
                       r"indicated))\b", re.IGNORECASE)
# "$x > 0$ is not needed", "… is not required", "… is unnecessary": the statement holds without the range, as
# "whether or not" says (no hypothesis, no excuse; redteam38). "For $x > 0$ we need not write …" is no such clause.
_NOT_NEEDED = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:is|are|was|were)\s+(?:(?:not|n't)\s+(?:really\s+)?(?:needed|required|"
                         r"necessary|essential)|unnecessary|superfluous)\b", re.IGNORECASE)
# a yes-or-no question about the range ("Is $x > 0$?", "Is it true that $x > 0$?", "Do we need $x > 0$?"): it
# states nothing (no hypothesis; a failure is SKIPPED, the answer is not read; redteam38)
_ASKS = re.compile(r"^\s*(?:is|are|does|do|did|can|could|must|should|need|may)\b", re.IGNORECASE)
# "no matter whether $x > 0$", "regardless of whether", "whether or not": the statement holds for every x; the
# range is no hypothesis, and no exception either (a step that fails stays FAILED) (review30e)
_UNIVERSAL = re.compile(r"\b(?:no\s+matter|regardless\s+of|irrespective\s+of|whether)\b", re.IGNORECASE)
# a clause before a colon is a statement of its own ("We do not need a separate case: for $x > 0$, …"): its
# negation denies nothing after the colon (review30e)
_CLAUSE_END = re.compile(r":(?:\s|$)|,\s*(?:but|and|yet|so|though|although|while|whereas|that)\b")
# … and a clause after the range that speaks of something else ("for $x > 0$, where the naive formula fails,")
_OTHER_CLAUSE = re.compile(r",\s*(?:where|which|whose|when|as|since|because|though|although|unlike)\b")
_INLINE = re.compile(r"(?<![\\$])\$[^$]+\$")
# "$$…$$ except when $x < 0$.": the display's sentence goes on with an exception (the display is not closed by a
# full stop, and the prose after it starts with the exception)
_EXCEPTING = re.compile(r"^\s*,?\s*(?:except(?:ing)?|unless|excluding|other\s+than|save|apart\s+from|but\s+not)\b",
                        re.IGNORECASE)
_CLOSED = re.compile(r"\.\s*(?:\$\$|\\\]|\\end\s*\{[a-z*]+\})?\s*\.?$|\$\$\s*\.\s*$")
# a cue of documents.hypothetical that denies the display ("which does not hold", "but this is not true"): what
# follows it is no hypothesis the display holds under
_NEGATED_CUE = re.compile(r"\bnot\b|n't\b", re.IGNORECASE)


def _sentence(prose: str, start: int, end: int) -> tuple[str, str]:
    """The part of the sentence around ``prose[start:end]`` before it and after it (the after part up to the
    sentence's end or the display), each with the inline formulas blanked (their letters say nothing)."""
    before = prose[max(0, start - 240) : start]
    ends = list(_SENTENCE_END.finditer(before))
    before = before[ends[-1].end() :] if ends else before
    colons = list(_CLAUSE_END.finditer(_INLINE.sub(lambda m: " " * len(m.group()), before)))
    before = before[colons[-1].end() :] if colons else before
    after = prose[end : end + 240]
    stop = _SENTENCE_END.search(after)
    after = after[: stop.start()] if stop is not None else after
    if _WHICH_WRONG.search(_INLINE.sub(" ", after)):
        return _INLINE.sub(" ", before), "is wrong"
    other = _OTHER_CLAUSE.search(after)
    after = after[: other.start()] if other is not None else after
    return _INLINE.sub(" ", before), _INLINE.sub(" ", after)


def denied(prose: str, start: int, end: int) -> bool:
    """Does the sentence of the range at ``prose[start:end]`` negate or except it ("it is not true that for
    $x > 0$", "this does not hold for $x > 0$", "except when $x > 0$", "for $x > 0$ this fails")?"""
    before, after = _sentence(prose, start, end)
    if _UNIVERSAL.search(before) or _NOT_NEEDED.search(after) or _asked(prose, start, end) or outside(prose, start):
        return True
    return bool(_BEFORE.search(_NOT_CUES.sub(" ", before)) or _AFTER.search(after))


def outside(prose: str, start: int) -> bool:
    """Is the range starting at ``prose[start]`` named right after "outside" ("Outside $|x| \\le 1$,", "outside of",
    "outside the region"): the statement is about the other side of it?"""
    return _OUTSIDE.search(prose[max(0, start - 80) : start].rstrip("$ ")) is not None


def _asked(prose: str, start: int, end: int) -> bool:
    """Is the range at ``prose[start:end]`` in a yes-or-no question ("Is it true that $x > 0$?")? Its sentence
    opens with an auxiliary verb and ends with a question mark."""
    whole = prose[max(0, start - 240) : start]
    ends = list(_SENTENCE_END.finditer(whole))
    opening = whole[ends[-1].end() :] if ends else whole
    stop = _SENTENCE_END.search(prose, end, end + 240)
    return stop is not None and stop.group().startswith("?") and _ASKS.match(opening) is not None


def universal(prose: str, start: int, end: int) -> bool:
    """Does the sentence of the range at ``prose[start:end]`` say the statement holds whatever the range ("no
    matter whether $x > 0$", "regardless of whether $x > 0$", "whether or not $x > 0$")? Such a range is
    :func:`denied` (no hypothesis) but excuses no failure."""
    before, after = _sentence(prose, start, end)
    return _UNIVERSAL.search(before) is not None or _NOT_NEEDED.search(after) is not None


# a later clause that turns to the general case ("For $x > 0$ this is easy; in general, $$…$$"): redteam26
_LATER_CLAUSE = re.compile(r"[.;:!?](?:\s|$)|\n\s*\n|,\s*(?:but|and|while|whereas|yet)\b")
_GENERAL = re.compile(r"\b(?:in\s+general|otherwise|in\s+the\s+general\s+case|for\s+(?:a|any)\s+general|"
                      r"in\s+all\s+cases|(?:the|an)\s+(?:other|remaining|opposite)\s+case|"
                      r"either\s+way|in\s+(?:either|both|each|every|any)\s+cases?|regardless|"
                      r"(?:whatever|for\s+(?:both|either|each|every|any))\s+(?:the\s+)?signs?|"
                      # "The claim for all real $x$ is", "In full generality," (redteam36)
                      r"for\s+(?:all|every|any)\s+real|in\s+(?:full|all|complete)\s+generality)\b", re.IGNORECASE)
# "For $x > 0$ …. For the other case, we get:" (review31a): the range is the first case's, not the display's;
# "…. Either way," / "In both cases," / "Regardless," (redteam27): the claim is every case's




def left_for_general(prose: str, end: int, at: int) -> bool:
    r"""Does the prose between a range ending at ``end`` and the claim starting at ``at`` go on, in a later
    clause, to the general case ("For $x > 0$ this is easy; in general,", "…, but in the general case")? The
    range is then the earlier clause's, no hypothesis of the claim: read as one, a wrong
    ``\frac{d}{dx}|x| = 1`` was PROVED "as the prose states" (redteam26). "(as in general)" is no later clause."""
    between = _INLINE.sub(lambda m: " " * len(m.group()), prose[end:at])
    turn = _LATER_CLAUSE.search(between)
    general = None if turn is None else _GENERAL.search(between, turn.end())
    # a sentence that ends after the turn ("otherwise it outputs zero. On the positive side,") closes it:
    # the claim is the next sentence's, under the range again (review31b)
    if general is None:
        return False
    closed = _SENTENCE_CLOSED.search(between, general.end())
    # … but only where another sentence starts before the claim: "For the other case, we get:\n\n$$…" ends its
    # paragraph at the display it introduces (review31a)
    return closed is None or not between[closed.end() :].strip()


def denied_ranges(prose: str, formulas: list[tuple[int, int, str]]) -> list[str]:
    """The formulas among ``formulas`` (each its span in ``prose`` and its LaTeX) whose sentence denies them."""
    return [f for s, e, f in formulas if denied(prose, s, e)]


def excepting_clause(after: str, display_end: str = "") -> str:
    """The clause the display's sentence goes on with after it when it is an exception ("except when $x < 0$",
    "unless $x < 0$"), up to the sentence's end; "" otherwise (``display_end``: the display's last line)."""
    if not _EXCEPTING.match(after) or _CLOSED.search(display_end.rstrip()):
        return ""
    stop = _SENTENCE_END.search(after)
    return after[: stop.start() if stop is not None else len(after)]


def negated_cue(cue: str) -> bool:
    """Is the cue by which the notes state a display as a condition (documents.hypothetical) a denial ("which
    does not hold", "but this is not true in general")? What follows it is then no hypothesis of the display."""
    return _NEGATED_CUE.search(cue) is not None


def under_denied(steps: list[StepResult], said: list[str], where: str) -> list[StepResult]:
    """``steps`` with each FAILED one SKIPPED when the prose states the chain with the denied or excepted
    ranges ``said`` (their LaTeX; ``where``: the lines): the notes' condition is not read, and the step may
    hold under it."""
    if not said:
        return steps
    why = (f"{DENIED} ({', '.join(f'${s}$' for s in said)}, "
           f"{where}), which the checker does not read: the step may hold under it")
    return [r.skipped(why) if r.verdict is Verdict.FAILED else r for r in steps]
