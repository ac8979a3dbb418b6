r"""``I(q) = …`` where the notes call I the Fisher information: I is their function there, and
``I(q)^{-1}`` its reciprocal, not the identity matrix times q. Every example is written here (fresh10)."""

from __future__ import annotations

import pytest
from support import doc_steps

_NATURAL = r"""
A coin with bias $q$; one toss $y$ has log-likelihood $\ell(q) = y\log q + (1 - y)\log(1 - q)$.

The Fisher information of one toss is $I(q) = \frac{1}{q(1-q)}$, so the natural gradient is
$$I(q)^{-1}\,\frac{\mathrm{d}\ell}{\mathrm{d}q} = {rhs}$$
"""


def test_the_fisher_information_the_notes_define_is_their_function() -> None:
    *_, step = doc_steps(_NATURAL.replace("{rhs}", "y - q"))
    assert step.verdict.value == "PROVED"


@pytest.mark.parametrize("rhs", ["q - y", r"\frac{y - q}{q(1-q)}", "(y - q)q"])
def test_a_wrong_natural_gradient_fails(rhs: str) -> None:
    *_, step = doc_steps(_NATURAL.replace("{rhs}", rhs))
    assert step.verdict.value == "FAILED"


def test_without_the_word_information_i_is_not_defined() -> None:
    text = _NATURAL.replace("The Fisher information of one toss is", "Let").replace(
        ", so the natural gradient is", ".\n\nThen")
    *_, step = doc_steps(text.replace("{rhs}", "y - q"))
    assert step.verdict.value != "PROVED"
