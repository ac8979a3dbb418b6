r"""A Gaussian log-likelihood restated under its own head is not a definition anew (lead62's variance heads).

lead62 let documents.variance read ``\ell(\mu, \sigma^2) = …`` as a function of σ up to where the notes define ℓ
anew (a later section's ``\ell(p) = …``). A line that writes the same head again — "Expanding the logarithm,
$$\ell(\mu, \sigma^2) = …$$", the same function rewritten — matched that "anew", so the head was read as σ's, and
the restatement itself was read as the call ℓ(μ, σ²): σ² put in σ's place, and the right expansion FAILED (on the
base both were SKIPPED: a call of ℓ with arguments after its definition keeps the head unread). The same head
written again is such a call, as it was; only a head with other parameters defines the name anew.
"""

from __future__ import annotations

import textwrap

from support import verdicts_by_line

from verifier.documents.variance import variance_head

_NOTE = textwrap.dedent(r"""
    # MLE for a Gaussian

    With $S = \sum_{i=1}^n (x_i - \mu)^2$,

    $$\ell(\mu, \sigma^2) = -\frac{n}{2}\log(2\pi\sigma^2) - \frac{S}{2\sigma^2}$$

    Expanding the logarithm,

    $$\ell(\mu, \sigma^2) = -\frac{n}{2}\log(2\pi) - \frac{n}{2}\log\sigma^2 - \frac{S}{2\sigma^2}$$
    """)


def test_the_right_expansion_under_the_same_head_is_not_failed() -> None:
    got = verdicts_by_line(_NOTE)
    assert "FAILED" not in got.get(10, []), got


def test_the_same_head_written_again_is_a_call_not_a_definition_anew() -> None:
    text = "\n".join([r"$$\ell(\mu, \sigma^2) = \mu^2 + \sigma^2$$", r"$$\ell(\mu,\sigma^2) = \sigma^2 + \mu^2$$"])
    assert variance_head(r"\ell(\mu, \sigma^2)", text, 1) is None


def test_a_head_with_other_parameters_still_defines_the_name_anew() -> None:
    text = "\n".join([r"$$\ell(\mu, \sigma^2) = \mu^2 + \sigma^2$$", r"Now $\ell(p) = p^2$,", r"so $\ell(2) = 4$."])
    assert variance_head(r"\ell(\mu, \sigma^2)", text, 1) is not None
