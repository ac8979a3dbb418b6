r"""A parameter tied to the distribution in words lead58 did not read is not differentiated under 𝔼 (sound59).

lead58 keeps a name out of gaps58's derivative under 𝔼 where the prose ties it to the distribution ("exponentially
distributed with rate $\theta$", "with mean $\theta$"). Two more ways notes say it were read as if the distribution
did not move, and a wrong derivative was PROVED: a scale or a standard deviation ("Let $x$ be a random variable with
standard deviation $\theta$": for x = θu, 𝔼[θx²] = θ³𝔼[u²], whose derivative is 3θ²𝔼[u²], not 𝔼[x²] = θ²𝔼[u²]),
and a name set equal, in any formula of the notes, to one the distribution writes ("$x \sim \text{Exp}(\lambda)$
where $\lambda = \theta$"). Every note is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

CASES = {
    "scale": ("The samples come from $q$, which has a scale $\\theta$.",
              r"\frac{d}{d\theta} \mathbb{E}[\theta x] = \mathbb{E}[x]"),
    "standard deviation": ("Let $x$ be a random variable with standard deviation $\\theta$.",
                           r"\frac{d}{d\theta} \mathbb{E}[\theta x^2] = \mathbb{E}[x^2]"),
    "tie after": ("Let $x \\sim \\text{Exp}(\\lambda)$ where $\\lambda = \\theta$.",
                  r"\frac{d}{d\theta} \mathbb{E}[\theta x] = \mathbb{E}[x]"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_parameter_tied_to_the_distribution_is_not_differentiated_under_it(case: str) -> None:
    words, claim = CASES[case]
    step = doc_steps(f"{words}\n\n$$\n{claim}\n$$\n")[-1]
    assert step.verdict.value not in ("PROVED", "PASSED"), step.message
    assert "differentiated under 𝔼" not in step.message, step.message


def test_a_tie_written_after_the_derivative_counts_too() -> None:
    step = doc_steps("Let $x \\sim \\text{Exp}(\\lambda)$ and consider\n\n$$\n\\frac{d}{d\\theta} "
                     "\\mathbb{E}[\\theta x] = \\mathbb{E}[x]\n$$\n\nwhere $\\lambda = \\theta$.\n")[0]
    assert step.verdict.value not in ("PROVED", "PASSED"), step.message


def test_a_name_tied_to_nothing_distributed_is_still_a_parameter() -> None:
    # c = 2 ties c to a number, not to the distribution: c stays a parameter, the derivative is read under 𝔼
    step = doc_steps("Let $x \\sim \\text{Exp}(\\lambda)$ and take a weight $c$ with $c = 2$ later.\n\n$$\n"
                     "\\frac{d}{dc} \\mathbb{E}[(x - c)^2] = 2c - 2\\mathbb{E}[x]\n$$\n")[-1]
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
    assert "differentiated under 𝔼" in step.message, step.message
