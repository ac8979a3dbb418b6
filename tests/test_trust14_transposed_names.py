r"""A name written transposed is a vector, also with a label or an index below it (trust14).

``J = -\log\sigma(q_t^T h)`` and then ``\nabla_h J = (\sigma(q_t^T h) - 1) q_t^T``: q_t (t a label) was read as a
number, h with it, and the missing transpose was PROVED. Written transposed, q_t is a vector like q^T. The
same for the entries of a family written transposed (``\sum_t … q_t^T``): each entry is a column of q.
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_ONE = r"""
# Negative sampling

We use the denominator layout throughout. For one positive word we minimise $J = -\log \sigma(q_t^T h)$.

$$\nabla_h J = {rhs}$$
"""

_MANY = r"""
# Several words

We use the denominator layout throughout. We minimise $J = -\sum_{t=1}^{N} \log \sigma(q_t^T h)$.

$$\nabla_h J = {rhs}$$
"""


def test_a_transposed_labelled_name_is_a_vector() -> None:
    step = doc_steps(_ONE.replace("{rhs}", r"(\sigma(q_t^T h) - 1) q_t"))[-1]
    assert step.verdict is Verdict.PROVED, step.message
    assert "q_t: a vector" in step.message and "h: a vector" in step.message, step.message


def test_the_missing_transpose_of_a_labelled_name_is_not_green() -> None:
    step = doc_steps(_ONE.replace("{rhs}", r"(\sigma(q_t^T h) - 1) q_t^T"))[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_entries_written_transposed_are_columns() -> None:
    step = doc_steps(_MANY.replace("{rhs}", r"\sum_{t=1}^{N} (\sigma(q_t^T h) - 1) q_t"))[-1]
    assert step.verdict is Verdict.PROVED, step.message
    assert "its entries are vectors" in step.message, step.message


def test_the_missing_transpose_of_an_entry_is_not_green() -> None:
    step = doc_steps(_MANY.replace("{rhs}", r"\sum_{t=1}^{N} (\sigma(q_t^T h) - 1) q_t^T"))[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_an_entry_outside_the_sum_keeps_its_reading_as_a_column() -> None:
    notes = r"""
    # Negative sampling

    $$J(v, o, U) = -\log \sigma(u_o^T v) - \sum_{k=1}^{K} \log \sigma(-u_k^T v)$$

    Note that $o \notin \{1, \dots, K\}$.

    $$\frac{\partial J}{\partial u_o} = {rhs}$$
    """
    step = doc_steps(notes.replace("{rhs}", r"(\sigma(u_o^T v) - 1) v"))[-1]
    assert step.verdict is Verdict.PROVED, step.message
    step = doc_steps(notes.replace("{rhs}", r"(\sigma(u_o^T v) - 1) u_o"))[-1]
    assert step.verdict is Verdict.FAILED, step.message
