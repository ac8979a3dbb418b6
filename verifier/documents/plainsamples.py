r"""Plain subscripted samples in an inner product: ``w^\top x_i`` read with x_i as sample i, a vector.

A plain ``x_i`` is read as entry i of a vector x (documents.infer), so ``y_i w^\top x_i`` multiplied the
column w by a number, and every gradient of a per-sample loss written so was SKIPPED "the shapes inferred …
do not fit" — the right step and its mistakes alike (the hinge SVM's ``\lambda w - y_i x_i``, the log
barrier's ``a_i^\top x``, attention's ``q^\top k_j``). Nobody transposes a vector to multiply it by a number:
a letter the chain writes with one letter subscript right after a transposed name (``w^\top x_i``) or
transposed itself (``a_i^\top x``), and never alone nor with another subscript, may number a family of
vectors — the samples a bold ``\mathbf{x}_i`` or a superscripted ``x^{(i)}`` already are read as
(documents.samples, annotations.inner_samples).

This module owns that reading's text: :func:`plain_sample_letters` finds the letters, :func:`as_plain_samples`
writes their samples ``{x^{(i)}}`` (the form the inference and the resolver read as the rows of a matrix, each
sample a column vector whose length the product with w fixes), :data:`NOTE` names it. It is a reading tried
only on a failing step (documents.meanings, documents.doubts): it may rescue the step, or refute it where the
literal shapes do not fit and under it they do (as another layout refutes); a letter the notes annotate
(``k \in \mathbb{R}^d``, then k_j for the keys) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import sympy as sp

from verifier.documents.context import Definition, Scope
from verifier.documents.distributions import reached_names
from verifier.documents.values import ROW_AND_COLUMN
from verifier.results import StepResult

__all__ = ["NOTE", "as_plain_samples", "is_sample_note", "plain_sample_letters", "reached_bodies", "row_and_column"]

_MARK = "as sample "
#: the reading's note: "holds when read with x_i as sample i of a family of vectors …"
NOTE = ("{uses} as sample {index} of a family of vectors, as the inner product with a transposed vector writes "
        "{them} (not as {entries})")

_T = r"\^\s*(?:\{\s*)?(?:\\top|\\intercal|\\mathsf\s*\{\s*T\s*\}|T)(?![A-Za-z])\s*\}?"
# a letter with one letter subscript: x_i, x_{i}; group 1 the letter, 2 or 3 the index
_SUB = r"(?<![\\A-Za-z])([a-z])\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z])(?![A-Za-z]))"
_AFTER = re.compile(r"(?:[A-Za-z]|\\[A-Za-z]+|\}|\))\s*" + _T + r"\s*(?:\\[,;:!]\s*)*" + _SUB)
_TRANSPOSED = re.compile(_SUB + r"\s*" + _T)
_ANY_SUB = re.compile(_SUB)


def _letter_uses(letter: str, src: str) -> set[str]:
    """How ``src`` writes ``letter``: "i" for each one-letter subscript, "" alone, "?" any other way."""
    out: set[str] = set()
    for m in re.finditer(r"(?<![\\A-Za-z])" + letter + r"(?![A-Za-z])", src):
        rest = src[m.end():]
        sub = re.match(r"\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z])(?![A-Za-z]))", rest)
        if sub:
            out.add(sub.group(1) or sub.group(2))
        elif re.match(r"\s*_", rest):
            out.add("?")  # x_1, x_{ij}: a name or an entry of its own
        else:
            out.add("")
    return out


def plain_sample_letters(
    latexes: Iterable[str], annotated: Iterable[str] = (), reached: Iterable[str] = ()
) -> dict[str, str]:
    r"""The letters (each with its index letter) the chain ``latexes`` writes as plain samples in an inner
    product, ``w^\top x_i`` or ``x_i^\top w``, and otherwise only with that one subscript. ``annotated``: letters
    the notes give a shape of their own (never a family here). ``reached``: the bodies of the definitions the chain
    reaches (:func:`reached_bodies`), read with it where the chain itself writes no such inner product (the SVM's
    ``\partial L/\partial w`` of ``L = … \alpha_i[y_i(w^\top x_i + b) …]``) — unless another letter is written
    both alone and with the sample's index there (``w`` and the iterate ``w_t`` beside ``w^\top x_t``): read as
    sample t, x_t would leave w_t an entry of w, a reading no more plausible than the literal one (shapes63)."""
    own = list(latexes)
    letters = _letters(own, annotated)
    if letters or not (bodies := list(reached)):
        return letters
    srcs = own + bodies
    return {x: i for x, i in _letters(srcs, annotated).items() if not _iterate_beside(x, i, srcs)}


def _iterate_beside(letter: str, index: str, srcs: list[str]) -> bool:
    """Does ``srcs`` write a letter other than ``letter`` both alone and with the subscript ``index``?"""
    others = {m.group(1) for src in srcs for m in _ANY_SUB.finditer(src) if (m.group(2) or m.group(3)) == index}
    return any({"", index} <= set().union(*(_letter_uses(z, src) for src in srcs)) for z in others - {letter})


def _letters(srcs: list[str], annotated: Iterable[str]) -> dict[str, str]:
    """:func:`plain_sample_letters` over the sources ``srcs``."""
    found: dict[str, set[str]] = {}
    for src in srcs:
        for m in (*_AFTER.finditer(src), *_TRANSPOSED.finditer(src)):
            found.setdefault(m.group(1), set()).add(m.group(2) or m.group(3))
    skip = set(annotated)
    out: dict[str, str] = {}
    for letter, indices in found.items():
        if letter in skip or len(indices) != 1:
            continue
        uses = set().union(*(_letter_uses(letter, src) for src in srcs))
        if uses == indices and letter not in indices and _runs(next(iter(indices)), letter, srcs):
            out[letter] = next(iter(indices))
    return out


def reached_bodies(trees: Iterable[sp.Basic], scope: Scope, parse: Callable[[str], sp.Basic]) -> list[str]:
    r"""The LaTeX bodies of the notes' definitions ``trees`` reach (transitively): where the inner product
    ``w^\top x_i`` of a Lagrangian is written when the chain only differentiates it (``\partial L/\partial w = w -
    \sum_i \alpha_i y_i x_i``), read with the chain's own members by :func:`plain_sample_letters` (shapes63)."""
    out = []
    for name in sorted(reached_names(trees, scope, parse)):
        entry = scope.names.get((name, ()))
        if isinstance(entry, Definition) and entry.body and not entry.builtin:
            out.append(entry.body)
    return out


