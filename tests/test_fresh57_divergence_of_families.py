r"""A divergence written between two named distributions defines the bare name the lines after it differentiate
(fresh57).

"$$\mathrm{KL}\bigl(\mathcal{N}(\mu, \sigma^2)\,\|\,\mathcal{N}(0, 1)\bigr) = -\log\sigma + \frac{\sigma^2 + \mu^2 -
1}{2}$$ … $$\frac{\partial\,\mathrm{KL}}{\partial \sigma} = \frac{1}{\sigma} + \sigma$$" was SKIPPED ("KL is not
defined in the notes"): the left side's arguments are calls of a family, which the definition's head does not
take, so nothing was learned. The divergence is a value of the family's parameters (μ and σ here), and the bare
name the notes differentiate is that value (documents.familydivergence)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_KL = ("# KL\n\nThe KL term against a standard normal prior is\n\n"
       "$$\\mathrm{KL}\\bigl(\\mathcal{N}(\\mu, \\sigma^2)\\,\\|\\,\\mathcal{N}(0, 1)\\bigr) = -\\log\\sigma + "
       "\\frac{\\sigma^2 + \\mu^2 - 1}{2}$$\n\nIts partial derivatives are\n\n")


def test_a_wrong_derivative_of_the_divergence_is_failed() -> None:
    steps = doc_steps(_KL + "$$\\frac{\\partial\\,\\mathrm{KL}}{\\partial \\sigma} = \\frac{1}{\\sigma} + \\sigma$$\n")
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message


def test_the_right_derivatives_are_proved() -> None:
    steps = doc_steps(_KL + "$$\\frac{\\partial\\,\\mathrm{KL}}{\\partial \\mu} = \\mu, \\qquad "
                      "\\frac{\\partial\\,\\mathrm{KL}}{\\partial \\sigma} = -\\frac{1}{\\sigma} + \\sigma$$\n")
    assert [s.verdict for s in steps[-2:]] == [Verdict.PROVED, Verdict.PROVED], [s.message for s in steps]


def test_other_families_and_d_kl() -> None:
    steps = doc_steps("# B\n\n$$D_{\\mathrm{KL}}\\left(\\mathrm{Bern}(p) \\,\\|\\, \\mathrm{Bern}(q)\\right) = "
                      "p \\log\\frac{p}{q} + (1 - p)\\log\\frac{1 - p}{1 - q}$$\n\nso\n\n"
                      "$$\\frac{\\partial D_{\\mathrm{KL}}}{\\partial q} = -\\frac{p}{q} - \\frac{1 - p}{1 - q}$$\n")
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message
