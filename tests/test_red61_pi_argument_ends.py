r"""A π argument read over the product stops before an exponential or a root factor (latex.constantarguments).

red61 (red team of stop 61): redmid60's reading of ``\sin 2\pi f t`` takes the whole juxtaposed product after the
π constants, and ran on over a factor no reader puts inside a sine: ``\sin \pi x e^{x}`` was sin(πx·eˣ) and
``\sin \pi x \sqrt{x}`` sin(π·x^{3/2}), so the right product rules ``\frac{d}{dx}\sin \pi x e^{x} = \pi\cos\pi x
e^{x} + \sin\pi x e^{x}`` and ``… \sqrt{x} …`` were FAILED with no other reading tried (fresh63's bare-argument
reading rewrites only a product the default reading does not already take). A damped wave ``\cos 2\pi f t\,
e^{-t}`` was read the same way. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.latex.parser import parse_latex

_NOTE = "# Waves\n\nA wave times an envelope:\n\n$${}$$\n"


@pytest.mark.parametrize(
    "display",
    [
        "\\frac{d}{dx}\\sin \\pi x e^{x} = \\pi \\cos\\pi x e^{x} + \\sin\\pi x e^{x}",
        "\\frac{d}{dx}(\\sin \\pi x \\sqrt{x}) = \\pi\\cos\\pi x\\sqrt{x} + \\frac{\\sin\\pi x}{2\\sqrt{x}}",
        "\\frac{d}{dt}\\left(\\cos 2\\pi f t e^{-t}\\right) = -2\\pi f\\sin 2\\pi f t e^{-t} - \\cos 2\\pi f t e^{-t}",
    ],
)
def test_the_product_rule_beside_an_envelope_is_not_failed(display: str) -> None:
    assert verdicts_by_line(_NOTE.format(display))[5] == ["PROVED"]


@pytest.mark.parametrize(
    "display",
    [
        "\\frac{d}{dx}\\sin \\pi x e^{x} = \\pi \\cos\\pi x e^{x}",  # the second term of the product rule lost
        "\\frac{d}{dx}\\left(\\sin \\pi x \\sqrt{x}\\right) = \\pi\\cos\\pi x\\sqrt{x}",
        "\\frac{d}{dt}\\left(\\cos 2\\pi f t e^{-t}\\right) = -2\\pi f\\sin 2\\pi f t e^{-t}",
    ],
)
def test_a_slip_beside_an_envelope_still_fails(display: str) -> None:
    assert verdicts_by_line(_NOTE.format(display))[5] == ["FAILED"]


def test_where_the_argument_ends() -> None:
    assert str(parse_latex("\\sin\\pi x e^{x}")) == "exp(x)*sin(pi*x)"
    assert str(parse_latex("\\cos 2\\pi f t e^{-t}")) == "exp(-t)*cos(2*f*pi*t)"
    assert str(parse_latex("\\sin\\pi x \\sqrt{x}")) == "sqrt(x)*sin(pi*x)"
    assert str(parse_latex("\\sin 2\\pi f t")) == "sin(2*f*pi*t)"  # the wave itself as before
    assert str(parse_latex("\\sin \\pi x y")) == "sin(pi*x*y)"
