r"""``c\mathbf{1}`` is the vector of c's (values.Ones.scale): an entry of it is c, not 1. Taken as 1,
``(c\mathbf{1})_i = 1`` was PROVED and ``z_i + (c\mathbf{1})_i = (z + c\mathbf{1})_i`` FAILED."""

from __future__ import annotations

from support import doc_steps

CONTEXT = "```verify\nz: vector[n]\nn in {2, 3}\n```\n\n"


def test_an_entry_of_a_scaled_vector_of_ones_is_the_scale() -> None:
    (step,) = doc_steps(CONTEXT + "$$\n\\left(c \\mathbf{1}\\right)_i = 1\n$$\n")
    assert step.verdict.value not in ("PROVED", "PASSED")
    (step,) = doc_steps(CONTEXT + "$$\n\\left(c \\mathbf{1}\\right)_i = c\n$$\n")
    assert step.verdict.value == "PROVED"


def test_an_entry_of_a_sum_with_it_agrees_with_the_sum_of_entries() -> None:
    body = "$$\nz_i + \\left(c \\mathbf{1}\\right)_i = \\left(z + c\\mathbf{1}\\right)_i\n$$\n"
    (step,) = doc_steps(CONTEXT + body)
    assert step.verdict.value == "PROVED", step.message
