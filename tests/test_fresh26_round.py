r"""``\mathrm{round}(63.75) = 64``: rounding to the nearest integer, of numbers, as quantisation notes write it.

Affine quantisation computes a zero point ``z = \mathrm{round}(-x_{\min}/s)`` and a code ``q = \mathrm{round}(x/s)
+ z``, and works them out: ``\mathrm{round}(63.75) = 64``. ``round`` was an undefined function, so each such
link was SKIPPED ("round is not defined in the notes"), a wrong one (``= 63``) too. Of numbers it is the nearest
integer; at a tie (``\mathrm{round}(62.5)``) notes and libraries differ (half up, half to even), and of names it
may hold only for integers: both are left unread, as the floor and ceiling brackets are (roundingbrackets)."""

from __future__ import annotations

import pytest
import sympy as sp
from support import verdicts_by_line

from verifier.latex import LatexError
from verifier.latex.parser import parse_latex


@pytest.mark.parametrize(
    ("src", "value"),
    [(r"\mathrm{round}(63.75)", 64), (r"\operatorname{round}(-2.7)", -3), (r"\text{round}\left(\frac{1}{3}\right)", 0)],
)
def test_round_of_a_number_is_the_nearest_integer(src: str, value: int) -> None:
    assert parse_latex(src) == sp.Integer(value)


@pytest.mark.parametrize("src", [r"\mathrm{round}(62.5)", r"\mathrm{round}(x)"])
def test_a_tie_or_a_name_is_not_read(src: str) -> None:
    with pytest.raises(LatexError):
        parse_latex(src)


def test_a_worked_rounding_is_checked() -> None:
    text = "# Zero point\n\n$$\nz = \\mathrm{round}(63.75) = 64\n$$\n"
    # the first link defines z (SKIPPED as a definition), the second is the worked rounding
    assert verdicts_by_line(text).get(4) == ["SKIPPED", "PROVED"]
    assert verdicts_by_line(text.replace("= 64", "= 63")).get(4) == ["SKIPPED", "FAILED"]
