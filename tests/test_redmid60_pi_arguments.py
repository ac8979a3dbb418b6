r"""``\sin 2\pi f t`` is a wave, never sin(2π)·f·t (latex.constantarguments).

redmid60 (red team of stop 60): the default reading gave a bare sine or cosine the next factor, and ``2\pi`` is
one: ``\sin 2\pi f t`` was zero and ``\cos 2\pi f t`` was f·t, so wrong steps were PROVED with no reading reported
(``\frac{d}{dt}\sin 2\pi f t = 0``, ``\sin \pi x = 0``, ``\cos 2\pi f t = f t``) on ad88180f and on every helper's
branch (fresh63's reading of a bare argument is tried only for a failing step). Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.latex import LatexError
from verifier.latex.parser import parse_latex

_NOTE = "# Wave\n\nA wave of frequency $f$ at time $t$:\n\n$${}$$\n"


@pytest.mark.parametrize(
    "display",
    [
        "\\frac{d}{dt}\\sin 2\\pi f t = 0",
        "\\sin \\pi x = 0",
        "\\cos 2\\pi f t = f t",
        "\\frac{d}{dt}\\cos 2\\pi f t = f",
    ],
)
def test_a_wave_is_no_constant(display: str) -> None:
    got = verdicts_by_line(_NOTE.format(display))[5]
    assert "PROVED" not in got and "PASSED" not in got


def test_the_wave_s_derivative_is_proved() -> None:
    assert verdicts_by_line(_NOTE.format("\\frac{d}{dt}\\sin 2\\pi f t = 2\\pi f\\cos 2\\pi f t"))[5] == ["PROVED"]


def test_the_dft_basis_divides_its_argument() -> None:
    note = "# DFT\n\nThe DFT basis with $N$ points:\n\n$$\\frac{d}{dn}\\cos 2\\pi k n/N = SLOPE$$\n"
    assert verdicts_by_line(note.replace("SLOPE", "-\\frac{2\\pi k}{N}\\sin 2\\pi k n/N"))[5] == ["PROVED"]
    assert verdicts_by_line(note.replace("SLOPE", "-2\\pi k\\sin 2\\pi k n/N"))[5] == ["FAILED"]


def test_what_the_argument_is() -> None:
    assert str(parse_latex("\\sin \\pi x")) == "sin(pi*x)"
    assert str(parse_latex("\\sin^2 \\pi x")) == "sin(pi*x)**2"
    assert str(parse_latex("\\sin \\pi x/L + 1")) == "sin(pi*x/L) + 1"
    assert str(parse_latex("\\sin 2\\pi(f t + \\phi)")) == "sin(2*pi*(f*t + phi))"  # a phase in brackets
    assert str(parse_latex("\\sin \\pi \\frac{x}{L}")) == "sin(pi*x/L)"
    assert str(parse_latex("\\sin\\left(\\pi\\right) x")) == "x*sin(pi)"  # bracketed by the notes
    assert str(parse_latex("\\cos 2\\pi")) == "cos(2*pi)"  # a constant alone stays one
    assert str(parse_latex("\\cos 2x y")) == "y*cos(2*x)"  # no π: the default reading as before
    with pytest.raises(LatexError, match="write the argument in brackets"):
        parse_latex("\\sin \\pi x/N t")  # sin(πx/N)·t or sin(πx/(Nt)): nothing says which
