r"""Two definitions written through each other end in a SKIPPED, not an internal ERROR.

"Let $L(w) = J(w) + M(w)$ and $M(w) = L(w) - J(w)$" defines neither L nor M (each needs the other). A step
with L expanded L, then M, then L … until Python's recursion limit: the chain was an internal ERROR
(RecursionError; redlate61 noticed it, older than stop 61), and through the data-matrix reading of lead61
(``samples.with_called_bodies``, a function whose body calls another) the same. A definition met again while its
own body is being read is now refused ("defined through itself"), so the step is SKIPPED with that reason, and the
other steps of the notes are checked as before. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

_CYCLE = "Let $L(w) = J(w) + M(w)$ and $M(w) = L(w) - J(w)$ with $J(w) = w^2$.\n\n"


@pytest.mark.parametrize("rhs", ["2w", "4w"])
def test_a_step_through_definitions_of_each_other_is_skipped(rhs: str) -> None:
    steps = doc_steps(f"# Cycle\n\n{_CYCLE}$$\\frac{{d}}{{dw}} L(w) = {rhs}$$\n")
    assert [s.verdict.name for s in steps] == ["SKIPPED"]
    assert "itself" in steps[0].message


def test_the_data_matrix_reading_through_such_definitions_is_skipped() -> None:
    note = (
        "# Ridge\n\nLet $J(\\theta) = \\frac{1}{2m}\\sum_i (\\theta^T x^{(i)} - y^{(i)})^2$, "
        "$K(\\theta) = J(\\theta) + R(\\theta)$ and $R(\\theta) = K(\\theta) - J(\\theta)$.\n\n"
        "$$\\nabla_\\theta K(\\theta) = \\frac1m X^T(X\\theta - y)$$\n"
    )
    assert [s.verdict.name for s in doc_steps(note)] == ["SKIPPED"]


def test_a_definition_through_another_is_read_as_before() -> None:
    note = "# Chain\n\nLet $J(w) = w^2$, $M(w) = 3J(w)$ and $L(w) = J(w) + M(w)$.\n\n$$\\frac{d}{dw} L(w) = 8w$$\n"
    assert [s.verdict.name for s in doc_steps(note)] == ["PROVED"]
