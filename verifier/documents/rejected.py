r"""A formula the notes reject: "$p'(x) = u'(x)v(x) + u(x)v'(x)$, not $p'(x) = u'(x)v'(x)$".

Notes that teach a rule show the wrong version beside it ("not $…$", "rather than $…$", "instead of
$…$", "$…$ is wrong", "A common mistake is $$…$$"). Checked as a claim, the rejected formula fails —
and a FAILED would report the notes' own warning as their mistake. This module owns that reading:

* :func:`rejection` finds the cue: words right before an inline formula ending in *not* / *rather
  than* / *instead of* (``not only`` excluded: it affirms), or right after it saying *is wrong /
  incorrect / false / a (common) mistake*, or, before a display, prose ending "mistake is", "wrong:",
  "incorrect formula:", "a wrong value would be" (as its clause's subject: "the probability of predicting the
  wrong value is" names a quantity), an answer key's "a common error is to … write" (or "is to forget …:", the
  display after the colon showing it) or "the common slip" ("the
  error is" names a quantity; a display right after "the incorrect class" stays a claim: the cue must end the
  prose; "Find the mistake:" asks the reader to, and its display is the notes' own to check; prose that turns
  away from the error, "Avoiding the common error:", "Correcting the wrong sign:", introduces the notes' own
  answer: no rejection; nor does prose that owns up to an earlier formula, "Correction: the sign was wrong,").
* :func:`judged` turns the check of such a formula into what it says about the notes: a failure is
  the notes being right (SKIPPED, "rejected by the notes, and it does fail"); a formula that *holds*
  though the notes reject it is reported (SKIPPED, "… but it holds"), never green and never a FAILED
  of the notes (the scope of a "not" is a reading).
* :func:`rejected_inline`: the same cue makes an inline formula no definition ("The loss is $L = \frac1n
  \sum …$, not $L = \sum …$": the lines after read the first L, not the rejected one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import sympy as sp

from verifier.documents.sentences import MATH_SPAN, SINGLE_DOLLARS
from verifier.latex import LatexError
from verifier.latex.braces import split_top_equals
from verifier.results import StepResult, Verdict

__all__ = ["judged", "rejected_inline", "rejection"]

_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:and|but|or)\s+)?(?<![A-Za-z])(?:not(?!\s+only)|rather\s+than|instead\s+of)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"\s*(?:\((?:wrong|incorrect|false)!?\)|,?\s*(?:which\s+)?is\s+(?:wrong|incorrect|false|not\s+correct|"
    r"a\s+(?:common\s+|classic\s+|typical\s+)?(?:mistake|error)))",
    re.IGNORECASE,
)
#: what the error is "to" do: "to write", "to drop the inner derivative and write", or a description the display
#: after its colon shows ("to forget the inner derivative:"; red63)
_TO_DO = r"(?:\s+to\s+(?:(?:[^$.;:]*?\s)?(?:write|claim|conclude|get)|[^$.;:!?]*(?=:\s*$)))?"
_DISPLAY_BEFORE = re.compile(
    # "mistake is", "a common error is to write" ("the error is" names a quantity: a claim)
    r"(?:\bmistake\s+(?:is|would\s+be)" + _TO_DO + "|"
    # an answer key's "A common error is to drop the inner derivative and write", "for the common slip" (fresh66);
    # the adjective is needed: "the squared error is" names a loss
    r"\b(?:common|typical|classic|frequent|usual|tempting)\s+(?:error|slip|pitfall)s?"
    r"(?:\s+(?:is|are|would\s+be)" + _TO_DO + ")?|"
    r"(?<!goes\s)(?<!go\s)(?<!went\s)(?<!going\s)\b(?:wrong|incorrect)(?:ly|\s+(?:version|formula|rule|answer|way|"
    r"derivation|value|result|expression|gradient|derivative|step|solution|sign))?"
    r"(?:\s+(?:is|would\s+be|reads))?)\s*[:,]?\s*$",
    re.IGNORECASE,
)
#: the nouns lead62 added to the cue: they also name a quantity in passing ("the probability of predicting the wrong
#: value is", "differentiating with the wrong sign,"), so they reject a display only as its clause's subject
_NAMED_WRONG = re.compile(
    r"(?:wrong|incorrect)\s+(?:value|result|expression|gradient|derivative|step|solution|sign)\b", re.IGNORECASE
)
#: the words a sentence may open with before such a subject ("Note that a tempting but wrong value would be")
_SUBJECT_LEAD = frozenset({
    "a", "an", "the", "one", "another", "this", "that", "such", "note", "but", "and", "so", "here", "then", "yet",
    "however", "also", "common", "typical", "frequent", "classic", "usual", "tempting", "plausible", "natural",
})  # fmt: skip

# "Avoiding the common error:", "Correcting the wrong sign:", "After fixing the incorrect derivative:": prose that
# turns away from the error introduces the notes' own answer (redmid62)
_TURNED_AWAY = re.compile(
    r"\b(?:avoid(?:s|ed|ing)?|without|instead\s+of|unlike|rather\s+than|correct(?:s|ed|ing)?|fix(?:es|ed|ing)?|"
    r"replac(?:e|es|ed|ing)|repair(?:s|ed|ing)?)\s+(?:(?:the|a|an|this|that|our|such)\s+)?$",
    re.IGNORECASE,
)
# "Correction: the denominator was wrong," / "The signs I used above were wrong,": a correction's label ("Correction.",
# "Erratum:"), or the past said of a formula written before ("above", "earlier", "my first …"), owns up to an earlier
# formula: the display after it is the notes' fixed one (fresh69: a student's rewritten step). The past alone stays a
# cue: "My answer was wrong:" may show that answer.
_OWNED_UP = re.compile(r"\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_EARLIER = re.compile(
    r"\b(?:above|earlier|before|previous(?:ly)?|first|original(?:ly)?|initial(?:ly)?)\b", re.IGNORECASE
)
_CORRECTION_LABEL = re.compile(
    r"(?:^|[.!?:]\s)\W*(?:correction|corrected|erratum|errata)\s*(?:\d+\s*)?[:.\-—–]", re.IGNORECASE | re.MULTILINE
)
_NOT_TRUE = re.compile(r"\b(?:is|are)\s+not\s+(?:true|the\s+case|correct)\s+that\s*$", re.IGNORECASE)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def rejection(line: str, first: str, last: str, inline: bool, before: str = "", at: int | None = None,
              after: str = "", parse: Callable[[str], object] | None = None) -> str | None:  # fmt: skip
    """The words by which the notes reject the formula whose first and last members are ``first`` and
    ``last``: written inline on ``line`` or (``inline`` False) a display after the prose ``before`` and before the
    prose ``after`` ("$$…$$ is wrong; it should be …": the display's own sentence goes on to reject it, as after an
    inline formula; redmid64). ``at``: the column the inline formula opens at (documents.claimplace): of several
    written alike on the line ("Not $…$ in general, but for $x > 0$ indeed $…$") only its own words count; None:
    any of them. ``parse``: the notes' reader of a formula, to tell the earlier formula retyped from a fix
    (:func:`same_value`)."""
    if not inline:
        m = _display_cue(before.rstrip())
        if m is None:
            return None if (later := _AFTER.match(after)) is None else later.group(0).strip(" ,:")
        if not _owned_up(before.rstrip(), m):
            return m.group(0).strip()
        if _replaced(before.rstrip()[: m.start()], first, last, parse):  # the old formula above, and this is not it
            return None
        return OWNED_UP + m.group(0).strip()
    head, tail = _squeezed(first), _squeezed(last)
    alike = [m for m in SINGLE_DOLLARS.finditer(line)
             if (body := _squeezed(m.group(1))).startswith(head) and body.endswith(tail)]  # fmt: skip
    if at is not None and any(m.start() == at for m in alike):
        alike = [m for m in alike if m.start() == at]
    for m in alike:
        # "A common mistake is to write $…$", "It is not true that $…$" as before a display (review23c)
        cue = _BEFORE.search(line[: m.start()]) or _display_cue(line[: m.start()].rstrip()) \
            or _NOT_TRUE.search(line[: m.start()]) or _AFTER.match(line[m.end() :])
        if cue is not None:
            return cue.group(0).strip(" ,:")
    return None


def _display_cue(prose: str) -> re.Match[str] | None:
    """The cue of :data:`_DISPLAY_BEFORE` ending ``prose``, unless the prose turns away from it (:data:`_TURNED_AWAY`:
    "Avoiding the common error:" introduces the notes' answer) or names a wrong value or sign in passing
    (:data:`_NAMED_WRONG` not its clause's subject: "the probability of predicting the wrong value is"; review62)."""
    m = _DISPLAY_BEFORE.search(prose)
    if m is None or _TURNED_AWAY.search(prose[: m.start()]):
        return None
    if not _NAMED_WRONG.match(m.group(0)):
        return m
    clause = re.split(r"[.!?;:,\n]", prose[: m.start()])[-1]
    return m if all(w in _SUBJECT_LEAD for w in clause.lower().split()) else None


#: marks a cue after prose that owns up to an earlier formula (:func:`_owned_up`): the display after it is the fix, or
#: the earlier formula shown again — green where it holds, SKIPPED where it fails (:func:`judged`), never FAILED
OWNED_UP = "(owning up) "
# a cue that names a common error: an answer key's, whatever label stands before it (redmid63 M2)
_COMMON_ERROR = re.compile(r"\b(?:common|typical|frequent|usual|classic)\b|\b(?:mistake|error|slip|pitfall)s?\b", re.I)


def _owned_up(prose: str, m: re.Match[str]) -> bool:
    """Does ``prose`` before the cue ``m`` own up to an earlier formula — a correction's label ("Correction:",
    "Erratum."), or the past said of a formula written before ("The signs I used above were wrong:"; fresh69)? Not
    for a cue that names a common error (an answer key's "Correction: a common mistake is to write"). What follows
    is the fixed formula, or the earlier one shown again (redmid63 M2: both are read)."""
    if _COMMON_ERROR.search(m.group(0)):
        return False
    lead = prose[: m.start()]
    if _CORRECTION_LABEL.search(re.split(r"\n\s*\n", lead)[-1]):
        return True
    return bool(_OWNED_UP.search(lead) and _EARLIER.search(re.split(r"[.!?;:\n]", lead)[-1]))


def _replaced(lead: str, first: str, last: str, parse: Callable[[str], object] | None = None) -> bool:
    r"""Does ``lead`` (the prose before an owning-up cue) show the earlier formula of the quantity a display after it
    writes — a formula whose first member is the display's ``first`` ("~~$D'(q) = … = \frac{q - p}{q(1 + q)}$~~") —
    and is the display not that formula again (its ``last`` member written in none of them, nor, read by ``parse``,
    of the same value as their last member: ``\frac{1}{(\sin x)^2}`` is ``\frac{1}{\sin^2 x}`` retyped, redmid64
    M7)? Then the display is the fix, the notes' own to check: it cannot be the earlier one shown again (gaps64;
    redmid63 M2 kept a failing one SKIPPED for that reading, and fresh69's planted wrong fixes below a struck step
    were so)."""
    head, tail = _plain(first), _plain(last)
    if not head or not tail or head == tail:
        return False
    earlier = [m.group(1) for m in MATH_SPAN.finditer(lead)]  # inline or displayed, as written
    alike = [f for f in earlier if split_top_equals(_plain(f))[0] == head]
    if not alike or any(tail in _plain(f) for f in alike):
        return False
    return parse is None or not any(same_value(parse, split_top_equals(f)[-1], last) for f in alike)


def same_value(parse: Callable[[str], object], a: str, b: str) -> bool:
    r"""Do the formulas ``a`` and ``b``, read by ``parse``, have one value (``\frac{1}{(\sin x)^2}`` and
    ``\frac{1}{\sin^2 x}``, ``\csc^2 x``)? A difference that does not parse, or is not small enough to simplify
    at once, is not: the display stays the fix."""
    try:
        x, y = parse(a), parse(b)
        if not isinstance(x, sp.Expr) or not isinstance(y, sp.Expr):
            return False
        if x == y:
            return True
        d = x - y
        return sp.count_ops(d) <= 40 and sp.simplify(d) == 0
    except (LatexError, TypeError, ValueError):  # not a formula, or a matrix and a scalar: no one value
        return False


def _plain(latex: str) -> str:
    r"""``latex`` without its spaces, spacing commands and ``\left``/``\right``: ``q\,(1 + q)`` is ``q(1+q)`` shown
    again, not another formula."""
    return _squeezed(re.sub(r"\\[,;:!]|\\(?:left|right)\b|\\[qw]?quad\b", "", latex))


def rejected_inline(before: str, after: str) -> bool:
    """Do the words right ``before`` an inline formula ("…, not") or right ``after`` it ("is wrong") reject
    it? Such a formula defines nothing for the lines after it (definitions: "not $L = \\sum …$" is no L)."""
    return _BEFORE.search(before) is not None or _AFTER.match(after) is not None


def judged(result: StepResult, cue: str) -> StepResult:
    """``result`` of a formula the notes reject (by the words ``cue``), as what it says of the notes."""
    if cue.startswith(OWNED_UP):  # the fix, or the earlier formula again: green where it holds, never FAILED
        cue = cue[len(OWNED_UP) :]
        if result.verdict.ok:
            return result.said(f"read as the corrected formula after '{cue}'")
        return replace(result, verdict=Verdict.SKIPPED, counterexample=None, message=(
            f"after '{cue}' this display is the fixed formula or the earlier one shown again, and it fails: write "
            f"the fix after 'should be' ({result.message or 'a counterexample'})"))  # fmt: skip
    said = f"the notes reject this formula ('{cue}')"
    if result.verdict is Verdict.FAILED:
        why = result.message or "a counterexample"
        return replace(result, verdict=Verdict.SKIPPED, counterexample=None,
                       message=f"{said}, and it does fail, as they say ({why})")  # fmt: skip
    if result.verdict.ok:
        why = result.message or ""
        return replace(result, verdict=Verdict.SKIPPED,
                       message=f"{said}, but it holds: a correct formula called wrong? ({why})")  # fmt: skip
    return replace(result, message=f"{said}; {result.message or ''}")
