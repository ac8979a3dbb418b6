r"""A symmetry the notes state of a matrix's entries holds for the capital they use bare (red70).

"The network has symmetric weights $w_{ij}$" and then ``E(s) = \frac{1}{2} s^\top W s``, ``\nabla E(s) = W s``: the
statement named the entries' letter w, the chain wrote W (the matrix of those entries, the ``W = (w_{ij})``
convention), and nothing made W symmetric: the right gradient was FAILED at a non-symmetric W. The same with the
predicate form "The weights $w_{ij}$ are symmetric", which was not read at all. The wrong twin (``2 W s``) stays
FAILED, and a statement about the entries of another letter makes nothing symmetric."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

ATTRIBUTIVE = r"""
# Part 1

The network has symmetric weights $w_{ij}$, and $E(s) = \frac{1}{2} s^\top W s$. Then
$$\nabla E(s) = VALUE$$
"""

PREDICATE = r"""
# Part 1

The weights $w_{ij}$ are symmetric, and $E(s) = \frac{1}{2} s^\top W s$. Then
$$\nabla E(s) = VALUE$$
"""

FAR = r"""
# Part 1

The network has symmetric weights $w_{ij}$.

A state is a vector $s$.

It has $n$ units, updated one at a time.

The energy is $E(s) = \frac{1}{2} s^\top W s$. Then
$$\nabla E(s) = VALUE$$
"""


@pytest.mark.parametrize("notes", [ATTRIBUTIVE, PREDICATE, FAR], ids=["attributive", "predicate", "far"])
def test_right_gradient_is_green(notes: str) -> None:
    (step,) = doc_steps(notes.replace("VALUE", "W s"))
    assert step.verdict in _GREEN, step.message


@pytest.mark.parametrize("notes", [ATTRIBUTIVE, PREDICATE, FAR], ids=["attributive", "predicate", "far"])
def test_doubled_gradient_stays_failed(notes: str) -> None:
    (step,) = doc_steps(notes.replace("VALUE", "2 W s"))
    assert step.verdict is Verdict.FAILED


def test_entries_of_another_letter_make_nothing_symmetric() -> None:
    notes = ATTRIBUTIVE.replace("w_{ij}", "a_{ij}").replace("VALUE", "W s")
    (step,) = doc_steps(notes)
    assert step.verdict not in _GREEN

