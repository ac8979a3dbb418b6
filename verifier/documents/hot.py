r"""A one-hot label with its 1 where the notes say: ``y_w = 1`` when ``w = o``, "the correct class is k".

Cross-entropy notes simplify ``-\sum_w y_w \log \hat{y}_w = -\log \hat{y}_o`` or ``-y_k \log p_k = -\log p_k``
because *they said* y is one-hot with its 1 at o (at k, the correct class). Read with y an arbitrary
vector, or one summing to 1, the step fails; read with ``y_w = \delta_{wo}`` it is what the notes mean.

The reading is offered only where a reader has it from the notes:

* the notes call the label one-hot (or speak of the correct class) in a sentence of their prose, and
  that sentence names the index (``$y_w = 1$ when $w = o$``, "the index of correct class is k"); a
  sentence about the *in*correct class names no hot index;
* the label is ``y`` or ``t``, inferred a vector (not defined or declared), and the chain has exactly
  one free index, that index, over the label's range — so which entry is hot is not chosen to make
  the step hold: the notes chose it.

It is one more meaning tried by :mod:`verifier.documents.doubts` where the literal one fails, reported
with the step.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import sympy as sp

from verifier.documents.context import Definition, IndexRange, Scope, VarDecl
from verifier.documents.sentences import MATH_SPAN

__all__ = ["hot_indices_named", "one_hot_at"]

_LABELS = ("y", "t")
_SENTENCE = re.compile(r"[^.!?\n]*(?:\n(?!\s*\n)[^.!?\n]*)*")
_HOT = re.compile(r"one[- ]?hot|(?<!in)(?<!in\s)\bcorrect\s+(?:class|label|word)|\btrue\s+(?:class|label)", re.I)
_INCORRECT = re.compile(r"\bin\s*correct\b|\bwrong\s+class", re.I)
_LETTER = re.compile(r"(?<![A-Za-z\\])([a-z])(?![A-Za-z])")


@functools.lru_cache(maxsize=8)
def hot_indices_named(text: str) -> frozenset[str]:
    """Letters the prose names in a clause that calls a label one-hot or speaks of the correct class
    (in math, or as a lone letter: "the index of correct class is k"). Clauses are cut at commas,
    semicolons and "and" outside math, so "correct class $o_k$ and incorrect class $o_j$" names k only."""
    out: set[str] = set()
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0)
        if not _HOT.search(sentence):
            continue
        maths = MATH_SPAN.findall(sentence)
        parts = MATH_SPAN.split(sentence)  # plain, math, plain, …: the math replaced by its number
        plain = "".join(p if k % 2 == 0 else f" \x00{k // 2}\x00 " for k, p in enumerate(parts))
        for clause in re.split(r"[,;]|\band\b|\bbut\b", plain):
            if not _HOT.search(clause) or _INCORRECT.search(clause):
                continue
            for k in re.findall(r"\x00(\d+)\x00", clause):
                out.update(_LETTER.findall(maths[int(k)]))
            words = re.sub(r"\x00\d+\x00", " ", clause)
            out.update(x for x in re.findall(r"(?<![A-Za-z'])([a-z])(?![A-Za-z'])", words) if x != "a")
    return frozenset(out)


def _fresh(scope: Scope, avoid: set[str]) -> str | None:
    for letter in "pqrsuvwmnlabcdefgh":
        if (letter, ()) not in scope.names and letter not in avoid:
            return letter
    return None


def one_hot_at(
    scope: Scope, trees: Iterable[sp.Basic], free: set[str], named: frozenset[str]
) -> tuple[str, Scope] | None:
    """The scope with the label one-hot at the chain's only free index (``free``), when the notes name
    it (``named``, from :func:`hot_indices_named`); None otherwise."""
    if len(free) != 1:
        return None
    (index,) = free
    rng = scope.names.get((index, ()))
    if index not in named or not isinstance(rng, IndexRange):
        return None
    written = {str(x.base.label) for t in trees for x in t.atoms(sp.Indexed)} | {
        s.name for t in trees for s in t.free_symbols if isinstance(s, sp.Symbol)
    }
    for label in _LABELS:
        entry = scope.names.get((label, ()))
        if (label, ()) not in scope.inferred or not isinstance(entry, VarDecl):
            continue
        if entry.kind != "vector" or entry.dims is None:
            continue
        length = entry.dims[1] if entry.dims[0] == 1 else entry.dims[0]
        if length != rng.hi or rng.lo != 1:
            continue
        letter = _fresh(scope, {index} | written)
        if letter is None:
            return None
        out = scope.copy()
        out.names[(letter, ())] = IndexRange((letter, ()), rng.lo, rng.hi, 0)  # type: ignore[arg-type]
        out.names[(label, ())] = Definition((label, ()), f"\\delta_{{{letter} {index}}}", (), (letter,))
        return f"{label} one-hot with its 1 at {index} (as the notes say)", out
    return None
