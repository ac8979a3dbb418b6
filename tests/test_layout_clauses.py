r"""A sentence that names both layouts still states the notes' own where one clause speaks for the
notes and the other is set aside ("We use the numerator layout, not the denominator layout",
"Unlike the Matrix Cookbook, which uses the denominator layout, we use the numerator layout"), and
"We do not use the denominator layout" states the other one. Such sentences were ignored, so the
denominator slip ``\partial A\mathbf{x}/\partial\mathbf{x} = A^T`` was PROVED "with denominator layout".
Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

SLIP = r"$$\frac{\partial A\mathbf{x}}{\partial \mathbf{x}} = A^T$$"
RIGHT = r"$$\frac{\partial A\mathbf{x}}{\partial \mathbf{x}} = A$$"

NUMERATOR = [
    r"We use the numerator layout, not the denominator layout.",
    r"Unlike the Matrix Cookbook, which uses the denominator layout, we use the numerator layout.",
    r"We use the numerator layout; the denominator layout is its transpose.",
    r"We do not use the denominator layout.",
]


@pytest.mark.parametrize("prose", NUMERATOR)
def test_the_denominator_slip_is_not_green_after_a_numerator_statement(prose: str) -> None:
    *_, step = doc_steps(prose + "\n\n" + SLIP + "\n")
    assert step.verdict.value not in {"PROVED", "PASSED"}, step.message


@pytest.mark.parametrize("prose", NUMERATOR)
def test_the_numerator_result_stays_green(prose: str) -> None:
    *_, step = doc_steps(prose + "\n\n" + RIGHT + "\n")
    assert step.verdict.value in {"PROVED", "PASSED"}, step.message


def test_the_mirror_sentence_states_the_denominator_layout() -> None:
    *_, step = doc_steps(r"We use the denominator layout, not the numerator layout." + "\n\n" + SLIP + "\n")
    assert step.verdict.value in {"PROVED", "PASSED"}, step.message
