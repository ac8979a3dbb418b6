r"""A Jacobian entry ``\frac{\partial g_i}{\partial z_j}`` with both indices free is no case split.

A step that holds at some index assignments and fails at others is SKIPPED by default as "a case
split the notes may assume" (:mod:`verifier.documents.steps`): notes treat ``i = j`` and ``i ≠ j``
in turn and do not always say which display is which. But the entry ``∂g_i/∂z_j`` of a Jacobian,
written with two different free indices, is the whole matrix: a formula for it is meant for every
``i`` and ``j``, unless the notes state the case ("For $i = j$:", "when $i \neq j$", "the diagonal
entries", "Case 1"). ``g_i(\delta_{ij} - g_i)`` for the softmax's ``g_i(\delta_{ij} - g_j)`` holds on the
diagonal only and is the notes' mistake: FAILED, where the prose before the display names no case.

The same holds for the entry of a vector function's value (``\partial \operatorname{softmax}(z)_i /
\partial z_j``) and for the entry of a gradient by a matrix (``\partial L / \partial W_{ij}``, both
indices free: ``\delta_i x_j`` is meant for every i and j). What the step writes itself is no case the
notes assume: a cases display stating every case (``y_i(1-y_i)`` for ``i = j``, ``-y_i y_j`` for
``i \neq j``) checks each row in its case, and the condition of an indicator (``\mathbb{1}\{i=j\}``,
``[a=b]``) or a sentence explaining it ("is one when $i = j$ and zero otherwise") states no case
(:func:`case_said_around`, variants16).

A case the notes state in a form :mod:`verifier.documents.cases` reads becomes a condition of the
chain and restricts the assignments checked (no mixed outcome then); this module reads the prose
before the display more loosely, so that any mention of a case, a comparison of the two indices or
the diagonal keeps the step SKIPPED.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy as sp

from verifier.documents.sentences import SPACE_BEFORE_CAPITAL as _SENTENCE
from verifier.latex.vocabulary import Component

__all__ = ["case_said", "case_said_around", "jacobian_indices"]


def _entry_index(e: sp.Basic) -> sp.Basic | None:
    r"""The one index of an entry ``g_i`` or ``\operatorname{softmax}(z)_i`` (a Component); None otherwise."""
    if isinstance(e, sp.Indexed) and len(e.indices) == 1:
        return e.indices[0]
    if isinstance(e, Component) and len(e.args) == 2:
        return e.args[1]
    return None


def jacobian_indices(trees: Iterable[sp.Basic], free: set[str]) -> tuple[str, str] | None:
    r"""The pair (i, j) of a derivative ``∂g_i/∂z_j`` (or ``∂\operatorname{softmax}(z)_i/∂z_j``) in
    ``trees`` whose operand and variable are entries with one letter index each, or of a derivative by a
    matrix entry ``W_{ij}``, the two indices different and both in ``free``; None if there is none."""
    for tree in trees:
        for d in tree.atoms(sp.Derivative) if isinstance(tree, sp.Basic) else ():
            if len(d.variables) != 1:
                continue
            expr, var = d.expr, d.variables[0]
            if isinstance(var, sp.Indexed) and len(var.indices) == 2:
                i, j = var.indices
            else:
                i, j = _entry_index(expr), _entry_index(var)
            if isinstance(i, sp.Symbol) and isinstance(j, sp.Symbol) and i != j and {i.name, j.name} <= free:
                return i.name, j.name
    return None


# "for another class $j$", "the other entries", "distinct indices", "when they are equal": a case in words
_CASE_WORDS = re.compile(r"\b(?:cases?|diagonal|off-diagonal|otherwise|separately|same|another|other|different|"
                         r"distinct|equal|unequal)\b", re.IGNORECASE)  # fmt: skip


def case_said(prose: str, i: str, j: str) -> bool:
    r"""Does ``prose`` (the lines before the display) name a case of ``i`` and ``j``: compare them
    (``i = j``, ``i \neq j``, ``i \ne j``, ``j ≠ i``), or speak of cases or the diagonal?"""
    if _CASE_WORDS.search(prose):
        return True
    a, b = re.escape(i), re.escape(j)
    rel = r"\s*(?:=|==|\\neq|\\ne|≠|!=|\\not\s*=)\s*"
    pattern = rf"(?<![A-Za-z\\]){a}{rel}{b}(?![A-Za-z])|(?<![A-Za-z\\]){b}{rel}{a}(?![A-Za-z])"
    return re.search(pattern, prose) is not None


# an indicator as notes write it: \mathbb{1}\{i=j\}, \mathbb{1}[a = b], \mathbf{1}_{[y=k]}, Iverson's bare [a=b]
# (a bare bracket only inside a product or sum: "-p_i p_j, \quad [i \neq j]" marks the display's case, review23b)
_INDICATOR = re.compile(r"\\(?:mathbb|mathbf|bm|mathds)\s*\{?\s*1\s*\}?\s*_?\s*(?:\\\{.*?\\\}|\[[^\]]*\]|\{[^{}]*\})"
                        r"|(?:(?<=[-+(*=/$])|(?<=[-+(*=/$]\s)|(?<=\\cdot\s)|(?<=\\cdot)|(?<=\\times\s))"
                        r"\[\s*[\w{}]+\s*(?:=|\\neq?|≠)\s*[\w{}]+\s*\]")  # fmt: skip
_CASES_ENV = re.compile(r"\\begin\{d?cases\}.*?\\end\{d?cases\}", re.DOTALL)
_NOTATION = re.compile(r"\\delta|indicator|Kronecker|Iverson", re.IGNORECASE)
_ONE_ZERO = re.compile(r"\b(?:one|1)\b.*\b(?:zero|0)\b|\b(?:zero|0)\b.*\b(?:one|1)\b", re.IGNORECASE | re.DOTALL)
_OPENS = re.compile(r"\s*(?:where\b|with\b|here\b|and\b|\$)", re.IGNORECASE)
_USES = re.compile(r"\b(?:so|hence|thus|therefore|diagonal|off-diagonal|entry|entries|cases?)\b", re.IGNORECASE)


# the explanation itself: "1 when $i = j$ and 0 otherwise", "one if $i=j$, zero for $i \\neq j$" (review23b)
_SAYS_ONE_ZERO = re.compile(
    r"\b(?:one|1)\b.*?\b(?:zero|0)\b|\b(?:zero|0)\b.*?\b(?:one|1)\b", re.IGNORECASE | re.DOTALL)
_CONDITION_TAIL = re.compile(r"\$?\s*(?:otherwise|else(?:where)?|(?:for|when|if)\s+\$[^$]*\$)?")
# one index compared alone: "for the first row, $i = 1$", "$i > 1$", "$j = y$" (not a range "i = 1, \dots")
_ONE_INDEX = r"(?<![A-Za-z\\_{])INDEX\s*(?:=(?!\s*\d+\s*,)|\\neq?|≠|<|>|\\[lg]eq?)"


def _explains(sentence: str) -> bool:
    r"""Does ``sentence`` only say what an indicator is ("where $\delta_{ij}$ is 1 if $i = j$ and 0
    otherwise", "$\mathbb{1}\{i=j\}$ is one when …")? Not where it goes on to use it for the entries
    ("…, so the off-diagonal entries are …": a case)."""
    return bool((_INDICATOR.search(sentence) or _NOTATION.search(sentence)) and _ONE_ZERO.search(sentence)
                and _OPENS.match(sentence) and not _USES.search(sentence))  # fmt: skip


def _explanations_dropped(prose: str) -> str:
    r"""``prose`` without its indicators and the sentences explaining one ("where $\mathbb{1}\{i=j\}$ is
    one when $i = j$ and zero otherwise", "$\delta_{ij}$ is 1 if $i = j$ and 0 else")."""
    kept = [_explanation_cut(s) if _explains(s) else s for s in _SENTENCE.split(prose)]
    return _INDICATOR.sub(" ", "\n".join(kept))


def _explanation_cut(sentence: str) -> str:
    r"""``sentence`` without the words explaining the indicator ("1 when $i = j$ and 0 otherwise"): what
    it says besides ("; we take $i \neq j$ below", "With $i \neq j$, …") may still state a case."""
    m = _SAYS_ONE_ZERO.search(sentence)
    if m is None:
        return sentence
    tail = _CONDITION_TAIL.match(sentence, m.end())
    return sentence[: m.start()] + " " + sentence[tail.end() if tail else m.end() :]


def _every_case(trees: Iterable[sp.Basic], pair: tuple[str, str]) -> bool:
    """Does a member write a piecewise value over the pair's indices with a last case for the rest?"""
    for tree in trees:
        for p in tree.atoms(sp.Piecewise) if isinstance(tree, sp.Basic) else ():
            names = {s.name for c in p.args[:-1] for s in c.cond.free_symbols if isinstance(s, sp.Symbol)}
            if len(p.args) >= 2 and p.args[-1].cond is sp.true and set(pair) <= names:
                return True
    return False


def case_said_around(before: str, own: str, after: str, trees: Iterable[sp.Basic], pair: tuple[str, str]) -> bool:
    r"""Is a case of ``pair`` stated in the prose ``before`` the display, in its ``own`` lines or in the
    prose ``after`` it? The cases the display writes itself with a row for every case (a piecewise value
    over the pair whose last row takes the rest) and indicators with their explanations do not count."""
    trees = list(trees)
    if _every_case(trees, pair):
        own = _CASES_ENV.sub(" ", own)
    texts = [_explanations_dropped(text) for text in (before, own, after)]
    # a row or column stated by one index alone ("for the first row, $i = 1$"): a case too (review23b)
    alone = "|".join(_ONE_INDEX.replace("INDEX", re.escape(i)) for i in pair)
    return any(case_said(text, *pair) or re.search(alone, text) is not None for text in texts)
