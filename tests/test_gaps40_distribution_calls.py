r"""A name the prose calls a distribution, applied to a summed letter: ``\sum_x \min(p(x), q(x))``.

fresh28's speculative-decoding note: "the target model, with distribution $p$" and "a draft $x \sim q$", then
$\sum_x \min(p(x), q(x)) = 1 - \mathrm{TV}(p, q)$ with TV half the sum of |p(x) - q(x)|. ``p(x)`` was read as
the product p·x and the right step FAILED (documents.distributioncalls). Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")
SAID = "A sampler draws $y \\sim r$ and keeps it; the reference model has distribution $s$.\n\n"
TV = "where $\\mathrm{D}(s, r) = \\frac{1}{2} \\sum_y |s(y) - r(y)|$.\n"


def test_overlap_of_two_distributions_is_green() -> None:
    steps = doc_steps(SAID + "$$\\sum_y \\min(s(y), r(y)) = 1 - \\mathrm{D}(s, r),$$\n\n" + TV)
    assert steps and steps[-1].verdict.value in GREEN, [s.message for s in steps]
    assert "distributions" in steps[-1].message


@pytest.mark.parametrize("claim", [
    "$$\\sum_y \\min(s(y), r(y)) = 1 - 2\\,\\mathrm{D}(s, r),$$\n\n",
    "$$\\sum_y \\max(s(y), r(y)) = 1 - \\mathrm{D}(s, r),$$\n\n",
])
def test_a_wrong_overlap_stays_failed(claim: str) -> None:
    steps = doc_steps(SAID + claim + TV)
    assert steps and steps[-1].verdict.value == "FAILED", [s.message for s in steps]


def test_without_the_words_it_is_not_read_so() -> None:
    steps = doc_steps("Let $s$ be a weight and $r$ a rate.\n\n"
                      "$$\\sum_y \\min(s(y), r(y)) = 1 - \\mathrm{D}(s, r),$$\n\n" + TV)
    assert steps and steps[-1].verdict.value not in GREEN, [s.message for s in steps]


def test_a_denied_distribution_is_not_read_so() -> None:
    steps = doc_steps("Here $s$ is not a distribution, and $r$ is not one either.\n\n"
                      "$$\\sum_y \\min(s(y), r(y)) = 1 - \\mathrm{D}(s, r),$$\n\n" + TV)
    assert steps and steps[-1].verdict.value not in GREEN, [s.message for s in steps]
