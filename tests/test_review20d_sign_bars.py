r"""A bare sign superscript followed by a bar that opens an absolute value (``e^-|x|``, a Laplace
density) is a signed exponent, not a name ``e^-`` times ``|x|`` (latex.tokenizer): fresh8 counted every
``|`` as a closing bar, and a sign flip in the log-density's derivative, FAILED before, was SKIPPED.
A bar that closes one (``|x^-|``) still ends the name. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.latex import parse_latex


def test_a_bar_that_opens_makes_a_power() -> None:
    assert str(parse_latex("e^-|x|")) == "exp(-Abs(x))"


def test_a_bar_that_closes_ends_the_name() -> None:
    assert str(parse_latex("|x^-|")) == "Abs(xminus)"


def test_a_sign_flip_in_a_laplace_log_density_fails() -> None:
    (step,) = doc_steps("$$\\frac{d}{dx} \\log e^-|x| = \\frac{x}{|x|}$$\n")
    assert step.verdict.value == "FAILED"


def test_a_conditioning_bar_ends_the_name() -> None:
    assert "xminus" in str(parse_latex("p(x^- | y)"))
