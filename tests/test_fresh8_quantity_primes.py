r"""A primed lower-case letter written beside its unprimed letter is a second quantity (``x'`` a proposal
beside the current point ``x``, ``s'`` the next state beside ``s``), as sampling and reinforcement-learning
notes write it: ``x'^2 - x^2``, ``r + \gamma w x' - w x``. It was read as a derivative (by the chain's
variable, or refused where the chain has none). A letter the notes define, or write primed and applied
(``f'(x)``), keeps the derivative reading. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.primenames import quantity_primes

GREEN = ("PROVED", "PASSED")


def _verdicts(body: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(body)]


def test_a_letter_primed_beside_itself_is_a_quantity() -> None:
    assert quantity_primes("$$-\\frac{x'^2}{2} + \\frac{x^2}{2} = 0$$") == frozenset({"x"})
    assert quantity_primes("$$\\delta = r + \\gamma w x' - w x$$") == frozenset({"x"})


def test_a_derivative_prime_is_not_a_quantity() -> None:
    assert quantity_primes("$$f'(x) = 2x$$ and $$y' = 2x$$") == frozenset()


_METROPOLIS = r"""
Proposal $x'$ from the current point $x$.

$$-\frac{x'^2}{2} + \frac{x^2}{2} = {rhs}$$
"""


def test_a_difference_of_squares_with_a_proposal_is_checked() -> None:
    assert _verdicts(_METROPOLIS.replace("{rhs}", r"\frac{(x - x')(x + x')}{2}")) == ["PROVED"]


def test_a_sign_slip_with_a_proposal_is_not_green() -> None:
    assert not set(_verdicts(_METROPOLIS.replace("{rhs}", r"\frac{(x' - x)(x + x')}{2}"))) & set(GREEN)


_TD = r"""
The TD error with a linear value $V(s) = wx$ is

$$\delta = r + \gamma w x' - w x$$

$$\frac{d\delta}{dw} = {first}$$

$$\frac{d}{dw}\left(\frac{1}{2}\delta^2\right) = {second}$$
"""


def test_a_derivative_through_a_next_state_feature_is_checked() -> None:
    got = _verdicts(_TD.replace("{first}", "\\gamma x' - x").replace("{second}", "\\delta(\\gamma x' - x)"))
    assert got[-2:] == ["PROVED", "PROVED"]


def test_a_sign_flip_with_a_next_state_feature_fails() -> None:
    got = _verdicts(_TD.replace("{first}", "\\gamma x' - x").replace("{second}", "\\delta(x - \\gamma x')"))
    assert got[-1] == "FAILED"


def test_a_defined_letter_keeps_the_derivative_reading() -> None:
    body = r"""
Let $y = x^3$. Then

$$y' + y = 3x^2 + x^3$$
"""
    assert not set(_verdicts(body.replace("3x^2", "x^2"))) & set(GREEN)


def test_the_product_rule_beside_a_derivative_keeps_its_primes() -> None:
    assert quantity_primes("$$\\frac{\\partial}{\\partial t}(u_i v_i) = u'_i v_i + u_i v'_i$$") == frozenset()
    assert quantity_primes("$$(uv)' = u'v + uv'$$") == frozenset()
