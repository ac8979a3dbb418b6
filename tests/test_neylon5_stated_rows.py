r"""Samples the prose calls the rows of a matrix: "Let the $i$-th row of $X$ be $x^{(i)}$" makes each
``x^{(i)}`` a vector and X their matrix (annotations.stated_rows; the data-matrix reading of
documents.samples then reads X by its rows), and ``\langle a, b \rangle`` gives a and b one length.
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.annotations import stated_rows

GREEN = ("PROVED", "PASSED")
SAID = "Let the $k$-th row of $A$ be $a^{(k)}$. Then\n\n"


def _one(prose: str, latex: str) -> tuple[str, str]:
    (step,) = doc_steps(f"{prose}$$\n{latex}\n$$\n")
    return step.verdict.value, step.message


def test_the_sentences_that_state_rows() -> None:
    assert stated_rows(SAID) == {"a"}
    assert stated_rows(r"define the matrix $A$ so that its $k^\text{th}$ row is $a^{(k)}.$") == {"a"}
    assert stated_rows(r"the $k$-th column of $A$ is $a^{(k)}$, a row of numbers") == frozenset()
    assert stated_rows(r"the $k$-th row of $B$ is $a^{(k)}$") == frozenset()  # another letter


def test_an_entry_of_a_product_is_the_inner_product_with_the_row() -> None:
    verdict, message = _one(SAID, r"(A\beta - c)_k = \langle a^{(k)}, \beta\rangle - c^{(k)}")
    assert verdict in GREEN, message
    verdict, message = _one(SAID, r"(A\beta)_k = \langle a^{(k)}, \beta\rangle")
    assert verdict in GREEN, message


def test_a_sum_of_squares_over_the_rows() -> None:
    verdict, message = _one(SAID, r"(A\beta - c)^T (A\beta - c) = \sum_k (\langle a^{(k)}, \beta\rangle - c^{(k)})^2")
    assert verdict in GREEN, message


def test_wrong_variants_are_not_green() -> None:
    assert _one(SAID, r"(A\beta)_k = \langle a^{(k)}, 2\beta\rangle")[0] not in GREEN
    wrong = r"(A\beta - c)^T (A\beta - c) = \sum_k (\langle a^{(k)}, \beta\rangle + c^{(k)})^2"
    assert _one(SAID, wrong)[0] not in GREEN


def test_without_the_sentence_the_samples_are_not_read_as_rows() -> None:
    assert _one("Then\n\n", r"(A\beta)_k = \langle a^{(k)}, \beta\rangle")[0] not in GREEN
