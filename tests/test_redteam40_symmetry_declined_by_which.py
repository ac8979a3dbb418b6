r"""Symmetry stated and declined by a relative clause is no statement (redteam40).

"The weights are symmetric only when $w_{ij} = w_{ji}$, which we do not require." — fresh28 made ``$w_{ij} =
w_{ji}$`` a statement of symmetric weights, and the wrong ``\sum_{i,j} w_{ij} x_i y_j = \sum_{i,j} w_{ij} x_j y_i``
was PROVED "holds when read with w symmetric, as the notes say". A clause "which we do not require / assume" after
the statement declines it, as "…, but we do not" does. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.symmetricprose import declined_after

NOTES = r"""
# Weights

The weights are symmetric only when $w_{ij} = w_{ji}$, WHICH.

$$
\sum_{i,j} w_{ij} x_i y_j = \sum_{i,j} w_{ij} x_j y_i
$$
"""


def _verdict(which: str) -> str:
    return doc_steps(NOTES.replace("WHICH", which))[-1].verdict.value


def test_a_symmetry_the_notes_do_not_require_makes_no_green() -> None:
    assert _verdict("which we do not require") == "FAILED"
    assert _verdict("which we do not assume here") == "FAILED"


def test_a_symmetry_the_notes_keep_is_still_read() -> None:
    assert _verdict("which holds for our undirected graph") == "PROVED"


def test_which_clauses() -> None:
    text = "$A = A^T$, which we do not assume. Then"
    assert declined_after(text, text.index(",")) is True
    text = "$A = A^T$, which we use below. Then"
    assert declined_after(text, text.index(",")) is False
    text = "$A = A^T$, which is not positive definite. Then"
    assert declined_after(text, text.index(",")) is False
