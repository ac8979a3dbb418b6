r"""A function defined with a negative thin space before its argument, ``M_X\!\left(t\right) = …`` (fresh59).

A lecturer's macro ``\newcommand{\mgf}[1]{M_X\!\left(#1\right)}`` tightens the call with ``\!``. The definition
``$\mgf{t} = (1 - t/\beta)^{-\alpha}$`` was not read as one (its head was ``M_X\!``), so M_X(t) was a product of a
name and t: the derivative lines after it were SKIPPED ("M_X appears on one side only"), a wrong one too. ``\!``
before the call's bracket is spacing. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = ("\\documentclass{article}\n\\newcommand{\\mgf}[1]{M_X\\!\\left(#1\\right)}\n\\begin{document}\n"
         "We have $\\mgf{t} = (1 - t/\\beta)^{-\\alpha}$ for $t < \\beta$.\n\\[\nSTEP\n\\]\n\\end{document}\n")


@pytest.mark.parametrize(("step", "verdict"), [
    (r"\frac{d}{dt} \mgf{t} = \frac{\alpha}{\beta}(1 - t/\beta)^{-\alpha - 1}", "PROVED"),
    (r"\frac{d}{dt} \mgf{t} = -\frac{\alpha}{\beta}(1 - t/\beta)^{-\alpha - 1}", "FAILED"),
])
def test_a_tightened_call_is_defined(step: str, verdict: str) -> None:
    assert verdicts_by_line(_NOTE.replace("STEP", step), "notes.tex")[6] == [verdict]
