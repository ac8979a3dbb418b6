r"""A word of a compound name does not tie a supposition's subject to that name's formula (review63).

gaps63 keeps a FAILED after "If the learning rate is small" when the prose ties "learning rate" to a formula the
claim does not use. The tie took the subject's head word anywhere among the three words before a formula (or
after it): "weight decay $\lambda$" tied "the weights" to λ, though it names the decay, not the weights. "If all
the weights are equal, then $\mathrm{ESS} = n$" (true in that case) became FAILED once an unrelated sentence
mentioned weight decay, where without it the step is SKIPPED. A name is tied to the subject only where the head word
is the last word of the words naming the formula ("the weights $w_i$", "$\eta$ is the learning rate").
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTES = (
    "# Effective sample size\n\nPROSE\n\n"
    "The effective sample size is\n"
    "$$\\mathrm{ESS} = \\frac{\\left(\\sum_{i=1}^{n} w_i\\right)^2}{\\sum_{i=1}^{n} w_i^2}.$$\n\n"
    "If all the weights are equal, then\n$$\\mathrm{ESS} = n.$$\n"
)


@pytest.mark.parametrize(
    "prose",
    [
        "We reweight the samples.",
        "We train with weight decay $\\lambda$ and then reweight the samples.",
        "Here $\\lambda$ is the weight decay, and we reweight the samples.",
    ],
    ids=["no-tie", "compound-before", "compound-after"],
)
def test_a_compound_name_does_not_tie_the_subject(prose: str) -> None:
    assert verdicts_by_line(_NOTES.replace("PROSE", prose))[9] == ["SKIPPED"]


def test_the_subject_named_before_its_formula_is_still_tied() -> None:
    text = (
        "# A quadratic\n\nWe minimise $f(x) = x^2 + 3x$ with the step size $\\eta$.\n\n"
        "If the step size is small, then\n$$f'(x) = x.$$\n"
    )
    assert verdicts_by_line(text)[6] == ["FAILED"]


def test_the_subject_named_after_its_formula_is_still_tied() -> None:
    text = (
        "# A quadratic\n\nWe minimise $f(x) = x^2 + 3x$, where $\\eta$ is the learning rate of the descent.\n\n"
        "If the learning rate is small, then\n$$f'(x) = x.$$\n"
    )
    assert verdicts_by_line(text)[6] == ["FAILED"]
