r"""A bound restated with a number at the values the notes state: "$\eta \le \frac{1}{10L}$ …, so $\eta \le 0.025$".

The SVRG note of fresh32 writes "Take $\eta \le \frac{1}{10 L}$ with $L = \max_i a_i^2 = 4$, so $\eta \le 0.025$";
its planted ``0.25`` had no step at all (the one GREEN of the probe collection, stop 43): neither formula states a
value nor computes one. This module owns that reading:

* :func:`bound_numbers`: a chain for each such restatement — an inline ``name ≤ F`` (or ``<``, ``≥``, ``>``; ``0 <
  name ≤ F`` too), then, in the same sentence or the next, after "so", "i.e.", "giving", "hence", "thus", "that
  is", "therefore", ``name`` with the same relation and a number ``c``, where every name F writes has one number
  the section states before (``$L = 4$``, or the last member of ``$L = \max_i a_i^2 = 4$``). The chain is the one
  link "F at those numbers = c", checked as a worked number (its rounding policy: c equal to the value, or a
  rounding of it, PROVED or PASSED; else FAILED).
* :func:`weaker_bounds`: where that link FAILED with c on the weak side (``≤`` with c above F's value, ``≥`` with c
  below it), the restated bound still follows from the first, though it is not the value computed: SKIPPED,
  saying so, never green; with c on the strict side (the bound does not give it) FAILED stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import sympy as sp

from verifier.documents.definitions import INLINE_MATH
from verifier.documents.members import _Chain, _Member, _Step
from verifier.documents.records import CheckedChain
from verifier.documents.renewednames import updated
from verifier.documents.sentences import SENTENCE_END
from verifier.documents.sizeorder import section_of
from verifier.latex import LatexError
from verifier.latex.braces import split_top_equals, without_braces
from verifier.results import Verdict

__all__ = ["MARK", "bound_numbers", "weaker_bounds"]

MARK = "a bound restated with a number"
_LESS = r"<|\\le(?:q|qslant)?(?![A-Za-z])"
_MORE = r">|\\ge(?:q|qslant)?(?![A-Za-z])"
_RELATION = re.compile(rf"({_LESS}|{_MORE})")
_NAME = re.compile(r"^(?:\\[A-Za-z]+|[A-Za-z])(?:_(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]))?$")
_NUMBER = re.compile(r"^[-+]?\d*\.?\d+$")
_CUE = re.compile(r"\b(?:(?:so|giving|gives|hence|thus|that is|therefore|which means|meaning)\b|i\.\s*e\.)", re.I)


# words saying the restated number is chosen or sufficient, not computed: a stricter one then implies the bound
_CHOSEN = re.compile(r"\b(?:suffic\w*|enough|safe\w*|conservativ\w*|(?:we|I|one)\s+(?:can\s+|could\s+|may\s+)?"
                     r"(?:use|take|pick|choose|set|select)|chos\w*|pick\w*)\b", re.I)  # fmt: skip
CHOSEN = "; a choice the prose makes"


def _direction(relation: str) -> str:
    return "le" if re.fullmatch(_LESS, relation) else "ge"


def _bound(formula: str) -> tuple[str, str, str] | None:
    """``formula`` as (name, direction, right side) where it is ``name REL F`` (or ``a REL name REL F``)."""
    parts = _RELATION.split(formula)
    members, relations = [p.strip() for p in parts[::2]], parts[1::2]
    if len(members) == 3 and _NUMBER.match(members[0]) and len({_direction(r) for r in relations}) == 1:
        members, relations = members[1:], relations[1:]
    if len(members) != 2 or not _NAME.match(members[0]) or not members[1] or "=" in formula:
        return None
    return members[0], _direction(relations[0]), members[1]


def _values(text: str, lines: Sequence[str], before: int) -> dict[str, set[str]]:
    """The numbers the section of offset ``before`` states before it for each plain name (``$L = 4$``, ``$L = … =
    4$``)."""
    line = text.count("\n", 0, before) + 1
    top = section_of(list(lines), line)[0]
    start = sum(len(x) + 1 for x in lines[: max(top - 1, 0)])
    out: dict[str, set[str]] = {}
    for m in INLINE_MATH.finditer(text, start, before):
        parts = [p.strip() for p in split_top_equals(m.group(1))]
        if len(parts) >= 2 and _NAME.match(parts[0]) and _NUMBER.match(parts[-1]) and not updated(
                text, parts[0], m.end(), before):  # L ← 2L since (renewednames): an old number (sound46)
            out.setdefault(without_braces(parts[0]), set()).add(parts[-1])
    return out


def _at_values(latex: str, values: dict[str, set[str]], parse: Callable[[str], sp.Basic]) -> str | None:
    """``latex`` with each plain name it writes replaced by its one stated number, where that leaves a number."""
    try:
        tree = parse(latex)
    except LatexError:
        return None
    if not isinstance(tree, sp.Expr) or tree.atoms(sp.Indexed):
        return None
    out = latex
    for s in sorted(tree.free_symbols, key=lambda s: -len(str(s))):
        written = [w for w in values if isinstance(s, sp.Symbol) and w.lstrip("\\") == s.name]
        if len(written) != 1 or len(values[written[0]]) != 1:
            return None
        out = re.sub(rf"(?<![A-Za-z\\]){re.escape(written[0])}(?![A-Za-z])",
                     lambda _, w=written[0]: f"({next(iter(values[w]))})", out)
    try:
        done = parse(out)
    except LatexError:
        return None
    return out if isinstance(done, sp.Expr) and done.is_number else None


def bound_numbers(text: str, lines: Sequence[str], parse: Callable[[str], sp.Basic]) -> list[_Chain]:
    """The chains of the bounds restated with a number (module docstring)."""
    out: list[_Chain] = []
    formulas = list(INLINE_MATH.finditer(text))
    for k, first in enumerate(formulas):
        bound = _bound(first.group(1))
        if bound is None:
            continue
        name, direction, right = bound
        for second in formulas[k + 1 : k + 4]:
            between = text[first.end() : second.start()]
            if len(SENTENCE_END.findall(between)) > 1 or "\n\n" in between or not _CUE.search(between):
                continue
            again = _bound(second.group(1))
            if again is None or again[0] != name or again[1] != direction or not _NUMBER.match(again[2]):
                continue
            worked = _at_values(right, _values(text, lines, second.start()), parse)
            if worked is None:
                break
            line = text.count("\n", 0, second.start()) + 1
            rel = r"\le" if direction == "le" else r"\ge"
            kind = "an upper" if direction == "le" else "a lower"
            note = f"{MARK} ({kind} bound): ${name} {rel} {right}$ at the values the notes state, so ${name} {rel} " \
                f"{again[2]}$"  # fmt: skip
            rest = SENTENCE_END.split(text[second.end() : second.end() + 200], maxsplit=1)[0]
            if _CHOSEN.search(between) or _CHOSEN.search(rest):  # "so $\eta \le 0.1$ suffices" (sound46)
                note += CHOSEN
            c = _Chain(line, [_Member(worked, line), _Member(again[2], line)], [], notes=[note])
            c.steps = [_Step(1, 0, 1, None, line)]
            out.append(c)
            break
    return out


def weaker_bounds(chains: Sequence[_Chain], checked: list[CheckedChain | None],
                  parse: Callable[[str], sp.Basic]) -> list[CheckedChain | None]:  # fmt: skip
    """``checked`` with a FAILED restated bound whose number lies on the weak side SKIPPED (module docstring)."""
    out = list(checked)
    for k, (chain, c) in enumerate(zip(chains, checked, strict=True)):
        if not isinstance(c, CheckedChain) or not any(n.startswith(MARK) for n in chain.notes):
            continue
        if not c.result.steps or c.result.steps[0].verdict is not Verdict.FAILED:
            continue
        try:
            value, number = (float(sp.N(parse(m.latex))) for m in chain.members[:2])
        except (LatexError, TypeError, ValueError):
            continue
        upper = any(n.startswith(f"{MARK} (an upper") for n in chain.notes)
        weak = number > value if upper else number < value
        if weak:
            step = c.result.steps[0].skipped(
                f"the bound computed at the stated values is {value:.6g}; {number:g} is weaker: it follows from the "
                "bound, but it is not the value computed (a slip, or a looser bound on purpose)")
        elif any(n.endswith(CHOSEN) for n in chain.notes):
            step = c.result.steps[0].skipped(
                f"the bound computed at the stated values is {value:.6g}; {number:g} is stricter, and the prose "
                "chooses it (it implies the bound): not the value computed, not called wrong")
        else:
            step = replace(c.result.steps[0], message=(
                f"the bound computed at the stated values is {value:.6g}; {number:g} is stricter: the bound does not "
                "give it"))
        out[k] = c.with_steps([step, *c.result.steps[1:]])
    return out