def _runs(index: str, letter: str, srcs: list[str]) -> bool:
    r"""Does ``index`` run over samples in ``srcs``: a sum or product over it, or another letter's subscript too
    (``y_i w^\top x_i``)? A subscript nothing else writes labels one vector (word2vec's v_c, u_o): read as sample
    c of a family, the step would lose the doubts about its labels (is o among the negatives u_k?)."""
    over = re.compile(r"\\(?:sum|prod)\s*_\s*\{?\s*" + index + r"(?![A-Za-z])")
    other = r"(?<![\\A-Za-z])(?!" + letter + r"(?![A-Za-z]))[A-Za-z]"  # a letter not the sample's
    shared = re.compile(other + r"\s*_\s*\{?\s*" + index + r"(?![A-Za-z])")
    return any(over.search(src) or shared.search(src) for src in srcs)


def as_plain_samples(src: str, letters: dict[str, str]) -> str:
    """``src`` with each sample ``x_i`` of ``letters`` written ``{x^{(i)}}``."""

    def one(m: re.Match[str]) -> str:
        index = m.group(2) or m.group(3)
        return "{" + m.group(1) + "^{(" + index + ")}}" if letters.get(m.group(1)) == index else m.group(0)

    return _ANY_SUB.sub(one, src)


def sample_note(letters: dict[str, str]) -> str:
    """The reading's note for ``letters``."""
    uses = ", ".join(f"{x}_{i}" for x, i in sorted(letters.items()))
    index = ", ".join(sorted(set(letters.values())))
    entries = " or ".join(f"entries of a vector {x}" for x in sorted(letters))
    return NOTE.format(uses=uses, index=index, them="them" if len(letters) > 1 else "it", entries=entries)


def row_and_column(r: StepResult) -> bool:
    r"""Did step result ``r`` fail, read literally, only because a row and a column are added (``w - C\sum_i y_i
    x_i`` with x_i an entry of x: the sum a row, w a column)? Under this reading the shapes fit, so a failure there
    refutes the step as a clash of the literal shapes does (documents.doubts; shapes70)."""
    return r.counterexample is None and ROW_AND_COLUMN in (r.message or "")


def is_sample_note(note: str) -> bool:
    """Is ``note`` (a reading's words in doubts) this module's?"""
    return _MARK in note and "a family of vectors, as the inner product" in note


def stated_relations(message: str, readings: dict[str, dict[str, str]], text: str) -> set[str]:
    r"""The names a failure under a plain-sample reading (``message`` holds its note; ``readings``: each note's
    letters) relates through a stacking the prose states ("$A$ has rows $a_i^\top$", read with a_i a sample):
    the capital, the family and the plain letter (stackedsamples.stacked_names on the text read so)."""
    from verifier.documents.stackedsamples import stacked_names  # (stackedsamples reads the samples' module)

    out: set[str] = set()
    for note, letters in readings.items():
        if note in message:
            said = stacked_names(as_plain_samples(text, letters))
            out |= said | {x for x in letters if f"{x}^()" in said}
    return out
