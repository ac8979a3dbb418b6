r"""A line that names an earlier part of an exercise: read at the values that part states (sound42).

"(a) Let $a = 1$ … (b) Now let $a = 2$ … (c) Recall from (a) that $q(3) = 25$": documents.latestvalues reads a name
stated with several values at the one stated last before the line (a = 2, part (b)'s), so the line was PROVED at a
value it does not mean — in part (a) q(3) = 16 — and the right "Recall from (a) that $q(3) = 16$" was FAILED. This
module owns which earlier part a line names and where that part is:

* :func:`named_part`: the part a chain's lines (and the sentence leading to them, across a blank line where it is
  unfinished: "Recall from (a) that", a blank line, the display — sound43) name — "part (a)", "in (a)", "as
  in (a)", "from (a)", "with (a)", "of (a)", "see (a)", "recall (a)" — other than the part the chain is in: its label
  and the last line of that part (the line before the next part opens), where the part opens before the chain
  (the last opening of that label before it: a line starting "(a)", "**(a)**", "Part (a)", or a heading "## Part
  (a)"). Where the line names two parts, names one that does not open before it, or also says "here", "now",
  "this time", "instead" or "in this part" (the part's value, or the line's own?), or sets itself against it
  ("unlike", "in contrast", "compared", "differs", "than", "redo", "repeat"; review42), the part is *undecided*: the
  caller leaves the name out (a FAILED step with it free is SKIPPED, documents.latestvalues), never green at a
  value the line does not mean. So is a line that names another exercise by its number ("part (a) of Exercise 1",
  "Recall from Problem 2": the same label opens in every exercise, and a value of another exercise is no latest
  value) or a part by its place ("the previous part"; redteam43).

documents.check reads the names' values as a chain at the part's last line would (scopes and renewals as there),
and the values the line would otherwise take are not tried: the line names its part. :func:`opens_between` tells
documents.premises that a value stated in a later part than a computation is no result of it ("(a) … 𝔼[X] = 0.5
(b) For a fair die, $\mathbb{E}[X] = 3.5$": a given of part (b)).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from verifier.documents.latestvalues import latest_values, same_value
from verifier.documents.sentences import SENTENCE_END as _SENTENCE_END

__all__ = ["NamedPart", "named_part", "opens_between", "read_at_part", "said_in_part"]

_LABEL = r"\(([a-h])\)"
#: a line that opens a part: "(a) …", "**(a)**", "Part (a)", "## Part (a)", "**Part (a).**"
_OPENS = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:part\s*)?" + _LABEL, re.IGNORECASE)
#: a part named: "part (a)", "in (a)", "as in (a)", "from (a)", "recall (a)" …
_NAMED = re.compile(r"\bpart\s*" + _LABEL + r"|\b(?:in|from|with|of|see|recall)\s+" + _LABEL, re.IGNORECASE)
#: words that say the line is about the present part after all, or sets it against the part it names (review42)
_HERE = re.compile(r"\b(?:here|now|this\s+time|instead|in\s+this\s+part|unlike|contrast|compared|differs?|"
                   r"different|than|redo|repeat)\b", re.IGNORECASE)
#: another exercise named by its number ("part (a) of Exercise 1", "Recall from Problem 2", "as in Question 3(b)";
#: not a heading "Problem 3: …"), or a part named by its place ("the previous part"): which part (and which
#: values) is not read (redteam43)
_ELSEWHERE = re.compile(r"\b(?:of|from|in|see|recall|like|with)\s+(?:the\s+)?(?:exercises?|problems?|questions?|"
                        r"examples?|tasks?|homeworks?|assignments?)\s*\d+|"
                        r"\b(?:earlier|first|second|third|other)\s+parts?\b", re.IGNORECASE)
#: the part before the line's own: "as in the previous part" names it (redteam43)
_PREVIOUS = re.compile(r"\b(?:previous|preceding|last)\s+part\b", re.IGNORECASE)


@dataclass(frozen=True)
class NamedPart:
    """The earlier part a line names: its label and its last line (None: undecided, module docstring); ``own``:
    the line where the chain's own part opens (None: it is in no part)."""

    label: str
    last: int | None
    own: int | None = None


def _openings(lines: list[str]) -> list[tuple[int, str]]:
    """(line, label) of every line that opens a part (1-based lines)."""
    return [(k + 1, m.group(1).lower()) for k, text in enumerate(lines) if (m := _OPENS.match(text))]


def opens_between(text: str, after: int, upto: int) -> bool:
    """Does a part (or a heading) open on a line of ``text`` after line ``after``, up to line ``upto``?"""
    lines = text.splitlines()[after:upto]
    return any(_OPENS.match(t) or t.lstrip().startswith("#") for t in lines)


