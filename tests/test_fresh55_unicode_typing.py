r"""Unicode math as people type it without LaTeX (fresh55): ″, vulgar fractions, hatted letters.

Notes typed in Unicode write ``$H″(p) = −1/p − 1/(1 − p)$``, ``$H(½) = −½ log ½ − ½ log ½ = log 2$`` and
``$∂ℓ/∂w = (ŷ − y)x$``. The tokenizer read ′ and ², but stopped at ″ (a double prime), at ½ ¼ ¾ (vulgar
fractions) and at ŷ ŵ (precomposed letters with a hat) or a letter followed by a combining hat or bar: the
formula did not parse, so the inline claim was no step at all and a wrong one (``= ½ log 2``) passed unseen.
Now ″ and ‴ are two and three primes, a vulgar fraction is the fraction in brackets (a digit right
before it, ``2½``, a mixed number, is refused rather than read as a product), and ŷ, x̂, x̄, θ̂ are
``\hat{y}``, ``\hat{x}``, ``\bar{x}``, ``\hat{\theta}``. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.latex import LatexError, parse_latex
from verifier.results import Verdict

_ENTROPY = """# A coin

The entropy is

$H(p) = −p log p − (1 − p) log(1 − p)$

Second derivative: $H″(p) = −1/p − 1/(1 − p) = {rhs}$.
"""


@pytest.mark.parametrize(("rhs", "verdict"), [("−1/(p(1 − p))", Verdict.PROVED), ("1/(p(1 − p))", Verdict.FAILED)])
def test_a_double_prime_is_the_second_derivative(rhs: str, verdict: Verdict) -> None:
    steps = doc_steps(_ENTROPY.replace("{rhs}", rhs))
    assert [s.verdict for s in steps[-2:]] == [Verdict.PROVED, verdict], [s.message for s in steps]


_HALF = """# A coin

At the middle, $H(½) = −½ log ½ − ½ log ½ = {rhs}$.
"""


@pytest.mark.parametrize(("rhs", "verdict"), [("log 2", Verdict.PROVED), ("½ log 2", Verdict.FAILED)])
def test_a_vulgar_fraction_is_the_fraction(rhs: str, verdict: Verdict) -> None:
    steps = doc_steps(_HALF.replace("{rhs}", rhs))
    assert steps, "no step found"
    assert steps[-1].verdict is verdict, steps[-1].message


def test_the_fractions_read_as_written() -> None:
    assert parse_latex("¼ + ¾") == 1
    assert parse_latex("x^2 ⅓") == parse_latex(r"\frac{1}{3} x^2")
    with pytest.raises(LatexError):
        parse_latex("2½")  # a mixed number (5/2) or 2·½? Not guessed


_HATS = """# Logistic loss

With $\\hat y = \\sigma(w x)$ and $\\ell = -y \\log \\hat y - (1 - y) \\log(1 - \\hat y)$,

$∂ℓ/∂w = {rhs}$
"""


@pytest.mark.parametrize("hat", ["\u0177", "y\u0302"])  # precomposed, and y with a combining circumflex
@pytest.mark.parametrize(("rhs", "verdict"), [("({hat} − y)x", Verdict.PROVED), ("(y − {hat})x", Verdict.FAILED)])
def test_a_hatted_letter_is_the_hat(hat: str, rhs: str, verdict: Verdict) -> None:
    steps = doc_steps(_HATS.replace("{rhs}", rhs.replace("{hat}", hat)))
    assert steps and steps[-1].verdict is verdict, [s.message for s in steps]


def test_accents_over_letters() -> None:
    assert parse_latex("x̄ + θ̂") == parse_latex(r"\bar{x} + \hat{\theta}")
    assert parse_latex("ŵ") == parse_latex(r"\hat{w}")
    with pytest.raises(LatexError):
        parse_latex("\u0302x")  # a combining mark over nothing
