r"""``u'`` for a name the notes define by an expression of one variable alone ("Let $u = x^2 e^{-x}$ and $v = 1 +
x^2$", then ``u' = 2x e^{-x} - x^2 e^{-x}``, ``f'(x) = \frac{u'v - uv'}{v^2}``): homework writes the quotient rule
that way. The parser refused every such prime ("a prime (…)' needs the differentiation variable"), so the steps were
SKIPPED whether right or wrong (red69). The prime can only mean the derivative by that variable: now it is read so,
with the reading reported; a wrong step is FAILED, and a name whose definition writes two letters keeps the refusal."""

import pytest
from support import verdicts_by_line

NOTE = r"""Differentiate $f(x) = \frac{x^2 e^{-x}}{1 + x^2}$.

Let $u = x^2 e^{-x}$ and $v = 1 + x^2$. Then

$$u' = 2x e^{-x} - x^2 e^{-x}$$

$$v' = 2x$$

$$f'(x) = \frac{u'v - uv'}{v^2}$$
"""


def test_primes_of_defined_names_are_read_by_their_one_variable() -> None:
    verdicts = verdicts_by_line(NOTE)
    assert verdicts[5] == ["PROVED"] and verdicts[7] == ["PROVED"] and verdicts[9] == ["PROVED"], verdicts


@pytest.mark.parametrize(("right", "wrong", "line"), [
    (r"$$u' = 2x e^{-x} - x^2 e^{-x}$$", r"$$u' = 2x e^{-x} + x^2 e^{-x}$$", 5),
    (r"$$v' = 2x$$", r"$$v' = x$$", 7),
    (r"\frac{u'v - uv'}{v^2}", r"\frac{u'v + uv'}{v^2}", 9),
])
def test_a_wrong_step_with_primed_names_is_failed(right: str, wrong: str, line: int) -> None:
    verdicts = verdicts_by_line(NOTE.replace(right, wrong))
    assert verdicts[line] == ["FAILED"], verdicts


def test_a_name_of_two_letters_keeps_the_refusal() -> None:
    r"""Guard: ``u = x^2 t``: u' may be by x or by t — not read (SKIPPED, not FAILED nor PROVED)."""
    note = "Let $u = x^2 t$. Then\n\n$$u' = 2xt$$\n"
    assert verdicts_by_line(note)[3] == ["SKIPPED"]


def test_an_undefined_primed_name_keeps_the_refusal() -> None:
    r"""Guard: ``y' = ky`` (an ODE, y undefined): no variable is guessed from k."""
    note = "The growth law is\n\n$$y' = k y$$\n"
    assert verdicts_by_line(note).get(3, ["SKIPPED"]) == ["SKIPPED"]


def test_an_updated_value_written_with_a_prime_is_not_read_as_a_derivative() -> None:
    r"""Guard: ``w' = w - \eta g`` after "Let $w = 2x$": a new value of w (an update), not dw/dx — no false FAILED."""
    note = "Let $w = 2x$. One step of gradient descent gives\n\n$$w' = w - \\eta g$$\n"
    assert "FAILED" not in {v for vs in verdicts_by_line(note).values() for v in vs}
