r"""A bold sample and its plain entries: ``\mathbf{x}_i`` the vector whose entries the notes write ``x_{ij}``.

Notes number samples (or users, items, words) with a bold subscripted letter and write their entries with
the plain letter and a second index: ``\mathbf{w}^T\mathbf{x}_i = \sum_j w_j x_{ij}``,
``\|\mathbf{x}_i\|^2 = \sum_j x_{ij}^2``, ``\mathbf{x}_u\mathbf{y}_i^T = \sum_d x_{ud} y_{di}``. The bold
``\mathbf{x}_i`` is read as sample i, a family ``x^{(i)}`` of vectors (documents.samples), and the plain
``x_{ij}`` as the entries of a matrix ``x``; read literally the two are unrelated names, and every such
step was SKIPPED ("appear(s) on one side only", or shapes that do not fit). A reader takes ``x_{ij}`` to be
entry j of ``\mathbf{x}_i``: the family is the rows of the matrix of its entries.

This module owns that reading, for one chain (the chain and the definitions it reaches):

* it applies where the chain writes a sample family ``x^{(i)}`` with one index and the plain letter only
  with two letter subscripts (never alone, never called), and neither is declared or defined (a context or
  the notes that say what either is win);
* the slot of the sample: where every entry written shares its first index with the sample's own index
  (``\mathbf{x}_i``, ``x_{ij}``), sample i is row i; where every one shares its second
  (``\mathbf{y}_i``, ``y_{di}``), column i; where the entries share no index with the sample
  (``\mathbf{x}_u``, ``x_{ab}``) or both ways, the reading is not made; nor where another formula of the notes
  writes the same sample's entries in the other slot (sound47: ``\sum_k v_k a_{nk}`` then ``\sum_k a_{kn}^2``,
  one of them has swapped indices);
* the sample is a column vector (``(x_{i,:})^T``, or ``x_{:,i}``), or a row where the notes call their
  samples row vectors (``\mathbf{x}_u`` "a 1 × d row": ``x_{u,:}``, ``(y_{:,i})^T``).

The reading is reported with the step; a step that fails under it is SKIPPED (:func:`unsure`), never
FAILED: the notes may mean other vectors by the bold letter.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

import sympy as sp

from verifier.documents.context import Definition, Key, Scope
from verifier.documents.entrywords import entry_statements
from verifier.documents.mathspans import formulas
from verifier.documents.samples import unsure_under
from verifier.documents.scoping import Uses
from verifier.results import StepResult

__all__ = ["ENTRIES", "sample_entries", "slots_in_notes", "unsure"]

#: the words of the reading, in the step's message (what :func:`unsure` looks for)
ENTRIES = "the bold sample read as the vector of the plain entries"
_FAMILY = "^()"
# a bold letter with one subscript letter (the sample: ``\mathbf{x}_i``), and a plain letter with two (``x_{ij}``)
_BOLD = re.compile(r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*([a-z])\s*\}\s*_\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z]))")
_ENTRY = re.compile(r"(?<![A-Za-z\\{])([a-z])\s*_\s*\{\s*([A-Za-z])\s*,?\s*([A-Za-z])\s*\}")


def _slots(trees: Iterable[sp.Basic], family: str, letter: str) -> str | None:
    """"row" or "column": the slot every entry ``letter_{ab}`` of ``trees`` shares with the sample index
    of ``family`` (the same letter at the same place, in every pair of a sample and an entry); None when
    the entries share none, or both."""
    samples: set[str] = set()  # by name: a definition's body may carry its index with other assumptions
    entries: list[tuple[str, ...]] = []
    for tree in trees:
        for node in tree.atoms(sp.Indexed):
            label = str(node.base.label)
            if label == family and len(node.indices) == 1:
                samples.add(str(node.indices[0]))
            elif label == letter and len(node.indices) == 2:
                entries.append(tuple(str(i) for i in node.indices))
    return _slot(samples, entries)


def _slot(samples: set[str], entries: list[tuple[str, ...]]) -> str | None:
    r""""row" where every entry's first index is a sample's own index and no entry's second is one,
    "column" the other way round, else None. A chain may write the sample more than once, e.g. as
    ``\mathbf{x}_j`` and, summed, ``\mathbf{x}_k`` (a softmax over alternatives): ``x_{jm}`` then still
    sits in the sample's slot; ``x_{jk}`` beside ``\mathbf{x}_j`` and ``\mathbf{x}_k`` shows no slot."""
    if not samples or not entries:
        return None
    first = all(e[0] in samples for e in entries) and not any(e[1] in samples for e in entries)
    second = all(e[1] in samples for e in entries) and not any(e[0] in samples for e in entries)
    if first == second:
        return None
    return "row" if first else "column"


