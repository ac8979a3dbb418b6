r"""The orientation of an indexed family, fixed once per document: is ``a_j`` a column of a, or a row?

A name written with one subscript and with two (``a_j`` and ``a_{ij}``) is read as a matrix and ``a_j`` as one
of its slices (documents.infer ``slices``): a column where the single letter is the second subscript of the
two-subscript uses (``a_j^T y = \sum_i a_{ij} y_i``), a row — a sample, ``x_{ij}`` entry j of sample i —
where it is the first. Chosen chain by chain, one document PROVED both ``a_j^T y = \sum_i a_{ij} y_i`` and
``a_j^T y = \sum_i a_{ji} y_i``: each step took the orientation under which it held, and one of them is wrong.

This module owns the document's one orientation per family: :func:`stated_orientations` reads what the notes
say ("columns $a_j$", "$a_i^T$ the rows of $A$", ``a_j \in \mathbb{R}^m`` beside ``A \in \mathbb{R}^{m \times
n}``), :func:`document_orientations` adds, for a family the notes say nothing of, the orientation of the first
chain whose own subscripts decide it. :func:`oriented` makes the inference take it in every chain (and records
the chain's own choice where it differs), and :func:`doubt_orientation` decides a step that FAILED under it
while its own subscripts chose the other: FAILED stays where the notes fixed the orientation; where only an
earlier step did, the step is SKIPPED naming the ambiguity when it holds under the other one.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.entrywords import entry_statements
from verifier.documents.sentences import MARK_SPACE
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.context import Key, Scope
    from verifier.documents.members import _Chain

__all__ = [
    "OWN_PREFIX",
    "Orientation",
    "document_orientations",
    "doubt_orientation",
    "orientation_statements",
    "orientations_at",
    "oriented",
    "own_axes",
    "stated_orientations",
]

ROW, COLUMN = 0, 1
#: scope.conventions key prefix: the axis a chain's own subscripts chose for a family, where the document's differs
OWN_PREFIX = "slice own "
_PART = {ROW: "row", COLUMN: "column"}


@dataclass(frozen=True)
class Orientation:
    """A family's axis in the document (ROW: ``a_i`` row i, ``a_{ij}`` its entry j; COLUMN: ``a_j`` column
    j, ``a_{ij}`` its entry i), whether the notes state it, and why (shown in a report)."""

    axis: int
    stated: bool
    why: str


def _letter(head: str) -> str:
    return head[: -len("^()")] if head.endswith("^()") else head


# a one-subscript use of a plain letter in math: a_j, a_{j}, a_1 (not \alpha_j, not A_j)
def _single(letter: str) -> str:
    return r"(?<![\\A-Za-z])" + letter + r"\s*_\s*(?:\{\s*[a-z0-9]\s*\}|[a-z0-9])(?![A-Za-z0-9])"


_MATH = re.compile(r"(?<![\\$])\$([^$]+)\$")
# "with columns $a_j$", "the rows of $A$ are $a_i^T$": the word, then at most a matrix and a verb, then the family
_WORD_BEFORE = re.compile(r"\b(columns?|rows?)\b(?:\s+(?:vectors?|of))?\s*(?:\$[^$]*\$)?\s*(?:,?\s*(?:are|is|be|"
                          r"denoted|written)\s*(?:the\s+)?(?:(?:samples?|data\s+points?|examples?|observations?|"
                          r"inputs?|feature\s+vectors?)\s*)?)?$", re.IGNORECASE)  # "rows of $X$ are the samples $x_i$"
# "$a_j$ is the $j$-th column of", "$a_j$ denotes column j", "$a_i^T$, the rows of"
_WORD_AFTER = re.compile(r"^\s*(?:,\s*)?(?:is|are|be|denotes?|for)?\s*(?:the\s+|a\s+)?"
                         r"(?:\$[^$]*\$\s*-?\s*(?:th|st|nd|rd)\s+|[a-z]+\s+)?(columns?|rows?)\b", re.IGNORECASE)
_ANNOTATED = re.compile(r"(?<![\\A-Za-z])([a-z])\s*_\s*(?:\{\s*[a-z]\s*\}|[a-z])\s*\\in\s*\\mathbb\s*\{?R\}?\s*\^\s*"
                        r"(\{[^{}]*\}|[A-Za-z0-9])")
_MATRIX = re.compile(r"(?<![\\A-Za-z])([A-Z])\s*\\in\s*\\mathbb\s*\{?R\}?\s*\^\s*\{\s*([A-Za-z0-9]+)\s*"
                     r"(?:\\times|\\cdot|,|\*)\s*([A-Za-z0-9]+)\s*\}")


def stated_orientations(text: str) -> dict[str, Orientation]:
    r"""The families whose orientation the notes state: a sentence that writes ``a_j`` and calls it a column
    (a row) and never the other ("with columns $a_j$", "the rows $a_i^T$ of $A$"), or ``a_j \in \mathbb{R}^m``
    beside ``A \in \mathbb{R}^{m \times n}`` with m and n written differently (the length of a_j is A's
    number of rows: a column). A letter stated both ways is left unstated. A statement the notes keep to its
    section ("In this section $a_i$ denotes the $i$-th row") counts only where no other is made: it governs its
    own section (:func:`orientations_at`)."""
    found: dict[str, set[int]] = {}
    whys: dict[tuple[str, int], str] = {}
    statements = orientation_statements(text)
    kept = {letter for letter, _, _, _, local in statements if not local}
    for letter, axis, _, why, local in statements:
        if local and letter in kept:
            continue
        found.setdefault(letter, set()).add(axis)
        whys.setdefault((letter, axis), why)
    return {letter: Orientation(a, True, f"as the notes state: '{whys[(letter, a)]}'")
            for letter, axes in found.items() if len(axes) == 1 for a in axes}


# "In this section $a_i$ denotes …", "here the rows …": a statement kept to its own part of the notes
_LOCAL = re.compile(r"\b(?:in|for|throughout)\s+this\s+(?:section|subsection|part|problem|exercise|example|lecture|"
                    r"chapter)\b|\bhere\b", re.IGNORECASE)


def orientation_statements(text: str) -> list[tuple[str, int, int, str, bool]]:
    """Each statement of a family's orientation in ``text`` (:func:`stated_orientations`): its letter, axis,
    offset, the words that say it, and whether its sentence keeps it to its own section ("in this section").
    A function of the text alone, scanned once per text (:func:`orientations_at` asks it for every chain's
    line: the whole document scanned again per chain, docspeed19); each caller gets a list of its own."""
    return list(_statements(text))


@functools.lru_cache(maxsize=16)
def _statements(text: str) -> tuple[tuple[str, int, int, str, bool], ...]:
    out: list[tuple[str, int, int, str, bool]] = []
    for m in _MATH.finditer(text):
        for letter in sorted(set(re.findall(r"(?<![\\A-Za-z])([a-z])\s*_", m.group(1)))):
            if not re.search(_single(letter), m.group(1)):
                continue
            before = _WORD_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
            after = _WORD_AFTER.match(text[m.end() : m.end() + 40])
            words = {w.group(1).lower().rstrip("s") for w in (before, after) if w is not None}
            if len(words) != 1:
                continue
            first = max(0, m.start() - 60) + before.start() if before is not None else m.start()
            shown = " ".join(text[first : m.end() + (after.end() if after is not None else 0)].split())
            sentence = MARK_SPACE.split(text[max(0, m.start() - 120) : m.start()])[-1]
            out.append((letter, COLUMN if words == {"column"} else ROW, m.start(), shown,
                        bool(_LOCAL.search(sentence))))
    matrices = {m.group(1): (m.group(2), m.group(3)) for m in _MATRIX.finditer(text)}
    for m in _ANNOTATED.finditer(text):
        letter, length = m.group(1), m.group(2).strip("{} ")
        dims = matrices.get(letter.upper())
        if dims is None or dims[0] == dims[1] or length not in dims:
            continue
        out.append((letter, COLUMN if length == dims[0] else ROW, m.start(),
                    f"{letter}_j \\in \\mathbb{{R}}^{{{length}}} beside {letter.upper()} "
                    f"\\in \\mathbb{{R}}^{{{dims[0]} \\times {dims[1]}}}", False))
    for letter, slot, pos, words in entry_statements(text):  # "each sample $x_i$ has entries $x_{ij}$" (wrong68)
        out.append((letter, ROW if slot == "row" else COLUMN, pos, words, False))
    return tuple(out)


def orientations_at(text: str, line: int, document: Mapping[str, Orientation]) -> dict[str, Orientation]:
    """The orientations that hold at 1-based ``line``: the document's (:func:`document_orientations`), except
    for a family whose orientation is stated in ``line``'s own part of the notes or in the setup of a part
    enclosing it (documents.partscope): the latest such statement governs there ("In this section $a_i$ denotes
    the $i$-th row" after a section of columns)."""
    from verifier.documents.partscope import OTHER, relation

    lines = text.split("\n")
    out = dict(document)
    for letter, axis, pos, why, _ in sorted(orientation_statements(text), key=lambda s: s[2]):
        at = text.count("\n", 0, pos) + 1
        if at <= line and relation(lines, at, line) != OTHER:
            out[letter] = Orientation(axis, True, f"as the notes state (line {at}): '{why}'")
    return out


def own_axes(trees: Iterable[sp.Basic]) -> dict[str, int]:
    """The axis each name written with one letter subscript and with two takes in ``trees`` by their own
    subscripts alone (the rule of documents.infer ``slices``): keyed by the name's label."""
    one: dict[str, set[str]] = {}
    two: dict[str, list[tuple[str, str]]] = {}
    for t in trees:
        if not isinstance(t, sp.Basic):
            continue
        for sub in sp.preorder_traversal(t):
            if not isinstance(sub, sp.Indexed) or not all(isinstance(i, sp.Symbol) for i in sub.indices):
                continue
            letters = [str(i) for i in sub.indices]
            if len(letters) == 1:
                one.setdefault(str(sub.base.label), set()).add(letters[0])
            elif len(letters) == 2:
                two.setdefault(str(sub.base.label), []).append((letters[0], letters[1]))
    out: dict[str, int] = {}
    for head, singles in one.items():
        if head not in two:
            continue
        firsts, seconds = {a for a, _ in two[head]}, {b for _, b in two[head]}
        axes = {COLUMN if (x in seconds and x not in firsts) else ROW for x in singles}
        if len(axes) == 1 and not any(x in firsts and x in seconds for x in singles):
            out[head] = axes.pop()
    return out


def document_orientations(
    text: str, chains: Iterable[tuple[int, str, Callable[[], list[sp.Basic]]]]
) -> dict[str, Orientation]:
    """Each family's orientation in the document: the notes' (:func:`stated_orientations`), else that of the
    first chain (by line; ``chains`` gives each chain's line, members' LaTeX and member trees, lazily) whose own
    subscripts decide it."""
    out = dict(stated_orientations(text))
    candidates = {m.group(1) for m in re.finditer(r"(?<![\\A-Za-z])([a-z])\s*_\s*\{\s*[a-z]\s*,?\s*[a-z]\s*\}", text)}
    candidates -= set(out)
    if not candidates:
        return out
    for line, latex, trees in sorted(chains, key=lambda c: c[0]):
        if not any(re.search(r"(?<![\\A-Za-z])" + c + r"\s*_", latex) for c in candidates - set(out)):
            continue  # parsed only where a family still undecided is written (a chain's parse is not free)
        for head, axis in own_axes(trees()).items():
            letter = _letter(head)
            if letter in candidates and letter not in out:
                out[letter] = Orientation(axis, False, f"line {line} reads {letter}_j as a {_PART[axis]} of {letter}")
    return out


def oriented(slice_axis: dict[Key, int], heads: Iterable[Key], orientations: Mapping[str, Orientation],
             skip: Callable[[Key], bool]) -> dict[Key, int]:
    """Set each head's axis in ``slice_axis`` to its family's document orientation (``heads``: the names a
    chain writes with one subscript and with two; ``skip``: names declared or defined, left alone). Returns
    the chain's own axis for each head where it differs (no own axis: the chain's subscripts did not decide)."""
    differs: dict[Key, int] = {}
    for head in heads:
        fixed = orientations.get(_letter(head[0]))
        if fixed is None or skip(head):
            continue
        own = slice_axis.get(head)
        if own is not None and own != fixed.axis:
            differs[head] = own
        slice_axis[head] = fixed.axis
    return differs


def doubt_orientation(chain: _Chain, scope: Scope, steps: list[StepResult], orientations: Mapping[str, Orientation],
                      again: Callable[[], list[StepResult] | None]) -> list[StepResult]:
    """``steps`` with each FAILED step of a chain whose own subscripts orient a family against the document
    decided: where the notes state the orientation, FAILED (saying so); where only an earlier step chose it,
    SKIPPED naming the ambiguity when the step holds under its own orientation (``again``: the chain checked
    with its own), FAILED when it fails under both."""
    own = {k[len(OWN_PREFIX):]: v for k, v in scope.conventions.items() if k.startswith(OWN_PREFIX)}
    if not own or not any(r.verdict is Verdict.FAILED for r in steps):
        return steps
    fams = {name: orientations[_letter(name)] for name in own if _letter(name) in orientations}
    if not fams:
        return steps
    said = "; ".join(f"{_letter(n)}_j a {_PART[o.axis]} of {_letter(n)}, {o.why}" for n, o in fams.items())
    if all(o.stated for o in fams.values()):
        return [replace(r, message="; ".join(x for x in (r.message, said) if x)) if r.verdict is Verdict.FAILED else r
                for r in steps]
    other = again()
    out = list(steps)
    for k, r in enumerate(steps):
        if r.verdict is not Verdict.FAILED or other is None or k >= len(other) or not other[k].verdict.ok:
            continue
        names = ", ".join(f"{_letter(n)}_j" for n in fams)
        why = (f"the notes do not fix the orientation of {names} ({said}); this step holds only with "
               + ", ".join(f"{_letter(n)}_j a {own[n]} of {_letter(n)}" for n in fams)
               + ": one of the two readings is wrong")
        out[k] = replace(r, verdict=Verdict.SKIPPED, message="; ".join(x for x in (why, r.message) if x))
    return out


def checked_own(doc: object, chain: _Chain, steps: list[StepResult]) -> list[StepResult] | None:
    """The FAILED ``steps`` of ``chain`` checked again with each family oriented by the chain's own subscripts
    (documents.steps.checked_again on a copy; ``doc.orientation_off`` for the while)."""
    from verifier.documents.steps import checked_again

    alt = copy.copy(chain)
    alt.members = [copy.copy(m) for m in chain.members]
    asked = {chain.steps[k].index for k, r in enumerate(steps) if r.verdict is Verdict.FAILED}
    doc.orientation_off = True  # type: ignore[attr-defined]
    try:
        return checked_again(doc, alt, doc.scope_of(chain), asked, len(chain.members))  # type: ignore[arg-type, attr-defined]
    finally:
        doc.orientation_off = False  # type: ignore[attr-defined]


def member_trees_at(doc: object, chain: _Chain) -> list[sp.Basic]:
    """The trees of ``chain``'s members parsed as the notes read them on its line (a member that cannot be
    parsed is left out): what :func:`document_orientations` reads of a chain not checked yet."""
    from verifier.documents.members import member_trees
    from verifier.documents.readings import read_member
    from verifier.latex import LatexError

    saved, doc.reading_line = doc.reading_line, chain.line  # type: ignore[attr-defined]
    out: list[sp.Basic] = []
    try:
        for m in chain.members:
            if not m.latex or m.error:
                continue
            try:
                out += member_trees(read_member(m.latex, lambda x: doc.parse(x, None, frozenset())))  # type: ignore[attr-defined]
            except LatexError:
                continue
    finally:
        doc.reading_line = saved  # type: ignore[attr-defined]
    return out
