r"""A Gaussian log-likelihood ``\ell(\mu, \sigma^2) = …`` is learned though a later section defines its own ℓ.

documents.variance reads the head ``\ell(\mu, \sigma^2)`` as a function of σ only where the notes call ℓ
with arguments nowhere else: a later call ``\ell(\hat\mu, \hat\sigma^2)`` would put its argument in σ's
place. It looked at every line of the notes, so a Bernoulli section further down that defines its own
``\ell(p)`` made the Gaussian's definition unread, and its two right derivatives SKIPPED "ell is not
defined in the notes". A call after the notes define the name anew is that new function's, not this one's.
"""

from __future__ import annotations

import textwrap

from support import verdicts_by_line

from verifier.documents.variance import variance_head

_NOTE = textwrap.dedent(r"""
    # MLE for a Gaussian

    $$\ell(\mu, \sigma^2) = -\frac{n}{2}\log(2\pi\sigma^2) - \frac{1}{2\sigma^2}\sum_{i=1}^n (x_i - \mu)^2.$$

    $$\frac{\partial \ell}{\partial \mu} = \frac{1}{\sigma^2}\sum_{i=1}^n (x_i - \mu)$$

    $$\frac{\partial \ell}{\partial \sigma^2} = -\frac{n}{2\sigma^2} + \frac{1}{2\sigma^4}\sum_{i=1}^n (x_i - \mu)^2$$

    $$\frac{\partial \ell}{\partial \sigma^2} = -\frac{n}{\sigma^2} + \frac{1}{2\sigma^4}\sum_{i=1}^n (x_i - \mu)^2$$

    # Bernoulli

    For $x_i \in \{0, 1\}$, $\ell(p) = \sum_i x_i \log p + (1 - x_i)\log(1-p)$, so $\ell'(p) = 0$ at the mean.
    """)


def test_the_gaussian_derivatives_are_checked_though_a_later_section_defines_its_own_ell() -> None:
    got = verdicts_by_line(_NOTE)
    assert got[6] == ["PROVED"]
    assert got[8] == ["PROVED"]
    assert got[10] == ["FAILED"]


def test_a_call_with_arguments_before_the_next_definition_still_keeps_the_head_unread() -> None:
    text = "\n".join([r"$$\ell(\mu, \sigma^2) = \mu^2 + \sigma^2$$", r"so $\ell(0, 4) = 4$.",
                      r"$\ell(p) = p^2$"])  # fmt: skip
    assert variance_head(r"\ell(\mu, \sigma^2)", text, 1) is None


def test_a_call_after_the_name_is_defined_anew_is_not_this_functions() -> None:
    text = "\n".join([r"$$\ell(\mu, \sigma^2) = \mu^2 + \sigma^2$$", r"Now $\ell(p) = p^2$,", r"so $\ell(2) = 4$."])
    assert variance_head(r"\ell(\mu, \sigma^2)", text, 1) is not None
