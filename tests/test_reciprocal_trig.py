r"""The reciprocal and inverse hyperbolic functions notes write (``\sec``, ``\csc``, ``\cot``, ``\coth``,
``\operatorname{sech}``, ``\operatorname{csch}``, ``\operatorname{arsinh}``, …) are the functions they
name. They were unknown names, so ``\frac{d}{dx}\tanh x = \operatorname{sech}^2 x`` was SKIPPED
("sech is not defined in the notes") whatever it said."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (r"\frac{d}{dx}\tanh x = \operatorname{sech}^2 x", Verdict.PROVED),
        (r"\frac{d}{dx}\tanh x = \operatorname{sech} x", Verdict.FAILED),  # the square dropped
        (r"\frac{d}{dx}\cot x = -\csc^2 x", Verdict.PROVED),
        (r"\frac{d}{dx}\cot x = \csc^2 x", Verdict.FAILED),  # the sign flipped
        (r"\sec^2 x = 1 + \tan^2 x", Verdict.PROVED),
        (r"\frac{d}{dx}\coth x = -\operatorname{csch}^2 x", Verdict.PROVED),
        (r"\frac{d}{dx}\operatorname{arsinh} x = \frac{1}{\sqrt{1 + x^2}}", Verdict.PROVED),
        (r"\frac{d}{dx}\operatorname{artanh} x = \frac{1}{1 + x^2}", Verdict.FAILED),  # that is arctan's
    ],
)
def test_reciprocal_and_inverse_hyperbolic_functions_are_read(claim: str, verdict: Verdict) -> None:
    steps = doc_steps(f"We have\n\n$${claim}$$\n")
    assert [s.verdict for s in steps] == [verdict], [s.message for s in steps]
