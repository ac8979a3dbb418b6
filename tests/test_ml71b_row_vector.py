r"""A name the prose calls a row vector is a 1×n row (documents.rownames), and a tuple stated for it is the row's
entries (documents.listedvectors).

"Let $\hat y = v h$ with $v$ a row vector … Take … the row $v = (1, -1)$ and $h = (3, 3)^\top$ … $\frac{\partial
L}{\partial v} = (\hat y - y) h^\top = (-3, -3)$": v was read as a column (a vector by default), ``v h`` a product of
two columns taken entry-wise, and the right first link FAILED. The prose's words now make v a row: the first link is
PROVED, the worked gradient compared at the stated values (up to orientation: the layout of a gradient is the notes'
choice), and a wrong worked gradient FAILED (it differs read either way: documents.orientation.transposed_readings).
Every note is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.annotations import key_of_text
from verifier.documents.rownames import stated_row_names

_NOTE = r"""# One output unit

Let $\hat y = v h$ with WORDS, and $L = \tfrac12 (\hat y - y)^2$.

Take $y = 1$, the row $v = (1, -1)$ and $h = (3, 3)^\top$. Then $\hat y = 0$ and

$$
\frac{\partial L}{\partial v} = (\hat y - y)\, h^\top = RESULT .
$$
"""

_WORDS = [r"$v$ a row vector", r"$v \in \mathbb{R}^{1 \times 2}$", r"a row vector $v$", r"$v$, a row-vector"]


def _note(words: str, result: str) -> str:
    return _NOTE.replace("WORDS", words).replace("RESULT", result)


@pytest.mark.parametrize("words", _WORDS)
def test_the_gradient_with_respect_to_a_stated_row_is_not_failed(words: str) -> None:
    verdicts = verdicts_by_line(_note(words, "(-3, -3)"))
    assert verdicts[8][0] == "PROVED", verdicts
    assert "FAILED" not in verdicts[8], verdicts


@pytest.mark.parametrize("words", [_WORDS[0], _WORDS[2]])
def test_the_right_worked_gradient_is_green(words: str) -> None:
    verdicts = verdicts_by_line(_note(words, "(-3, -3)"))
    assert set(verdicts[8]) <= {"PROVED", "PASSED"}, verdicts


@pytest.mark.parametrize("words", [_WORDS[0], _WORDS[2]])
@pytest.mark.parametrize("wrong", ["(3, 3)", "(-3, 3)", "(-6, -6)"])
def test_a_wrong_worked_gradient_is_failed(words: str, wrong: str) -> None:
    verdicts = verdicts_by_line(_note(words, wrong))
    assert verdicts[8][1] == "FAILED", verdicts


def test_a_wrong_symbolic_gradient_is_not_green() -> None:
    note = _note(_WORDS[0], "(-3, -3)").replace(r"= (\hat y - y)\, h^\top =", r"= (\hat y + y)\, h^\top =")
    verdicts = verdicts_by_line(note)
    assert verdicts[8][0] == "FAILED", verdicts


@pytest.mark.parametrize(("text", "names"), [
    (r"Let $\hat y = v h$ with $v$ a row vector.", {"v"}),
    (r"Let $w$ be a row vector and $x$ a column vector.", {"w"}),
    (r"Take the row $v = (1, -1)$.", {"v"}),
    (r"Take a row vector $\mathbf{u}$.", {"u"}),
    (r"Take the row $i$ of $X$, and the row $x$ of $X$.", set()),  # an index; a row *of* a matrix
    (r"The row $v$ is a column vector $v$ here.", set()),  # called a column too: nothing said
    (r"Each sample $x^{(i)}$ is a row vector.", set()),  # a family: annotations.stated_row_vectors
    (r"Here $v^\top$ is a row vector.", set()),  # the transpose of a column
])
def test_which_names_the_prose_calls_rows(text: str, names: set[str]) -> None:
    assert {k[0] for k in stated_row_names(text, key_of_text)} == names


@pytest.mark.parametrize("wrong", ["(3, 3)", "(-3, 3)"])
def test_a_wrong_worked_gradient_of_an_annotated_row_is_failed(wrong: str) -> None:
    verdicts = verdicts_by_line(_note(_WORDS[1], wrong))
    assert verdicts[8] == ["PROVED", "FAILED"], verdicts
