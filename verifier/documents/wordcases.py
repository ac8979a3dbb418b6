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

A claim's supposition in words may bring in a constant and end in "then": "If all weights equal some
$c > 0$, then $\mathrm{ESS} = \frac{(nc)^2}{nc^2} = n$" (fresh67's effective-sample-size note). Checked with
ESS's definition over arbitrary weights, its first link FAILED — a false alarm: a link that reaches a definition,
stated in such a case, is SKIPPED naming the case (:func:`in_a_case_in_words`); a link of the claim's own algebra
is still checked.

Such a supposition excuses a claim only where it may speak of what the claim uses (gaps63): "If the learning rate
is small, then $$f'(x) = x$$" with $f(x) = x^2 + 3x$ was SKIPPED as well — a lost catch. Its subject (the words after
"the", "all", "each", "every": "learning rate") is read against the prose's ties of words to formulas ("with learning
rate $\eta$", "$\eta$ is the learning rate", :func:`tied_formulas`): where every subject is tied, and only to
formulas none of whose names the claim writes or reaches through the notes' definitions, the supposition is about
another quantity and the FAILED stands. A subject tied to nothing the notes write (what it names is not known), or to
a name the claim reaches, still excuses it; so does a supposition with no subject read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verifier.documents.infer import names_in
from verifier.documents.numberpoints import called_names
from verifier.documents.sentences import INLINE_FORMULA, formula_text
from verifier.documents.sentences import SENTENCE_END as _SENTENCE_END
from verifier.documents.specialcases import lead_in, step_writes
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document
    from verifier.documents.context import Scope
    from verifier.documents.members import _Chain

__all__ = ["case_in_words", "in_a_case_in_words", "same_noun", "subjects", "tied_formulas"]

# the clause's start (the sentence's, or after a comma, ";", ":" or "and"/"but"), the cue, then words only
_CUE_WORDS = (
    r"(?:^|[,;:]|\b(?:and|but)\b)\s*"
    r"(?P<words>(?:under|when|whenever|if|in\s+the\s+(?:case|limit)(?:\s+of)?)\s+"
    r"(?P<rest>[A-Za-z][A-Za-z'\-]*(?:\s+[A-Za-z][A-Za-z'\-]*){0,7})"
)
_CASE = re.compile(_CUE_WORDS + r")\s*,?\s*$", re.IGNORECASE)
# a claim's supposition in words may bring in a constant and end in "then": "If all weights equal some $c > 0$,
# then $…$" (fresh67; the claim is stated under it, not a value that defines: only in_a_case_in_words reads it)
_SUPPOSED = re.compile(
    _CUE_WORDS + r"(?:\s+(?:some|a\s+(?:constant|common\s+value))\s+\$[^$]+\$)?)"
    r"\s*,?\s*(?:then\s*)?$",
    re.IGNORECASE,
)
# words that choose or name a value rather than set a case: "If we define", "When we set", "if we take"
_CHOOSING = re.compile(
    r"\b(?:let|set|sets|setting|define|defines|defined|defining|take|taking|choose|choosing|pick|write|"
    r"denote|call|use|using|put|plug|substitute|substituting|rewrite|expand|expanding|differentiate|"
    r"differentiating|solve|solving|compute|computing|is|are|be|have|has)\s*$|\b(?:we|you|one)\b",
    re.IGNORECASE,
)


# the words that end a supposition's subject: a verb of its predicate, or a preposition or conjunction
_SUBJECT_ENDS = (
    "is are was were be equal equals has have go goes tend tends vanish vanishes become becomes get gets stay stays "
    "remain remains of to and or"
).split()
# a supposition's subject: the words after a determiner, up to such a word ("the learning rate is", "all weights equal")
_SUBJECT = re.compile(rf"\b(?:the|all|each|every|our)\s+(?P<noun>[A-Za-z-]+(?:\s+(?!(?:{'|'.join(_SUBJECT_ENDS)})\b)"
                      r"[A-Za-z-]+){0,2})", re.IGNORECASE)  # fmt: skip
# a formula named by the words after it: "$\eta$ is the learning rate", "$\eta$, the step size", "$\eta$ for the …"
# (or in a parenthesis or after a dash: "$\eta$ (the learning rate)", "$\eta$ — the step size": redmid63 M3)
_AFTER = re.compile(r"\s*[,(—–]?\s*(?:(?:is|are|be|denotes?|for|as)\s+)?(?:the|a|an|our)?\s*((?:[A-Za-z-]+\s*){1,3})")


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


# the words between a name and its formula ("the learning rate is $\eta$", "denoted by $\eta$")
_LINKING = frozenset("is are be equals denoted by".split())
# the words that may follow the head of the name a formula is given ("$\eta$ is the learning rate of the descent")
_PHRASE_ENDS = frozenset(_SUBJECT_ENDS) | frozenset("in for with that which we as at on by here then".split())


