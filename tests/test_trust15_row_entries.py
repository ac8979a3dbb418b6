r"""A family's entries written transposed at the end of a term, read as numbers (trust15).

``\frac{\partial J}{\partial h} = \sum_t (\sigma(q_t^T h) - 1) q_t^T`` after ``J = -\sum_t \log\sigma(q_t^T h)``
(no shapes stated) read each q_t as a number, where the transposes vanish, and the step was PROVED; the
gradient by the column h is the column ``\sum_t (\sigma(q_t^T h) - 1) q_t``. Written so, the side is a row
made of transposed entries, which the number reading cannot tell from a column: SKIPPED with a reason
naming the transposes. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Negative sampling

The loss is $J = -\sum_{t} \log \sigma(q_t^T h)$ over the samples $t$.

$$\frac{\partial J}{\partial h} = {step}$$
"""


def _verdict(step: str) -> tuple[Verdict, str]:
    r = doc_steps(_NOTES.replace("{step}", step))[-1]
    return r.verdict, r.message


def test_a_row_of_transposed_entries_for_a_column_gradient_is_not_green() -> None:
    verdict, message = _verdict(r"\sum_t (\sigma(q_t^T h) - 1) q_t^T")
    assert verdict is Verdict.SKIPPED, message
    assert "q_t^T" in message


def test_the_column_gradient_keeps_its_verdict() -> None:
    verdict, message = _verdict(r"\sum_t (\sigma(q_t^T h) - 1) q_t")
    assert verdict.ok, message


def test_transposed_entries_on_both_sides_keep_their_verdict() -> None:
    steps = doc_steps(r"""
    # Ratings

    $$\sum_{i} (\sigma(p_i^T w) - 1) p_i^T = \sum_{i} \sigma(p_i^T w) p_i^T - \sum_i p_i^T$$
    """)
    assert steps[-1].verdict.ok, steps[-1].message


def test_a_product_of_two_entries_keeps_its_verdict() -> None:
    steps = doc_steps(r"""
    # Ratings

    The score is $r_{ui} = x_u y_i^T$.

    $$r_{ui} - r_{uj} = x_u y_i^T - x_u y_j^T$$
    """)
    assert steps[-1].verdict.ok, steps[-1].message
