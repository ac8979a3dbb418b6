r"""A layout the notes state once, at the top, holds for the whole notes (redteam7).

"We use the numerator layout throughout." still let the denominator layout be tried as another
reading, so the denominator-layout slip ``\partial A\mathbf{x}/\partial\mathbf{x} = A^T`` was PROVED
"with denominator layout for derivatives"; and "denominator layout" was read only in the eight lines
before a chain, so a statement at the top of the notes did not stop the numerator reading of a later
``\partial f/\partial W = \mathbf{x}\mathbf{u}^T`` (f = uᵀWx), a missing transpose, from being PROVED.
Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NUMERATOR = r"""
# Matrix calculus

{prose}

$$\frac{{\partial A\mathbf{{x}}}}{{\partial \mathbf{{x}}}} = {rhs}$$
"""


@pytest.mark.parametrize(
    "prose",
    [
        "We use the numerator layout throughout.",
        "These notes write derivatives in numerator layout.",
    ],
)
def test_stated_numerator_layout_rules_out_the_denominator_reading(prose: str) -> None:
    (step,) = doc_steps(_NUMERATOR.format(prose=prose, rhs="A^T"), "notes.md")
    assert step.verdict not in _GREEN, step.message
    (step,) = doc_steps(_NUMERATOR.format(prose=prose, rhs="A"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message


@pytest.mark.parametrize(
    "prose",
    [
        "Nothing is said about layouts here.",
        "Some texts use the numerator layout; these notes use the denominator layout.",
        "We do not use the numerator layout.",
    ],
)
def test_without_a_numerator_statement_the_denominator_reading_stays(prose: str) -> None:
    (step,) = doc_steps(_NUMERATOR.format(prose=prose, rhs="A^T"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message


_FAR = r"""
# Conventions

We use the denominator layout throughout.

# A bilinear form

The next result is used by the backward pass of a linear layer. Its input is a vector,
its weights a matrix, and the loss a scalar that depends on the weights through one
product only. We differentiate that scalar with respect to the weights, entry by entry,
and then collect the entries into one matrix. The same steps give the gradient of any
bilinear form, and we will reuse them for the attention scores later on.

$$\frac{{\partial f}}{{\partial W}} = {rhs}$$

where $f = \mathbf{{u}}^T W \mathbf{{x}}$.
"""


def test_a_layout_stated_at_the_top_reaches_a_later_chain() -> None:
    (step,) = doc_steps(_FAR.format(rhs=r"\mathbf{x}\mathbf{u}^T"), "notes.md")
    assert step.verdict not in _GREEN, step.message
    (step,) = doc_steps(_FAR.format(rhs=r"\mathbf{u}\mathbf{x}^T"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message


_DENOMINATOR = r"""
# Matrix calculus

{prose}

$$\frac{{\partial A\mathbf{{x}}}}{{\partial \mathbf{{x}}}} = {rhs}$$
"""


def test_a_stated_denominator_layout_is_the_literal_reading() -> None:
    # the Jacobian read in the numerator layout was the literal reading, whatever the notes said
    prose = "We use the denominator layout throughout."
    (step,) = doc_steps(_DENOMINATOR.format(prose=prose, rhs="A"), "notes.md")
    assert step.verdict not in _GREEN, step.message
    (step,) = doc_steps(_DENOMINATOR.format(prose=prose, rhs="A^T"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message
