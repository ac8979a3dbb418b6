r"""A name written transposed is a vector, also with a label below it (trust14).

``J = -\log\sigma(q_t^T h)`` and then ``\nabla_h J = (\sigma(q_t^T h) - 1) q_t^T``: q_t (t a label) was read as a
number, h with it, and the missing transpose was PROVED. Written transposed, q_t is a vector like q^T.
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_ONE = r"""
# Negative sampling

We use the denominator layout throughout. For one positive word we minimise $J = -\log \sigma(q_t^T h)$.

$$\nabla_h J = {rhs}$$
"""


def test_a_transposed_labelled_name_is_a_vector() -> None:
    step = doc_steps(_ONE.replace("{rhs}", r"(\sigma(q_t^T h) - 1) q_t"))[-1]
    assert step.verdict is Verdict.PROVED, step.message
    assert "q_t: a vector" in step.message and "h: a vector" in step.message, step.message


def test_the_missing_transpose_of_a_labelled_name_is_not_green() -> None:
    step = doc_steps(_ONE.replace("{rhs}", r"(\sigma(q_t^T h) - 1) q_t^T"))[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message

