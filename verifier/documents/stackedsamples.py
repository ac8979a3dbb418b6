r"""The stacking the prose states: "the design matrix $X$ whose rows are $x^{(i)\top}$", "$y$ stacks the $y^{(i)}$".

Regression notes write the cost over the samples, ``\frac1m\sum_i (\theta^\top x^{(i)} - y^{(i)})x^{(i)}``, and
its matrix form, ``\frac1m X^\top(X\theta - y)``, and say in a sentence how X is built from the samples: its rows
are the ``x^{(i)\top}`` (or its columns the ``x^{(i)}``), and y holds the targets ``y^{(i)}``. The data-matrix
reading (documents.samples.data_matrix) already *tries* X as the samples' matrix where the literal reading fails;
without a statement, a step that fails under it too is SKIPPED ("X, x^() appear on one side only": the notes may
relate them in a way the checker cannot see). Where the prose states the stacking, the notes *have* said how they
relate, so that doubt is answered: a step that fails under the stated stacking (a swapped transpose, a dropped
1/m) is FAILED, one that holds is green with the reading reported (as before).

:func:`stacked_names` owns the reading of those sentences: it returns the names the guess "on one side only" must
no longer count (X and ``x^()``; y and ``y^()``), and only where the side the sentence states (rows, or columns)
is the one the data-matrix reading takes (documents.samples.column_letters): a statement the reading would read
the other way relates nothing, so the step keeps its doubt rather than fail under a reading the notes deny.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

import sympy as sp

from verifier.documents.sentences import SENTENCE
from verifier.results import StepResult, Verdict

__all__ = ["STATED", "said_columns", "stacked_names", "stated_failure", "stated_note"]

#: appended to the data-matrix reading's note where the prose states that stacking (what guesses looks for)
STATED = "the stacking the notes state"

_BOLD = r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*)?"
# a formula opening with a capital: $X$, $X \in \mathbb{R}^{m\times n}$, $\mathbf{X} = [\dots]$
_CAPITAL = re.compile(r"\$\s*" + _BOLD + r"([A-Z])\s*\}?\s*(?:\$|\\in\b|=|\\equiv\b)")
# a sample written with a parenthesised superscript: x^{(i)}, \mathbf{x}^{(i)\top}, x^{(1)} (a listed stack)
_FAMILY = re.compile(_BOLD + r"([a-z])\s*\}?\s*\^\s*\{\s*\(\s*(?:[a-z]|\d+)\s*\)")
# a vector opening its formula: $y$, $y \in \mathbb{R}^m$, $\mathbf{y} = (\dots)$
_LOWER = re.compile(r"\$\s*" + _BOLD + r"([a-z])\s*\}?\s*(?:\$|\\in\b|=)")
_ROWS = re.compile(r"\brows?\b", re.I)
_COLUMNS = re.compile(r"\bcolumns?\b", re.I)
# words saying a vector holds the samples' labels one per entry
_STACKS = re.compile(r"\b(?:stack(?:s|ed|ing)?|collect(?:s|ed|ing)?|entr(?:y|ies)|vector\s+of|concatenat\w*)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no|nor)\b|n't", re.I)
# a sample transposed in its own superscript, x^{(i)\top}: a row, never said to be a column
_TRANSPOSED = re.compile(_BOLD + r"([a-z])\s*\}?\s*\^\s*\{\s*\(\s*[a-z]\s*\)\s*(?:\\top|\\intercal|T)(?![A-Za-z])")


def _stacking(sentence: str) -> tuple[bool, bool, set[str]] | None:
    """Whether ``sentence`` speaks of rows, of columns, and the letters of the samples it writes; None where it
    negates or writes no sample."""
    if _NEGATION.search(sentence):
        return None
    families = {f.group(1) for f in _FAMILY.finditer(sentence)}
    if not families:
        return None
    return bool(_ROWS.search(sentence)), bool(_COLUMNS.search(sentence)), families


@functools.lru_cache(maxsize=16)  # a pure function of the notes' text, asked per chain and per reading
def said_columns(text: str) -> frozenset[str]:
    r"""Capitals a sentence of ``text`` calls the matrix whose columns are the samples ``x^{(i)}`` of its letter:
    "Let $X \in \mathbb{R}^{n \times m}$ be the matrix whose columns are the examples $x^{(i)}$", "$X = [x^{(1)},
    \dots, x^{(m)}]$ stacks them as columns" (not rows too, no negation, the sample not transposed: a column is no
    ``x^{(i)\top}``). documents.samples.column_letters reads these with its own phrasings."""
    out: set[str] = set()
    for m in SENTENCE.finditer(text):
        said = _stacking(m.group(0))
        if said is None or said[0] or not said[1]:
            continue
        transposed = {t.group(1) for t in _TRANSPOSED.finditer(m.group(0))}
        out |= {c.group(1) for c in _CAPITAL.finditer(m.group(0))
                if c.group(1).lower() in said[2] - transposed}
    return frozenset(out)


@functools.lru_cache(maxsize=16)  # a pure function of the notes' text, asked per failing step
def stacked_names(text: str) -> frozenset[str]:
    r"""The names whose relation the prose of ``text`` states by stacking: ``{"X", "x^()"}`` for a sentence that
    calls the samples ``x^{(i)}`` the rows (columns) of the capital X it writes, where the data-matrix reading
    takes that side; ``{"y", "y^()"}`` for a sentence that says the vector y stacks (collects, has as entries) the
    ``y^{(i)}``. A sentence that negates, or names both rows and columns, states nothing."""
    from verifier.documents.samples import column_letters, rows_denied  # (samples reads said_columns)

    columns = column_letters(text)
    denied = rows_denied(text)
    out: set[str] = set()
    sides: dict[str, set[bool]] = {}  # the sides the sentences state for each capital (True: columns)
    for m in SENTENCE.finditer(text):
        sentence = m.group(0)
        said = _stacking(sentence)
        if said is None:
            continue
        rows, cols, families = said
        if rows != cols:
            for c in _CAPITAL.finditer(sentence):
                capital = c.group(1)
                if capital.lower() not in families:
                    continue
                sides.setdefault(capital, set()).add(cols)
                # the side the sentence says must be the side the reading takes
                if (cols and capital in columns) or (rows and capital not in columns and capital not in denied):
                    out |= {capital, capital.lower() + "^()"}
        if _STACKS.search(sentence):
            labels = {c.group(1) for c in _LOWER.finditer(sentence)} & families
            out |= labels | {v + "^()" for v in labels}
    # one problem's X has the samples as rows, another's as columns: the reading takes one side for the whole
    # notes (samples.column_letters), so neither statement settles a step (review35a: regression's rows step
    # FAILED under PCA's columns two headings down)
    out -= {n for capital, said in sides.items() if len(said) > 1 for n in (capital, capital.lower() + "^()")}
    return frozenset(out)


def stated_note(note: str, mapping: dict[sp.Basic, sp.Basic], text: str) -> str:
    """The data-matrix reading's ``note``, marked :data:`STATED` where the prose states the stacking of every
    name ``mapping`` replaces (X by the samples, y by the labels): the reading is then the notes' own."""
    names = {s.name for s in mapping if isinstance(s, sp.Symbol)}
    families = {f.name for v in mapping.values() for f in v.atoms(sp.Symbol)}
    stated = stacked_names(text)
    return f"{note}, {STATED}" if names and names | families <= stated else note


def stated_failure(note: str, literal: StepResult, under: StepResult) -> StepResult | None:
    """The failure to report for a step that fails literally (``literal``) and under the stated stacking
    (``under``, read with ``note`` alone, no other reading with it): that reading's counterexample, where X is
    built from the samples (the literal one draws X and the samples apart, which the notes rule out). None
    where it does not apply."""
    if not note.endswith(STATED) or literal.verdict is not Verdict.FAILED or under.verdict is not Verdict.FAILED:
        return None
    if under.counterexample is None:
        return None
    return replace(under, message="; ".join(x for x in (f"fails when read with {note}", under.message) if x))
