r"""A name the notes state with several values in a section: the value stated last before a chain, the others tried.

"With $a = 0$ and $b = 1$ … $$h(0.75) = …$$ With $a = -1$ and $b = 1$ … $$h(0.5) = …$$": documents.stated left a name
with two values before a chain out (which one a line means was not known), the name stayed free, and the second
computation — right at a = −1 — FAILED at a random a (gaps40's LSGAN note). A stated value holds from its statement
until the next statement of the same name (or the section's end, or a renewal: documents.valuescope,
documents.renewednames, applied before this); this module owns the choice (sound41):

* :func:`latest_values`: of a name's values in scope, the one stated on the chain's own line(s) if there is one
  value there, else the one stated last before the chain (one value on that line), else the one the prose right
  after the chain states; the others (one stated in the prose after the chain too: "With $a = -1$ …" may open the
  next display's sentence or close this one's) are the name's *other* values; where no value can be chosen (two on
  one line) the name is left out and its values are *undecided*;
* several values of a name on the last line before the chain that states it ("Start at $w = 1$. After one step
  $w = 0.8$."): the last written is read and the others tried, as above, but a step green at it is SKIPPED — which
  value the chain means is not decided (sound44; they were all undecided, and a step wrong at both SKIPPED);
* a value stated after the chain in a sentence of its own that starts another case ("Later, in the second run, we
  set $a = 0.3$", documents.exactdata.later_case) is never the one read, only one of the other values (sound47);
* :func:`with_other_values`: a FAILED step read so is checked again at each other value; where it holds at one
  ("the first coding" after both statements), which value the notes mean is not decided: SKIPPED, never FAILED;
  where it fails at every value, FAILED stays. A FAILED step of a chain that writes a name whose values are
  undecided is SKIPPED (it failed with the name free).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import sympy as sp

from verifier.documents.sentences import COUNTERFACTUAL, SENTENCE_END
from verifier.documents.sentences import DOLLAR_SPAN as _MATH
from verifier.documents.valuescope import numbers_alone
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.members import _Chain

__all__ = ["latest_values", "renewed_as_number", "same_value", "with_other_values"]

Value = tuple[str, str, int]  # (name, number, line)


def same_value(a: str, b: str) -> bool:
    """Are two stated values (as written) the same number (or the same text)?"""
    try:
        return float(a) == float(b)
    except ValueError:
        return a.strip() == b.strip()


_QUOTE = re.compile(r"^\s*>")
_FOOTNOTE = re.compile(r"^\s*\[\^[^\]]+\]:")


def _aside(lines: Sequence[str], value: Value, first: int) -> bool:
    r"""Is ``value`` stated in an aside the chain starting on line ``first`` is not in: a block quote ("> Aside:
    with $a = 3$ …"), a footnote ("[^1]: With $a = 3$ …") or parentheses ("(For comparison, with $a = 3$ …)"),
    or a sentence saying what would happen (:func:`_counterfactual`)?"""
    name, number, line = value
    if not 1 <= line <= len(lines):
        return False
    text = lines[line - 1]
    chain = lines[first - 1] if 1 <= first <= len(lines) else ""
    if (_QUOTE.match(text) and not _QUOTE.match(chain)) or _FOOTNOTE.match(text):
        return True
    m = re.search(re.escape(name) + r"\s*=\s*" + re.escape(number), text)
    if m is None:
        return False
    prose = _MATH.sub("", text[: text.rfind("$", 0, m.start()) + 1] if "$" in text[: m.start()] else text[: m.start()])
    return prose.count("(") > prose.count(")") or _counterfactual(text, m.start())


def _counterfactual(text: str, at: int) -> bool:
    """Does the sentence of ``text`` (a line) holding offset ``at`` say what would happen, or give an example
    (:data:`~verifier.documents.sentences.COUNTERFACTUAL`: "If instead $c = 2$, the vertex would move"), and end
    on that line? Its value is then no value the notes go on with (red61: the wrong q(3) = 3 after "where $c = 1$"
    was PROVED at such a c = 2); a sentence going on into the display ("if $a$ were 5, we would get") is its own."""
    prose = _MATH.sub(lambda f: "$" * len(f.group(0)), text)  # a formula's points end no sentence
    start = max((e.end() for e in SENTENCE_END.finditer(prose, 0, at)), default=0)
    end = SENTENCE_END.search(prose, at)
    return end is not None and COUNTERFACTUAL.search(prose[start : end.start()]) is not None


def latest_values(stated: Sequence[Value], first: int, last: int,
                  lines: Sequence[str] = ()) -> tuple[list[Value], list[Value], list[Value]]:  # fmt: skip
    r"""(the values to read a chain on lines ``first``..``last`` with, the chosen names' other values, the values
    of names left undecided) of ``stated`` (in scope, module docstring): a name with one value keeps it. A value
    stated in an aside (``lines``: the document's; :func:`_aside`) is never the one stated last before the chain —
    "(For comparison, with $a = 3$ …)" then ``2a = 2 \cdot 3`` was PROVED at the aside's a (redteam42) — only one
    of the other values, where a value outside an aside was stated before the chain."""
    by_name: dict[str, list[Value]] = {}
    for v in stated:
        by_name.setdefault(v[0], []).append(v)
    kept: list[Value] = []
    others: list[Value] = []
    undecided: list[Value] = []
    for every in by_name.values():
        # a value the prose after the chain states in a sentence of its own that starts another case ("Later, in the
        # second run, we set $a = 0.3$") is never the one read, only tried (sound47): read, it proved the display
        values = [v for v in every if not _later_case_after(lines, v, last)]
        others += [v for v in every if v not in values]
        if not values:
            continue
        if all(same_value(v[1], values[0][1]) for v in values):
            kept += values
            continue
        at = [v for v in values if first <= v[2] <= last]
        before = [v for v in values if v[2] < first and (not _aside(lines, v, first) or any(
            u[2] == v[2] and u is not v for u in values))]  # (two values on its line: undecided, as before)
        before = before or [v for v in values if v[2] < first]  # every one in an aside ("($\sigma^2 = 4$)"): as before
        after = [v for v in values if v[2] > last]
        if at:
            pool = at
        elif before:
            top = max(v[2] for v in before)
            pool = [v for v in before if v[2] == top]  # (a value the prose after it states is an other value)
        else:
            pool = after
        if all(same_value(v[1], pool[0][1]) for v in pool):
            kept.append(pool[0])
            others += [v for v in values if not same_value(v[1], pool[0][1])]
        elif not at and pool is not after and len({v[2] for v in pool}) == 1:
            # "Start at $w = 1$. After one step $w = 0.8$.": the last written on that line is read, the others tried;
            # never green at it (with_other_values: which one the chain means is not decided), FAILED where every
            # value fails (sound44)
            kept.append(pool[-1])
            others += [v for v in values if not same_value(v[1], pool[-1][1])]
        else:
            undecided += values
    return kept, others, undecided


def renewed_as_number(stated: Sequence[Value], first: int, parse: Callable[[str], Any],
                      written_entries: set[str]) -> list[Value]:  # fmt: skip
    r"""``stated`` without the entries of a name (``r_1 = 1``) stated before that name is stated as a number
    (``r = 1``) on or before line ``first``: the number renews the name, and read with both the chain's ``r`` is
    "a scalar here with no entry 1" (an RL note's episode rewards, then a TD update's reward; lead64). Not for a
    chain that writes an entry of that name itself (``written_entries``: the bases it indexes): it reads the
    entries as before."""
    kinds: list[tuple[Value, str, bool]] = []  # (value, base, is an entry)
    for v in stated:
        try:
            tree = parse(v[0])
        except LatexError:  # a name the grammar refuses is left as it is
            continue
        if isinstance(tree, sp.Symbol):
            kinds.append((v, tree.name, False))
        elif isinstance(tree, sp.Indexed) and all(i.is_Integer for i in tree.indices):
            kinds.append((v, str(tree.base.label), True))
    renewed = {}
    for v, base, entry in kinds:
        if not entry and v[2] <= first and base not in written_entries:
            renewed[base] = max(renewed.get(base, 0), v[2])
    stale = [v for v, base, entry in kinds if entry and base in renewed and v[2] < renewed[base]]
    return [v for v in stated if v not in stale] if stale else list(stated)


def _later_case_after(lines: Sequence[str], value: Value, last: int) -> bool:
    """Is ``value`` stated after the chain ending on line ``last`` (1-based), in a sentence of its own (not the
    chain's sentence going on: "$$2a = 0.6$$ in the second run, where $a = 0.3$") that starts another case
    (documents.exactdata.later_case)?"""
    from verifier.documents.exactdata import later_case

    line = value[2]
    if not lines or not last < line <= len(lines) or not later_case(lines, line, value[0]):
        return False
    between = " ".join([*lines[last:line - 1], lines[line - 1].split("$")[0]]).strip()
    ended = re.search(r"[.!?]\s*(?:\$\$|\\\])?\s*$", lines[last - 1]) if last >= 1 else None
    return ended is not None or between[:1].isupper() or re.search(r"[.!?](?:\s|$)", between) is not None


def _undecided_greens(chain: _Chain, steps: list[StepResult], others: Sequence[Value]) -> list[StepResult]:
    """``steps`` with each green one read at a value stated on a line that states the name's other values too
    (:func:`latest_values` read the last written there) SKIPPED: which of them the chain means is not decided."""
    from verifier.documents.stated import WHERE

    shared = {}
    for h, where in chain.hypotheses:
        name = h.split("=")[0].strip()
        same = [v for v in others if v[0] == name and where.startswith(WHERE) and where.endswith(f"(line {v[2]})")]
        if same:
            shared[f"{h} ({where})"] = (h, same)
    if not shared:
        return steps
    out = list(steps)
    for k, r in enumerate(steps):
        if r.verdict not in (Verdict.PROVED, Verdict.PASSED):
            continue
        for said, (h, same) in shared.items():
            if said in (r.message or ""):
                also = "; ".join(f"{n} = {v}" for n, v, _ in same)
                out[k] = r.skipped(f"holds under {h}, but the line stating it also states {also}: which value this "
                                   "line means is not decided, so not called green")
                break
    return out


def with_other_values(doc: Any, chain: _Chain, steps: list[StepResult], others: Sequence[Value],
                      undecided: Sequence[Value]) -> list[StepResult]:  # fmt: skip
    """``steps`` with each FAILED step (a link of numbers alone aside) checked again at the chain's names' other
    stated values (module docstring): SKIPPED where one makes it hold or a name's value is undecided."""
    from verifier.documents.recurrence import UNFOLDED
    from verifier.documents.stated import WHERE
    from verifier.documents.steps import checked_again

    steps = _undecided_greens(chain, steps, others)
    failing = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED and not numbers_alone(r, doc.parse_plain)]
    if not failing or not (others or undecided):
        return steps
    out = list(steps)
    if undecided:
        said = "; ".join(f"{n} = {v} (line {ln})" for n, v, ln in undecided)
        why = (f"fails with a name free whose value the notes state more than once before it ({said}): which value "
               "this line means is not decided, so not called FAILED")
        for k in failing:
            out[k] = out[k].skipped(why)
        return out
    stated_here = {h.split("=")[0].strip(): (h, where) for h, where in chain.hypotheses if where.startswith(WHERE)}
    tried = [v for v in others if v[0] in stated_here]
    if not tried:
        return steps
    asked = {chain.steps[k].index for k in failing}
    held: dict[int, Value] = {}
    # each name's other value alone, then the values one line states together ("Start at $w_0 = 0.5$, $w_1 = -1$":
    # a point, never taken apart; redmid65)
    together = [group for ln in dict.fromkeys(v[2] for v in tried)
                if len(group := [v for v in tried if v[2] == ln]) > 1]  # fmt: skip
    for group in [[v] for v in tried] + together:
        values = {name: number for name, number, _ in group}
        alt = copy.copy(chain)
        alt.members = [copy.copy(m) for m in chain.members]
        alt.hypotheses = [(f"{n} = {values[n]}", f"{WHERE} (line {group[0][2]})") if (n := h.split("=")[0].strip())
                          in values else (h, where) for h, where in chain.hypotheses]  # fmt: skip
        again = checked_again(doc, alt, doc.scope_of(chain), asked, len(chain.members))
        shown = (", ".join(values), ", ".join(values.values()), group[0][2])
        if again is None:
            for k in failing:
                held.setdefault(k, shown)
            continue
        for k in failing:
            if k >= len(again) or again[k].verdict is not Verdict.FAILED:  # holds there, or is not refuted
                held.setdefault(k, shown)
            elif UNFOLDED in (out[k].message or ""):
                # w_1 = 0 - 0.1·(-6) failed read with w unfolded at the last η = 0.5; the check again reads it
                # literally, not unfolded (the update rule's η, documents.recurrencestart): not refuted at η = 0.1
                held.setdefault(k, shown)  # (redlead65)
    for k, (name, number, line) in held.items():
        chosen = stated_here[name.split(", ")[0]]
        out[k] = out[k].skipped(f"fails under {chosen[0]} ({chosen[1]}, the value stated last before it), but the "
                                f"notes also state {name} = {number} (line {line}) in its section, at which it holds "
                                "or is not refuted: which value this line means is not decided, so not called FAILED")
    return out