def tied_formulas(text: str, noun: str) -> list[str]:
    r"""The formulas the prose of ``text`` names with ``noun`` ("with learning rate $\eta$", "$\eta$ is the learning
    rate"): the head is the last word of the name, right before the formula (a linking "is" between) or in the words
    right after it, and every word of ``noun`` is among those words. A word of a compound name is no tie: "weight decay
    $\lambda$" names the decay, not the weights (review63: it made "If all the weights are equal" speak of λ, and a
    right step FAILED); nor is the head alone: "the learning rate" is not tied to "the decay rate $\gamma$"
    (redmid63 M3, mend63)."""
    head = _stem(noun.split()[-1])
    phrase = {_stem(w) for w in noun.split()}
    out = []
    for m in INLINE_FORMULA.finditer(text):
        before = re.split(r"[.;:!?$]", text[max(0, m.start() - 80) : m.start()])[-1].split()[-4:]
        while before and before[-1].lower() in _LINKING:
            before.pop()
        after = _AFTER.match(text, m.end())
        words = after.group(1).split() if after is not None else []
        named_after = any(_stem(w) == head and (k + 1 == len(words) or words[k + 1].lower() in _PHRASE_ENDS)
                          for k, w in enumerate(words))  # fmt: skip
        named = (before and _stem(before[-1].strip(",")) == head) or named_after
        if named and phrase <= {_stem(w.strip(",")) for w in before + words}:
            out.append(formula_text(m))
    return out


def subjects(prose: str) -> list[str]:
    """The subjects of ``prose`` (words after "the", "all", "each", "every", "our" up to a verb or a preposition:
    "Assume the weight is random" → "weight"), as a supposition's are read (:data:`_SUBJECT`)."""
    return [m.group("noun") for m in _SUBJECT.finditer(prose)]


def same_noun(noun: str, words: str) -> bool:
    """Are the words of ``words`` ("weight") among those of ``noun`` ("weights", "weight vector"), plural or not?"""
    return {_stem(w) for w in words.split()} <= {_stem(w) for w in noun.split()}


def _elsewhere(doc: _Document, case: str, reached: set[str]) -> bool:
    """Does the supposition ``case`` speak of a quantity the claim does not use (module docstring): each subject tied
    by the prose to formulas, and none of their names in ``reached`` (the claim's names and what they reach)?"""
    nouns = [m.group("noun") for m in _SUBJECT.finditer(case)]
    if not nouns or any(m.group(1) for m in INLINE_FORMULA.finditer(case)):
        return False  # no subject read, or a formula of its own ("some $c > 0$"): may bear on the claim
    for noun in nouns:
        tied = tied_formulas(doc.text, noun)
        if not tied:
            return False  # a subject the notes tie to nothing: what it names is not known
        for formula in tied:
            try:
                tree = doc.parse_plain(formula)
            except LatexError:
                return False
            if (names_in(tree) | called_names(tree)) & reached:
                return False
    return True


def case_in_words(prose: str, pattern: re.Pattern[str] = _CASE) -> str | None:
    r"""The case (its words as written) that the clause ``prose`` ends in sets in words right before the formula
    after it ("Under perfect balance "), or None. ``prose`` ends where the formula starts; a clause that writes a
    formula between its cue and this one, chooses a value ("If we take ") or ends in a verb ("When the loss is ")
    sets no case in words. ``pattern`` ``_SUPPOSED``: a claim's supposition, which may bring in a constant
    ("If all weights equal some $c > 0$, then ")."""
    ends = list(_SENTENCE_END.finditer(prose))
    sentence = prose[ends[-1].end() :] if ends else prose
    m = pattern.search(sentence)
    if m is None or "$" in m.group("rest") or _CHOOSING.search(m.group("rest")):
        return None
    return " ".join(m.group("words").split())


def in_a_case_in_words(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    r"""``steps`` with each FAILED step that reaches a name the notes define SKIPPED, where the words right before
    the claim (:func:`verifier.documents.specialcases.lead_in`) set a case in words: "If all weights equal some
    $c > 0$, then $\mathrm{ESS} = \frac{(nc)^2}{nc^2}$" holds for equal weights, which the checker does not read
    (ESS's definition is checked with arbitrary ones). A step reaching no definition (the claim's own algebra,
    ``\frac{(nc)^2}{nc^2} = n^2``) does not depend on the case's words and keeps its FAILED; a step that holds
    keeps its verdict."""
    if not any(r.verdict is Verdict.FAILED for r in steps):
        return steps
    # before a display the prose ends in a blank line and the display's opening ``$$``, which lead_in cuts (redlate62)
    prose = lead_in(doc, chain)[1]
    if (case := case_in_words(prose, _SUPPOSED)) is None:
        return steps
    out = list(steps)
    for k, r in enumerate(steps):
        if r.verdict is not Verdict.FAILED or (seen := step_writes(doc, chain, k)) is None:
            continue
        names, calls = seen
        reached = doc._reach(names | calls, scope)
        if reached - names and not _elsewhere(doc, case, reached | names | calls):
            out[k] = r.skipped(
                f'stated in a case the prose says in words ("{case}"), which the checker does not '
                "read: write the case as a formula (or the claim's values) to have it checked"
            )
    return out
