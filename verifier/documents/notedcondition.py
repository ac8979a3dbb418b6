r"""A condition written in the note after an equation: ``(a + b)^2 = a^2 + b^2 \text{ since } ab = 0`` (redteam43).

latex.chains makes a ``\text{…}`` after an equation the step's note: ``\text{ since …}``, ``\text{ if …}``, and
(lead42) a reason, ``\text{ (by …)}``, ``\text{ using …}``. The equation is then checked alone, as an identity. Where
the note goes on to write a condition in math — a relation (``=``, ``<``, ``\le``, ``\ne`` …) over a name the step
writes — the equation claims only what holds under it, and a failure as an identity is no mistake of the notes:
such a FAILED step is SKIPPED, naming the condition (it is not read under it). A note that writes no relation, or
one over names the step does not write, leaves the verdict as it was. This module owns that reading
(:func:`noted_condition`, :func:`under_noted_condition`). The same condition written in the prose right after a
display, its sentence going on in lower case ("$$(y_a - z_b)^2 = y_a^2 - z_b^2$$ when $z_b = 0$."), is that note
(:func:`condition_after`, sound52 found it FAILED). Where the condition is one equation the checker can assume
(documents.hypotheses: ``z_b = 0``, ``ab = 0``), the failing step is checked under it first
(:func:`checked_under_condition`): FAILED there too, it is wrong under the notes' own condition and stays FAILED
(sound53: "$$(y_a - z_b)^2 = y_a^2 + z_b^2 + 1$$ when $z_b = 0$." was SKIPPED, a lost catch); never green here.
Only where that equation is all the notes state there (:func:`_states_only`, sound54): "when $z_b = 0$ and the label
$y_a$ is one" states more, and a step right under the whole condition was FAILED under its first equation alone;
nor where the sentence leading into the display or the next one restricts another name of the step ("For a binary
label $y_a \in \{0, 1\}$,", "Here $y_a$ is binary.": :func:`_restricted_beside`, sound55).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from verifier.documents.sentences import DOLLAR_SPAN, SENTENCE_END
from verifier.results import StepResult, Verdict

__all__ = ["checked_under_condition", "condition_after", "noted_condition", "under_noted_condition"]

#: a note that opens with a reason or a condition in words: "\text{ since }", "\text{ (by …, as }", "\text{ if }"
_CUE = re.compile(r"^\s*\\(?:text|textrm|mbox)\s*\{\s*\(?\s*(?:since|if|when|whenever|because|as|given|provided|"
                  r"assuming|using|by|via|applying|with)\b", re.IGNORECASE)
_TEXT = re.compile(r"\\(?:text|textrm|mbox)\s*\{([^{}]*)\}")
_RELATION = re.compile(r"=|<|>|\\(?:le|leq|ge|geq|ne|neq|to)(?![A-Za-z])")
_NAME = re.compile(r"\\[A-Za-z]+|[A-Za-z]")
#: a condition that is one equation (``z_b = 0``, ``ab = 0``): the checker can assume it (documents.hypotheses)
_ONE_EQUATION = re.compile(r"^[^=<>]+=[^=<>]+$")
#: commands that are no names
_NOT_NAMES = {r"\frac", r"\left", r"\right", r"\cdot", r"\le", r"\leq", r"\ge", r"\geq", r"\ne", r"\neq", r"\to",
              r"\mathbb", r"\mathrm", r"\operatorname", r"\text", r"\quad", r"\qquad", r"\sqrt", r"\log", r"\exp"}


def _names(latex: str) -> set[str]:
    return {n for n in _NAME.findall(latex) if n not in _NOT_NAMES}


#: the display's sentence going on after it with a condition, in lower case ("$$…$$\n\nwhen $z_b = 0$."): not a
#: new sentence ("When $x = 0$ the loss vanishes.")
_GOING_ON = re.compile(r"^\s*(?:when(?:ever)?|if|provided(?:\s+that)?|given(?:\s+that)?|assuming(?:\s+that)?)\s+"
                       r"\$([^$]+)\$")


def condition_after(after: str) -> str | None:
    """The condition the prose right ``after`` a display states when the display's sentence goes on with one ("when
    $z_b = 0$."), its math as :func:`noted_condition` gives a note's; else None."""
    m = _GOING_ON.match(after)
    if m is None or not _RELATION.search(m.group(1)):
        return None
    return " ".join(m.group(1).strip(" ().,;").split())


#: the words a note may hold beside its condition's math for the condition to be all it states
_CUE_WORDS = {"since", "if", "when", "whenever", "because", "as", "given", "provided", "assuming", "that", "where"}
#: the display's sentence ending right after its condition ("when $z_b = 0$." and the paragraph ends or a new
#: sentence starts): nothing more is stated with it ("… and the label $y_a$ is one", "…, since $y_a$ is binary")
_ENDS_THERE = re.compile(r"^\s*\.?\s*(?:$|\n|[A-Z])")