def named_part(text: str, first: int, last: int) -> NamedPart | None:
    """The earlier part that a chain on lines ``first``..``last`` of ``text`` names, or None where it names none."""
    lines = text.splitlines()
    if not 1 <= first <= len(lines):
        return None
    before = "\n".join(lines[: first - 1]) + "\n"  # (a blank line before the chain ends the sentence before it)
    stripped = before.rstrip()
    if stripped and (stripped[-1].isalpha() or stripped[-1] in ":,"):
        before = stripped  # … unless that sentence is unfinished: "Recall from (a) that", a blank line, the display
    ends = list(_SENTENCE_END.finditer(before))
    lead = before[ends[-1].end():] if ends else before  # the sentence leading to the chain ("As in part (a), …")
    window = lead + "\n" + "\n".join(lines[first - 1 : last])
    opened = _openings(lines)
    own_at, own = next(((at, label) for at, label in reversed(opened) if at <= first), (None, None))
    labels = {(m.group(1) or m.group(2)).lower() for m in _NAMED.finditer(window)} - {own}
    # a line that opens its own part with the label ("Part (c): …") names that part, not an earlier one
    prose = "\n".join(t for t in window.splitlines() if not t.lstrip().startswith("#"))  # not the own heading
    if _ELSEWHERE.search(prose):
        return NamedPart(sorted(labels)[0] if labels else "?", None, own_at)
    if _PREVIOUS.search(prose):  # the part opening before the line's own (none found: undecided)
        labels.add(next((label for at, label in reversed(opened) if own_at is not None and at < own_at), "?"))
    if not labels:
        return None
    if len(labels) > 1 or _HERE.search(window):
        return NamedPart(sorted(labels)[0], None, own_at)
    label = labels.pop()
    starts = [at for at, lab in opened if lab == label and at < first]
    if not starts:
        return NamedPart(label, None, own_at)
    after = [at for at, _ in opened if at > starts[-1]]
    end = (after[0] - 1) if after else None
    if end is None or end >= first:  # the chain is in that part: no earlier part
        return None
    return NamedPart(label, end, own_at)


Value = tuple[str, str, int]  # (name, number, line), as documents.latestvalues


def read_at_part(
    part: NamedPart,
    chosen: tuple[list[Value], list[Value], list[Value]],
    before: Sequence[Value],
    in_scope_at: Callable[[int], list[Value]],
    lines: Sequence[str] = (),
) -> tuple[list[Value], list[Value], list[Value]]:
    """documents.latestvalues' (values read, other values, undecided values) of a chain that names ``part``: the
    names the part states read at its values (``in_scope_at(line)``: the values in scope at a line, as a chain
    there would have them) and not tried at others; where the part is undecided, every name stated with two values
    before the chain (``before``) left out (undecided). ``lines`` (the document's) keep a value stated in an aside
    from being the part's latest, as latest_values does for the chain's own place. A name the chain's own part
    states ("(c) Let $a = 5$. Redo part (a) with this value: …") is undecided too: its own value, or the part's?"""
    kept, others, undecided = chosen
    several = {n for n, v, _ in before if any(m == n and not same_value(w, v) for m, w, _ in before)}
    if part.last is None:
        return ([v for v in kept if v[0] not in several], [v for v in others if v[0] not in several],
                undecided + [v for v in before if v[0] in several])  # fmt: skip
    own = {n for n, _, line in before if part.own is not None and line >= part.own} & several
    if own:  # the part's values for the other names; the names the own part renews left out
        kept, others, undecided = read_at_part(NamedPart(part.label, part.last), chosen,
                                               [v for v in before if v[0] not in own], in_scope_at, lines)
        return ([v for v in kept if v[0] not in own], [v for v in others if v[0] not in own],
                [v for v in undecided if v[0] not in own] + [v for v in before if v[0] in own])  # fmt: skip
    there = [v for v in in_scope_at(part.last) if v[2] <= part.last]
    p_kept, p_others, p_undecided = latest_values(there, part.last + 1, part.last + 1, lines)
    read = {v[0] for v in (*p_kept, *p_undecided)}
    return (p_kept + [v for v in kept if v[0] not in read], p_others + [v for v in others if v[0] not in read],
            p_undecided + [v for v in undecided if v[0] not in read])  # fmt: skip


def said_in_part(hypotheses: list[tuple[str, str]], part: NamedPart | None, kept: Sequence[Value]) -> list[
        tuple[str, str]]:  # fmt: skip
    """``hypotheses`` (documents.stated's ``(equation, where)``) with those of a value read at ``part`` saying so."""
    if part is None or part.last is None:
        return hypotheses
    there = {n for n, _, line in kept if line <= part.last}
    return [(h, f"{where}, in part ({part.label}), which this line names" if h.split("=")[0].strip() in there
             else where) for h, where in hypotheses]  # fmt: skip

