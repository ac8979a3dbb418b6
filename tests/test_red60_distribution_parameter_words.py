r"""More words that tie a name to the distribution: it is not differentiated under 𝔼 (red60, attacking
documents.underexpectation's ties of lead58/sound59).

A derivative by θ was read under 𝔼 as if the distribution did not move, and a wrong step PROVED, where the prose
ties θ to the distribution with a word the reader did not know or with a verb between the word and the name:
"Gaussian with precision $\theta$" (𝔼[θx²] = 1, its derivative 0, not 𝔼[x²]), "equal to one with probability
$\theta$" (𝔼[θx] = θ², derivative 2θ), "its standard deviation is $\theta$", "its mean is $\theta$". Every note is
written here."""

from __future__ import annotations

import pytest
from support import doc_steps

CASES = {
    "precision": ("Let $x$ be Gaussian with precision $\\theta$.", r"\mathbb{E}[\theta x^2] = \mathbb{E}[x^2]"),
    "probability": ("Let $x$ be a coin flip, equal to one with probability $\\theta$.",
                    r"\mathbb{E}[\theta x] = \mathbb{E}[x]"),
    "sd is": ("Let $x$ be a random variable whose spread is $\\theta$ (its standard deviation is $\\theta$).",
              r"\mathbb{E}[\theta x] = \mathbb{E}[x]"),
    "mean is": ("Let $x$ be a random variable; its mean is $\\theta$.", r"\mathbb{E}[\theta x] = \mathbb{E}[x]"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_parameter_tied_to_the_distribution_is_not_differentiated_under_it(case: str) -> None:
    words, claim = CASES[case]
    step = doc_steps(f"{words}\n\n$$\n\\frac{{d}}{{d\\theta}} {claim}\n$$\n")[-1]
    assert step.verdict.value not in ("PROVED", "PASSED"), step.message
    assert "differentiated under 𝔼" not in step.message, step.message


def test_a_word_about_another_quantity_leaves_the_parameter() -> None:
    # the mean of the estimate names m, not c: c stays a parameter, the derivative is read under 𝔼
    step = doc_steps(
        "Let $x \\sim \\text{Exp}(\\lambda)$ and take a weight $c$; the estimate has mean $m$.\n\n$$\n"
        "\\frac{d}{dc} \\mathbb{E}[(x - c)^2] = 2c - 2\\mathbb{E}[x]\n$$\n"
    )[-1]
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