def _states_only(notes: Sequence[str], after: str) -> bool:
    """Is the condition :func:`checked_under_condition` read all that the note or the prose after the display states
    with it? A note of one ``\\text{since …}`` group whose words are only the cue, or a sentence after the display
    that ends right after the condition's formula (sound54: "when $z_b = 0$ and the label $y_a$ is one" is more
    than ``z_b = 0``, and a step right under the whole of it was FAILED under its first equation alone)."""
    for note in notes:
        if not _CUE.match(note):
            continue
        groups = _TEXT.findall(note)
        words = re.findall(r"[A-Za-z]+", DOLLAR_SPAN.sub(" ", " ".join(groups)))
        outside = _TEXT.sub(" ", note)
        # one note only: "\text{since } b = 0 \text{ and } a \in \{0, 1\}" is two notes (latex.chains)
        return (len(notes) == 1 and len(groups) == 1 and all(w.lower() in _CUE_WORDS for w in words)
                and not re.search(r",|\\in(?![A-Za-z])|\\(?:text|quad|qquad)", outside))
    m = _GOING_ON.match(after)
    return m is not None and _ENDS_THERE.match(after[m.end() :]) is not None


# a restriction of a name in words or math: "binary", "one-hot", "$y_a \in \{0, 1\}$", "$y_a^2 = y_a$", "$x > 0$"
_RESTRICTS = re.compile(r"\b(?:binary|one-hot|boolean|indicator|integers?|positive|negative|non-?negative|"
                        r"zero\s+or\s+one|0\s+or\s+1)\b|\\in(?![A-Za-z])|\\[lg]eq?(?![A-Za-z])|[<>]|"
                        r"\^\s*\{?\s*2\s*\}?\s*=", re.I)


def _restricted_beside(before: str, after: str, step: set[str], condition: str) -> bool:
    r"""Does the sentence leading into the display (the end of ``before``) or the one after the condition's (in
    ``after``) restrict a name of the step that the condition does not write ("For a binary label $y_a \in \{0,
    1\}$,", "Here $y_a$ is binary.")? Then the condition is not all the notes state (sound55)."""
    others = step - _names(condition)
    lead = SENTENCE_END.split(before.rstrip())[-1] if before.strip() else ""
    m = _GOING_ON.match(after)
    rest = after[m.end():] if m is not None else ""
    following = SENTENCE_END.split(rest.lstrip(" .").split("\n\n")[0])[0] if rest else ""
    for sentence in (lead, following):
        if not _RESTRICTS.search(DOLLAR_SPAN.sub(" ", sentence)) and not any(
                _RESTRICTS.search(x) for x in re.findall(r"\$([^$]*)\$", sentence)):
            continue
        if any(_names(x) & others for x in re.findall(r"\$([^$]*)\$", sentence)):
            return True
    return False


def noted_condition(notes: Sequence[str]) -> str | None:
    """The condition (its math as written) a note of a chain states after a reason or condition word, or None."""
    for note in notes:
        if not _CUE.match(note):
            continue
        # the math of the note: outside its \text{…} groups, and inside their $…$
        math = _TEXT.sub(lambda m: " ".join(re.findall(r"\$([^$]*)\$", m.group(1))), note)
        if _RELATION.search(math):
            return " ".join(math.strip(" ().,;").split())
    return None


def checked_under_condition(doc: Any, chain: Any, scope: Any, steps: list[StepResult], after: str = "",
                            before: str = "") -> list[StepResult]:
    """``steps`` with each FAILED one whose note or following prose states a condition (:func:`under_noted_condition`)
    checked again under it, where the condition is one equation: FAILED there too, it stays FAILED — wrong under the
    condition the notes state as under none ("$$(y_a - z_b)^2 = y_a^2 + z_b^2 + 1$$ when $z_b = 0$.", sound53);
    otherwise SKIPPED as :func:`under_noted_condition` says. Never made green here."""
    condition = noted_condition(chain.notes) or condition_after(after)
    failing = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED]
    again: list[StepResult] = []
    if condition is not None and failing and _ONE_EQUATION.match(condition) and _states_only(chain.notes, after):
        from verifier.documents.steps import checked_under  # late: steps imports much of documents

        again = checked_under(doc, chain, scope, [(condition, f"'${condition}$' stated with the display")],
                              failing) or []
    out = []
    for k, r in enumerate(steps):
        if k in failing and again and again[k].verdict is Verdict.FAILED and again[k].counterexample is not None \
                and not _restricted_beside(before, after, _names(f"{r.lhs_latex} {r.rhs_latex}"), condition or ""):
            out.append(replace(again[k], message="; ".join(x for x in (
                f"fails under the condition stated with it ({condition}) too", again[k].message) if x)))
        else:
            out.append(under_noted_condition(r, chain.notes, after))
    return out


def under_noted_condition(result: StepResult, notes: Sequence[str], after: str = "") -> StepResult:
    """``result`` SKIPPED where it FAILED and a note of its chain, or the prose right ``after`` its display, states a
    condition over a name the step writes (module docstring); as it was otherwise."""
    if result.verdict is not Verdict.FAILED:
        return result
    if (condition := noted_condition(notes) or condition_after(after)) is None:
        return result
    if not _names(condition) & _names(f"{result.lhs_latex} {result.rhs_latex}"):
        return result
    return replace(result, verdict=Verdict.SKIPPED, counterexample=None, curve=None, message=(
        f"fails as an identity, but the note after it states a condition ({condition}) under which the notes "
        f"claim it; it was not read under that condition"))