@functools.lru_cache(maxsize=8)
def slots_in_notes(text: str) -> Mapping[str, frozenset[str]]:
    r"""For each letter, the slots ("row", "column") the formulas of ``text`` write the entries of its bold sample
    in (a formula that writes ``\mathbf{x}_i`` with one index and entries ``x_{ab}``, as :func:`_slots` reads a
    chain): a letter written in both has no slot the notes fix, and a chain that writes it in one is not read by
    it (``\sum_k a_{kn}^2`` after ``\sum_k v_k a_{nk}``: swapped indices, sound47)."""
    found: dict[str, set[str]] = {}
    for formula in formulas(text):
        body = formula.body
        samples: dict[str, set[str]] = {}
        for b in _BOLD.finditer(body):
            samples.setdefault(b.group(1), set()).add(b.group(2) or b.group(3))
        for letter, indices in samples.items():
            entries = [(e.group(2), e.group(3)) for e in _ENTRY.finditer(body) if e.group(1) == letter]
            slot = _slot(indices, entries)
            if slot is not None:
                found.setdefault(letter, set()).add(slot)
    for letter, slot, _, _ in entry_statements(text):  # "each sample $\mathbf{x}_i$ has entries $x_{ij}$" (wrong68)
        found.setdefault(letter, set()).add(slot)
    return {k: frozenset(v) for k, v in found.items()}


def sample_entries(
    uses: Uses, scope: Scope, trees: Iterable[sp.Basic], rows: frozenset[str] = frozenset(),
    notes: Mapping[str, frozenset[str]] | None = None,
) -> list[Key]:
    r"""Add to ``scope`` the reading of each sample family ``x^{(i)}`` of the chain as the vectors of its
    plain entries ``x_{ij}`` (row i of the matrix x, or column i, as the indices show); ``rows``: the
    letters whose samples the notes call row vectors; ``notes``: the slots the whole notes write each letter's
    entries in (:func:`slots_in_notes`), none read where they are another or both. Returns the keys defined."""
    trees = list(trees)
    out: list[Key] = []
    for name, counts in sorted(uses.subscripted.items()):
        if not name.endswith(_FAMILY) or counts != {1}:
            continue
        letter = name[: -len(_FAMILY)]
        if len(letter) != 1 or not letter.islower() or uses.subscripted.get(letter) != {2}:
            continue
        if letter in uses.bare or letter in uses.called or name in uses.called:
            continue
        if any(k[0] in (name, letter) for k in scope.names):
            continue  # the notes or a context say what the sample or the letter is
        slot = _slots(trees, name, letter)
        if slot is None or (notes is not None and notes.get(letter, frozenset({slot})) != {slot}):
            continue  # the notes write these entries in the other slot too: one of the two is a slip (sound47)
        index = "i"  # the family's parameter: x^{(i)} and x^{(k)} in one chain are one family
        part = rf"{letter}_{{{index},:}}" if slot == "row" else rf"{letter}_{{:,{index}}}"
        as_row = letter in rows
        body = part if (slot == "row") == as_row else rf"({part})^\top"
        key: Key = (name, ())
        scope.names[key] = Definition(key, body, (), (index,), None, False, 0)
        shape = "a row vector" if as_row else "a column vector"
        scope.inferred[key] = (f"\\mathbf{{{letter}}}_{index}: {slot} {index} of the matrix of the entries "
                               f"{letter}_{{..}}, as {shape} ({ENTRIES} the chain writes)")  # fmt: skip
        out.append(key)
    return out


def unsure(r: StepResult) -> StepResult:
    """A FAILED step read with the entries reading becomes SKIPPED with the reason."""
    return unsure_under(r, ENTRIES, "fails with the bold sample read as the vector of the plain entries the chain "
                                    "writes, but the notes may mean other vectors by it: not called FAILED")
