r"""An inner product of a scalar with a vector is a misfit definition, not a FAILED step.

Notes reuse a letter: the iterates of one section obey ``x^{(i)} = Bz^{(i)}`` (read as scalars: nothing says
otherwise), and in the next ``x^{(i)}`` is the i-th row
of the data matrix, written inside ``\langle x^{(i)}, \theta \rangle``. Read with the scalar definition
the inner product is ill-formed (a scalar with a vector); a reader sets that definition aside on the
line, as for a scalar indexed (documents.misfits). Small examples written here.
"""

from __future__ import annotations

import pytest
import sympy as sp
from support import doc_steps

from verifier.documents.misfits import CLASH_WORDS, SCALAR_IN_INNER
from verifier.documents.operators import OPERATORS
from verifier.documents.resolve import DimensionError

_NOTES = r"""
# Reparametrised descent

With $B$ invertible, the two runs keep $x^{(i)} = Bz^{(i)}$ at every step $i$.

# Least squares

Let the $i$-th row of $X$ be $x^{(i)}.$ Then

$$(X\theta)_i = RHS$$
"""


def _last(rhs: str):
    return doc_steps(_NOTES.replace("RHS", rhs))[-1]


def test_a_row_of_the_data_matrix_in_an_inner_product_is_proved_despite_scalar_iterates() -> None:
    r = _last(r"\langle x^{(i)}, \theta \rangle")
    assert r.verdict.name == "PROVED", r.message
    # "Let the i-th row of X be x^{(i)}" defines the samples from its line on (documents.statedentries)
    assert "x^(i) is row i of X" in r.message, r.message


def test_a_row_the_prose_only_recalls_is_read_by_setting_the_scalar_iterates_aside() -> None:
    said = "Let the $i$-th row of $X$ be $x^{(i)}.$"
    recalled = _NOTES.replace(said, "Recall that the $i$-th row of $X$ is $x^{(i)}.$")
    assert recalled != _NOTES
    r = doc_steps(recalled.replace("RHS", r"\langle x^{(i)}, \theta \rangle"))[-1]
    assert r.verdict.name == "PROVED", r.message
    # the first section's iterates are names of their own there (x^[i] := B z^[i], documents.iterates: never
    # summed, no position said in that section), so the row of X meets no earlier definition to set aside
    assert "read without the notes' earlier definition" in r.message or "x^{(i)} as row i of X" in r.message, r.message
    wrong = doc_steps(recalled.replace("RHS", r"\langle x^{(i)}, 2\theta \rangle"))[-1]
    assert wrong.verdict.name in ("FAILED", "SKIPPED"), wrong.message


def test_a_wrong_inner_product_is_never_green() -> None:
    r = _last(r"\langle x^{(i)}, 2\theta \rangle")
    assert r.verdict.name in ("FAILED", "SKIPPED"), r.message


def test_a_scalar_with_a_vector_in_an_inner_product_names_the_misfit() -> None:
    with pytest.raises(DimensionError, match=SCALAR_IN_INNER):
        OPERATORS["inner"](sp.Symbol("a"), sp.ImmutableMatrix([1, 2, 3]))
    assert SCALAR_IN_INNER in CLASH_WORDS
