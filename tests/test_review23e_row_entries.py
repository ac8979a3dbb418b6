r"""Rows of a family's transposed entries behind a sign or a 1/T (review23e).

trust15's doubt (documents.rowentries) saw ``\sum_t (\sigma(q_t^T h) - 1) q_t^T`` but not the same row
written with its sign or average in front (``-\frac{1}{T}\sum_t (1 - \sigma(q_t^T h)) q_t^T``) or with the
sign on the entry (``\sigma(-q_t^T h)(-q_t^T)``): the parser keeps such products nested, and a count T was
no coefficient, so the missing-transpose slip stayed PROVED. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Negative sampling

The loss is $J = -\frac{1}{T}\sum_{t} \log \sigma(q_t^T h)$ over the $T$ samples $t$.

$$\frac{\partial J}{\partial h} = {step}$$
"""


def _verdict(step: str) -> tuple[Verdict, str]:
    r = doc_steps(_NOTES.replace("{step}", step))[-1]
    return r.verdict, r.message


@pytest.mark.parametrize("step", [
    r"-\frac{1}{T}\sum_t (1 - \sigma(q_t^T h)) q_t^T",
    r"\frac{1}{T}\sum_t q_t^T (\sigma(q_t^T h) - 1)",
    r"\sum_t \frac{\sigma(q_t^T h) - 1}{T} q_t^T",
    r"\frac{1}{T}\sum_t \sigma(-q_t^T h) (-q_t^T)",
])
def test_a_row_behind_a_sign_or_an_average_is_not_green(step: str) -> None:
    verdict, message = _verdict(step)
    assert verdict is Verdict.SKIPPED, message
    assert "q_t^T" in message


@pytest.mark.parametrize("step", [
    r"-\frac{1}{T}\sum_t (1 - \sigma(q_t^T h)) q_t",
    r"\frac{1}{T}\sum_t \sigma(-q_t^T h) (-q_t)",
])
def test_the_column_keeps_its_verdict(step: str) -> None:
    verdict, message = _verdict(step)
    assert verdict.ok, message
