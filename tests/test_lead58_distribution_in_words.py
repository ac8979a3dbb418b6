r"""A parameter the prose ties to the distribution is not differentiated under 𝔼 (lead58, after gaps58).

gaps58's reading takes a parameter θ out of 𝔼 as a constant where the formulas never write θ in a distribution
(``x \sim \mathcal{N}(\theta, 1)``, ``p_\theta``). Notes say it in words just as often: "Let $X$ be exponentially
distributed with rate $\theta$", "the policy has parameters $\theta$". There the derivative of 𝔼[θX] is not 𝔼[X] —
forgetting that the distribution moves with θ is the classic mistake of a policy-gradient derivation — and it was
PROVED. A name written in a sentence that names a distribution, a density, a rate, a mean, a policy … is now kept
out of the reading (the refusal stands); "the mean squared error of a guess $\mu$" still reads μ as a parameter.
"""

from __future__ import annotations

import pytest
from support import doc_steps

CASES = {
    "rate": ("Let $X$ be exponentially distributed with rate $\\theta$.",
             r"\frac{d}{d\theta} \mathbb{E}[\theta X] = \mathbb{E}[X]"),
    "mean": ("Let $X$ be a random variable whose distribution has mean $\\theta$ and variance 1.",
             r"\frac{\partial}{\partial \theta} \mathbb{E}[X^2 + \theta X] = \mathbb{E}[X]"),
    "with mean": ("Let $X$ be a random variable with mean $\\theta$ and variance 1.",
                  r"\frac{d}{d\theta} \mathbb{E}[(X - \theta)^2 + \theta X]"
                  r" = 2\theta - 2\mathbb{E}[X] + \mathbb{E}[X]"),
    "policy": ("The policy has parameters $\\theta$ and the return $R$ depends on the actions it samples.",
               r"\nabla_\theta \mathbb{E}[\theta R] = \mathbb{E}[R]"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_parameter_the_prose_ties_to_the_distribution_is_not_differentiated_under_it(case: str) -> None:
    words, claim = CASES[case]
    step = doc_steps(f"{words}\n\n$$\n{claim}\n$$\n")[-1]
    assert step.verdict.value not in ("PROVED", "PASSED"), step.message
    assert "differentiated under 𝔼" not in step.message, step.message


def test_a_guess_beside_a_mean_squared_error_is_still_a_parameter() -> None:
    step = doc_steps("The mean squared error of a guess $\\mu$ is minimised where\n\n$$\n"
                     "\\frac{\\partial}{\\partial \\mu} \\mathbb{E}[(X - \\mu)^2] = 2\\mu - 2\\mathbb{E}[X]\n$$\n")[-1]
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
    assert "differentiated under 𝔼" in step.message, step.message
