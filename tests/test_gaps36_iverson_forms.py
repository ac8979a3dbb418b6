r"""Iverson brackets written after a sum's index and doubled (latex.iverson; lecture23's left items).

``\sum_k [k = y](p_j - [j = k])`` — the one-hot target written as a sum over the classes — and the
double bracket ``[\![j = y]\!]`` (or stmaryrd's ``\llbracket j = y \rrbracket``) some notes use for the
indicator were read as a relation inside a formula: every such step SKIPPED, a sign slip included.
Each example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""# Softmax

Let $z \in \mathbb{R}^K$ be the logits, $p = \operatorname{softmax}(z)$ and $y$ the label.
The loss is $L = -\log p_y$. Entry by entry

$$\frac{\partial L}{\partial z_j} = {rhs}$$
"""


def _last(rhs: str) -> Verdict:
    return doc_steps(_NOTES.replace("{rhs}", rhs), "notes.md")[-1].verdict


@pytest.mark.parametrize("rhs", [r"p_j - [\![j = y]\!]", r"p_j - [[j = y]]", r"p_j - \llbracket j = y \rrbracket",
                                 r"\sum_k [k = y] (p_j - [j = k])", r"\sum_{k=1}^{K} [k = y]\,(p_j - [j = k])"])
def test_the_target_in_these_forms_is_proved(rhs: str) -> None:
    assert _last(rhs) is Verdict.PROVED


@pytest.mark.parametrize("rhs", [r"p_j + [\![j = y]\!]", r"[[j = y]] - p_j", r"p_j + \llbracket j = y \rrbracket",
                                 r"\sum_k [k = y] ([j = k] - p_j)", r"\sum_{k=1}^{K} [k = y]\,(2p_j - [j = k])"])
def test_a_slip_in_these_forms_is_failed(rhs: str) -> None:
    assert _last(rhs) is Verdict.FAILED


def test_a_bracket_after_a_sum_that_is_no_relation_stays_a_group() -> None:
    notes = r"""Let $x_1, \dots, x_n$ be numbers.

$$\sum_{i=1}^n [x_i + 1] = \sum_{i=1}^n x_i + n$$
"""
    assert doc_steps(notes, "notes.md")[-1].verdict is Verdict.PROVED
