r"""``\frac{d\sigma}{dz}`` of a function the chain applies at z: the derivative of σ(z).

"The logistic function is $\sigma(z) = \frac{1}{1+e^{-z}}$, so $$\frac{d\sigma}{dz} = \sigma(z)(1 -
\sigma(z))$$" is how notes state σ′: the bare σ under d/dz read as a quantity depending on z, an arbitrary
function, so the step — and its classic wrong variant σ(1 + σ) — was SKIPPED "sigma is not defined in
the notes". Where the chain writes the same function applied at the derivative's variable, the bare name
under the derivative is that application (documents.pointfree)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_LEAD = "The logistic function is $\\sigma(z) = \\frac{1}{1 + e^{-z}}$, so\n\n"


def _verdict(display: str, lead: str = _LEAD) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(lead + f"$$ {display} $$\n", "notes.md").chains for s in ch.result.steps
             if "frac{d" in s.lhs_latex or "partial" in s.lhs_latex]  # fmt: skip
    [step] = steps
    return step.verdict, step.message


@pytest.mark.parametrize(
    "display",
    [
        r"\frac{d\sigma}{dz} = \sigma(z)(1 - \sigma(z))",
        r"\frac{d \sigma}{d z} = \sigma(z) - \sigma(z)^2",
        r"\frac{\partial \sigma}{\partial z} = \sigma(z)(1 - \sigma(z))",
    ],
)
def test_the_derivative_of_a_bare_function_applied_in_the_chain_is_checked(display: str) -> None:
    verdict, message = _verdict(display)
    assert verdict in (Verdict.PROVED, Verdict.PASSED), message
    assert "read pointwise" in message


@pytest.mark.parametrize(
    "display",
    [r"\frac{d\sigma}{dz} = \sigma(z)(1 + \sigma(z))", r"\frac{d\sigma}{dz} = \sigma(z)^2"],
)
def test_a_wrong_derivative_of_sigma_is_failed(display: str) -> None:
    verdict, message = _verdict(display)
    assert verdict is Verdict.FAILED, message


def test_tanh_too() -> None:
    verdict, _ = _verdict(r"\frac{d\tanh}{du} = 1 - \tanh(u)^2", lead="")
    assert verdict in (Verdict.PROVED, Verdict.PASSED)
    verdict, _ = _verdict(r"\frac{d\tanh}{du} = 1 + \tanh(u)^2", lead="")
    assert verdict is Verdict.FAILED


def test_a_function_applied_at_another_variable_is_not_rewritten() -> None:
    verdict, message = _verdict(r"\frac{d\sigma}{dz} = \sigma(x)(1 - \sigma(x))")
    assert verdict is not Verdict.FAILED, message  # which σ is differentiated is not said
    assert "read pointwise" not in message
