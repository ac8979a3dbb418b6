r"""Where a value the notes state holds for a worked chain: its own section, before it or right after it.

"A numeric check with $a = 3$, $\lambda = 1$:" then ``f(2) = \tfrac12(2 - 3)^2 + 1\cdot|2|``: the chain is
read at the values the prose states (:mod:`verifier.documents.stated`, :mod:`verifier.documents.numberpoints`).
Values stated for another problem ("# Problem 2 … we take $a = 5$") are not this chain's: read at them, a
worked step of problem 1 that is wrong at its own values could be PROVED at another section's. This module
owns that scope, as the other prose readings have one (a size order, a dependence: the section of the
sentence, :func:`verifier.documents.sizeorder.section_of`): a value holds for a chain in the same section,
stated before the chain, or after it in the prose that follows it up to the next display ("… $= \frac52$
with $a = 3$ and $\lambda = 1$.").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.exactslips import SLIP
from verifier.documents.sentences import INLINE_FORMULA, SENTENCE_END
from verifier.documents.sizeorder import section_of
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["foreign_failures", "numbers_alone", "values_in_scope"]


def values_in_scope(
    stated: Sequence[tuple[str, str, int]], text: str, first: int, last: int, chain_lines: Sequence[int]
) -> list[tuple[str, str, int]]:
    """The ``stated`` values (name, number, line) that hold for a chain on lines ``first``..``last``: stated in
    a section holding the chain (its own or one it is a subsection of, as a size order's reach), before it, or
    after it before the next display (``chain_lines``: every displayed chain's first line; an inline result
    in the sentence stating the values does not cut them off)."""
    lines = text.split("\n")
    bottom = section_of(lines, first)[1]
    following = [ln for ln in chain_lines if ln > last]
    stop = min(following[0] - 1 if following else bottom, bottom)
    return [v for v in stated if v[2] <= stop and (s := section_of(lines, v[2]))[0] <= first <= s[1]
            and not (following and last < v[2] and _leads_into(lines, v, following[0]))]  # fmt: skip


# where the next display opens on its first line: the prose before it is the lead-in's end
_OPENER = re.compile(r"\$\$|\\\[|\\begin\{")


def _leads_into(lines: Sequence[str], value: tuple[str, str, int], display: int) -> bool:
    """Does the sentence stating ``value`` (name, number, line) run on into the display opening on line ``display``:
    no sentence end between the value's formula and the display, or a colon right before it?"""
    own = lines[value[2] - 1]
    at = next((m.end() for m in INLINE_FORMULA.finditer(own) if value[0].strip() in m.group(0)), 0)
    tail = lines[display - 1]
    opener = _OPENER.search(tail)
    between = "\n".join([own[at:], *lines[value[2] : display - 1], tail[: opener.start() if opener else 0]])
    prose = INLINE_FORMULA.sub(" x ", between).rstrip()
    return prose.endswith(":") or SENTENCE_END.search(prose) is None


def foreign_failures(
    foreign: Sequence[tuple[str, str]], steps: list[StepResult], parse: Callable[[str], sp.Basic]
) -> list[StepResult]:
    """``steps`` with each FAILED one SKIPPED where the notes state values of its names only outside its scope
    (``foreign``: the hypotheses those values would make): the chain may be worked at them ("in problem 2 we
    take $a = 3$"), so a failure with the names arbitrary is not every plausible reading's."""
    if not foreign:
        return steps
    said = "; ".join(f"{h} ({where})" for h, where in foreign)
    why = (f"fails with its names arbitrary; the notes state {said} outside this chain's section or after "
           "a later display, so those values are not read here")
    # (a slip at the values the notes state exactly, documents.exactslips: each is its name's only value)
    # \pi is the number there unless those values are stated for it (a policy \pi = 0.3): fresh45
    constants = frozenset() if any("\\pi" in h for h, _ in foreign) else frozenset({"pi"})
    return [r.skipped(why) if r.verdict is Verdict.FAILED and not numbers_alone(r, parse, constants)
            and SLIP not in r.message else r for r in steps]  # fmt: skip


def numbers_alone(r: StepResult, parse: Callable[[str], sp.Basic], constants: frozenset[str] = frozenset()) -> bool:
    """Are both sides of the step numbers as written (``(1 - 2)^2 + 3 = 3``)? Such a link fails whatever
    the names' values are. ``constants``: names read as numbers here (``pi``, which the parser leaves a name)."""
    try:
        trees = [parse(r.lhs_latex), parse(r.rhs_latex)]
    except LatexError:
        return False
    return all(isinstance(t, sp.Basic) and not {x for x in t.free_symbols if str(x) not in constants}
               and not t.atoms(AppliedUndef) for t in trees)
