r"""A definite integral whose bounds can enclose a pole of its integrand (sound54).

``\int_0^a \frac{1}{x - 1}\,dx`` exists only for a < 1; SymPy's closed form ``\log(a - 1) - i\pi`` is complex for
a > 1, where the integral diverges. Compared there with the notes' right ``\log|1 - a|``, the step was FAILED at
a = 2.84, a point where the integral has no value at all. The closed form is the integral's value only where the
bounds do not enclose a pole (documents.definiteintegrals). Every note is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = """# An integral

For a real $a$,

$$
{claim} .
$$
"""

_GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize("claim", [
    r"\int_0^a \frac{1}{x - 1}\,dx = \log|1 - a|",
    r"\int_0^1 \frac{1}{x - a}\,dx = \log\left|\frac{1 - a}{a}\right|",
    r"\int_0^a \frac{x}{x^2 - 1}\,dx = \frac{1}{2}\log|1 - a^2|",
    r"\int_0^a \frac{1}{x - 1}\,dx = \log(1 - a)",  # real where the integral exists: too few such points
])
def test_a_right_value_is_not_failed_where_the_integral_diverges(claim: str) -> None:
    assert verdicts_by_line(_NOTE.format(claim=claim))[6][-1] not in ("FAILED", "ERROR")


@pytest.mark.parametrize("claim", [
    r"\int_0^a \frac{1}{x - 1}\,dx = \log|1 + a|",
    r"\int_0^a \frac{1}{x - 1}\,dx = -\log|1 - a|",
])
def test_a_wrong_value_is_failed_where_the_integral_exists(claim: str) -> None:
    assert verdicts_by_line(_NOTE.format(claim=claim))[6][-1] == "FAILED"


def test_the_logarithm_of_the_bounds_is_never_failed() -> None:
    text = _NOTE.format(claim=r"\int_a^b \frac{1}{t}\,dt = \log b - \log a").replace("a real $a$", "reals $a, b$")
    assert verdicts_by_line(text)[6][-1] != "FAILED"
    text = _NOTE.format(claim=r"\int_a^b \frac{1}{t}\,dt = \log b + \log a").replace("a real $a$", "reals $a, b$")
    assert verdicts_by_line(text)[6][-1] not in _GREEN


def test_an_integral_with_no_value_is_no_error() -> None:
    # \int_0^\infty \sin x\,dx oscillates: SymPy answers with an interval of values (AccumBounds), not a number
    verdict = verdicts_by_line(_NOTE.format(claim=r"\int_0^\infty \sin x\,dx = 1"))[6][-1]
    assert verdict == "SKIPPED"
