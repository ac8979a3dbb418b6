r"""A value solved for in the prose: "$2w - 6 = 0$, so $w^* = 3$", "$2w - 6 = 0 \Rightarrow w = 3$" inline (gaps41).

documents.solvedvalues checks a value after ⇒ in a display (``h'(x) = 2x + 4 = 0 \Rightarrow x = 2``: a wrong root
FAILED). The same solution written in a sentence was never checked: inside one inline formula the part after the
arrow made no chain, and after "so", "hence", "thus", "therefore", "giving", "which gives", "we get", "yields" the
value was only a stated number. This module owns finding those (:func:`solved_in_prose`); the reader makes each a
one-link chain ``name = value`` linked (``after``) to the equation it solves — the last link of the formula before
the arrow, or of the sentence's formula before the cue — and documents.solvedvalues decides it as for a display:
the only root PROVED, a wrong one FAILED, a root of several or an equation in more than one unknown not green.
Only a value that is a plain number, for a name (``w``, ``w^*``, ``\hat w`` …) whose letter the equation writes.
"""

from __future__ import annotations

import re

from verifier.documents.members import _Chain, _Member, _split_top_equals, _Step
from verifier.documents.sentences import SENTENCE_END as _SENTENCE_END
from verifier.documents.sentences import SINGLE_DOLLARS as _INLINE

__all__ = ["solved_chain", "solved_in_prose"]

_ARROW = re.compile(r"\\(?:Rightarrow|implies|Longrightarrow)(?![A-Za-z])")
_CUE = re.compile(r"(?:,|;)?\s*\b(?:so|hence|thus|therefore|giving|gives|which\s+gives|we\s+get|yields?|i\.e\.,?)\s*$",
                  re.IGNORECASE)
_NUMBER = re.compile(r"^\s*[-+]?\s*\d+(?:\.\d+)?\s*$")
# a name, decorated or not: w, \theta, w^*, w^\star, w_*, \hat w, \hat{w}, \tilde{w}, w_{opt}
_LETTER = r"(\\[A-Za-z]+|[A-Za-z])"
_MARK = r"(?:\^\s*\{?\s*(?:\*|\\star|\\ast)\s*\}?|_\s*\{?\s*(?:\*|opt|\\text\{opt\}|\\mathrm\{opt\})\s*\}?)"
_NAME = re.compile(r"^\s*(?:\\(?:hat|tilde)\s*\{?\s*" + _LETTER + r"\s*\}?|" + _LETTER + r"\s*" + _MARK + r"?)\s*$")


def _solution(text: str) -> tuple[str, str, str] | None:
    """(name, value, the name's letter) of ``name = number``, else None."""
    parts = _split_top_equals(text.strip().rstrip(".,;"))
    if len(parts) != 2 or not _NUMBER.match(parts[1]) or (m := _NAME.match(parts[0])) is None:
        return None
    return parts[0].strip(), parts[1].strip(), m.group(1) or m.group(2)


def _equation(text: str, letter: str) -> tuple[str, str] | None:
    """The last link of ``text`` (an equation that writes ``letter``), else None."""
    parts = _split_top_equals(text.strip())
    if len(parts) < 2 or not re.search(re.escape(letter) + r"(?![A-Za-z])", parts[-2] + parts[-1]):
        return None
    if len(parts) == 2 and _solution(text) is not None:
        return None  # "from $w = 0$, so $w = 1$": a stated value (a start, a case), nothing solved (redteam42)
    return parts[-2].strip(), parts[-1].strip()


def solved_in_prose(prose: str, formula: str) -> tuple[str, str, str, str, int] | None:
    r"""(name, value, the equation's left and right, how far before the end of ``prose`` the equation's formula
    starts: 0 where it is in ``formula`` itself) for an inline ``formula`` that gives a solution: ``2w - 6 = 0
    \Rightarrow w = 3``, or ``w^* = 3`` after a cue that follows an equation in the same sentence (``prose`` ends
    where the formula starts)."""
    if (arrow := list(_ARROW.finditer(formula))):
        after = _solution(formula[arrow[-1].end() :])
        eq = _equation(formula[: arrow[-1].start()], after[2]) if after else None
        return (after[0], after[1], *eq, 0) if after and eq else None
    found = _solution(formula)
    if found is None:
        return None
    ends = list(_SENTENCE_END.finditer(prose))
    sentence = prose[ends[-1].end() :] if ends else prose
    formulas = list(_INLINE.finditer(sentence))
    if not formulas or not _CUE.search(sentence[formulas[-1].end() :]):
        return None
    eq = _equation(formulas[-1].group(1), found[2])
    return (found[0], found[1], *eq, len(sentence) - formulas[-1].start()) if eq else None


def solved_chain(line: int, before_line: int, solved: tuple[str, str, str, str, int], place: object = None) -> _Chain:
    """The one-link chain ``name = value`` at ``line`` linked to the equation it solves (on ``before_line``)."""
    name, value, left, right, _ = solved
    members = [_Member(name, line), _Member(value, line)]
    return _Chain(line, members, [_Step(1, 0, 1, None, line)], None, False, ["an inline formula of the prose"],
                  inline=True, connected=True, after=(left, right, before_line), place=place)  # type: ignore[arg-type]
