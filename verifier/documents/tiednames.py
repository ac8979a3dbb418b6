r"""Names the prose states equal, ``$w_1 = w_2 = w$``: a tie the notes set, not a claim (sound42).

"The weights are tied, $w_1 = w_2 = w$, for every $w$." had its link ``w_2 = w`` FAILED: documents.saididentity read
"for every $w$" as saying the link is an identity in w, and documents.definitions learned only the first link (w_1
:= w_2), so ``(w_1 x)^2 + (w_2 x)^2 = 2w^2 x^2`` after it was not read with the tie. This module owns what a tie is
(:func:`is_tie`): a formula whose members, two or more, are each a plain name — a letter or a command (``\theta``),
with at most a subscript of letters and digits (``w_1``, ``w_{in}``), no two the same — which computes nothing, so
"for every" cannot make it an identity (documents.saididentity), nor the "for every $w$" of its sentence a later
formula (:func:`in_tie_sentence`). A tie of three or more names makes every earlier name mean the last one for the
lines after it (documents.definitions: ``u_1 := v``, ``u_2 := v``; an entry of the last name, ``w_2 := w``, is not
learned: documents.definitions refuses a name defined by its own family).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.documents.sentences import SENTENCE_END as _SENTENCE_END
from verifier.documents.sentences import SINGLE_DOLLARS as _INLINE

__all__ = ["in_tie_sentence", "is_tie", "names_in_the_middle", "states_each"]

_NAME = re.compile(r"^(?:\\[A-Za-z]+|[A-Za-z])(?:_(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]))?$")
# a name with an accent, ``\bar{x}``, ``\hat\mu``, ``\overline{x}_n``: a statistic's or an estimate's name
_ACCENTED = re.compile(
    r"^\\(?:bar|hat|tilde|overline|widehat|widetilde|check)(?:\{(?:\\[A-Za-z]+|[A-Za-z])\}|\\[A-Za-z]+|[A-Za-z])"
    r"(?:_(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]))?$"
)
#: commands that are no names (a constant or an operator written alone)
_NOT_NAMES = {r"\pi", r"\infty", r"\emptyset", r"\nabla", r"\partial", r"\cdot", r"\dots", r"\ldots"}


def is_tie(members: Sequence[str]) -> bool:
    r"""Are ``members`` (a formula's sides, as written) two or more distinct plain names (module docstring)?"""
    names = [re.sub(r"\s+", "", m) for m in members]
    return (len(names) >= 2 and len(set(names)) == len(names)
            and all(_NAME.match(n) and n.split("_")[0] not in _NOT_NAMES for n in names))  # fmt: skip




_NUMBER = re.compile(r"^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$")


def states_each(members: Sequence[str]) -> bool:
    r"""Are ``members`` two or more distinct plain names then a number, ``m_0 = v_0 = 0`` (Adam's start, gaps69)?
    Such a formula states the number for each name, as ``$m_0 = 0$, $v_0 = 0$`` would (documents.stated reads each):
    not a definition of the first name by the second, which would leave the first name's value unstated."""
    last = re.sub(r"\s+", "", members[-1]).rstrip(".,") if members else ""
    return len(members) >= 3 and is_tie(members[:-1]) and _NUMBER.match(last) is not None


def names_in_the_middle(members: Sequence[str]) -> bool:
    r"""Is ``members`` a chain of two names then a formula, ``\hat\mu = \bar{x} = \frac1n\sum_{i=1}^n x_i`` (fresh48)?
    Then the middle name, when the notes gave it nothing before, is defined by the formula as much as the first is
    (documents.inlinedefinitions learns both): "gives $\hat\mu = \bar x = …$" names the mean x̄ too."""
    names = [re.sub(r"\s+", "", m) for m in members]
    return (len(names) == 3 and names[0] != names[1] and not is_tie(names)
            and all((_NAME.match(n) or _ACCENTED.match(n)) and n.split("_")[0] not in _NOT_NAMES for n in names[:2]))


def in_tie_sentence(prose: str, at: int) -> bool:
    r"""Is position ``at`` of ``prose`` in a sentence that writes a tie ("The weights are tied, $w_1 = w_2 = w$, for
    every $w$."): its "for every $w$" says the tie holds whatever w is, not that a later formula is an identity in
    w (documents.guesses' names said arbitrary)."""
    starts = [m.end() for m in _SENTENCE_END.finditer(prose, 0, at)]
    start = starts[-1] if starts else 0
    end = _SENTENCE_END.search(prose, at)
    sentence = prose[start : end.start() if end else len(prose)]
    return any(is_tie(_sides(m.group(1))) for m in _INLINE.finditer(sentence))


def _sides(formula: str) -> list[str]:
    return [] if re.search(r"\\(?:leq?|geq?|neq|approx|in)\b|[<>]", formula) else formula.split("=")

