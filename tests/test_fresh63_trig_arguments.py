r"""A sine or cosine written without brackets before a product: ``\cos m\theta`` is cos(mθ), as every reader takes
it (RoPE's score in coordinates, a wave's ``\sin 2\pi f t``). The literal parse, cos(m)·θ, made right steps FAILED
(fresh63's RoPE note). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.trigarguments import trig_over_product

_NOTE = """# Rotations and waves

A query at position $m$ is turned by the angle $m\\theta$. For every $\\theta$ and all positions $m$ and $n$,

$$CLAIM$$
"""


def _verdict(claim: str) -> list[str]:
    return verdicts_by_line(_NOTE.replace("CLAIM", claim))[5]


def test_the_product_after_a_bare_function_is_bracketed() -> None:
    assert (
        trig_over_product("\\cos m\\theta\\cos n\\theta")
        == "\\cos \\left(m\\theta\\right)\\cos \\left(n\\theta\\right)"
    )
    assert trig_over_product("2\\pi f\\cos 2\\pi f t") == "2\\pi f\\cos \\left(2\\pi f t\\right)"
    assert trig_over_product("\\sin^2 \\omega t + 1") == "\\sin^2 \\left(\\omega t\\right) + 1"
    assert (
        trig_over_product("\\int_0^\\pi \\sin n\\theta\\, d\\theta")
        == "\\int_0^\\pi \\sin \\left(n\\theta\\right)\\, d\\theta"
    )
    assert trig_over_product("\\int \\sin n x dx") == "\\int \\sin \\left(n x\\right) dx"


def test_nothing_to_read_differently() -> None:
    assert trig_over_product("\\cos((n - m)\\theta)") is None  # bracketed by the notes
    assert trig_over_product("\\sin\\theta\\cos\\phi") is None  # one factor each
    assert trig_over_product("\\cos x\\, y") is None  # the space ends the argument
    assert trig_over_product("\\cos x \\cdot y") is None
    assert trig_over_product("\\cos 2x") is None  # the parser reads it as one factor already
    assert trig_over_product("\\tanh\\frac{x}{c}") is None
    assert trig_over_product("\\sin 2\\theta") is None
    assert trig_over_product("\\tan\\hat\\mu = S/C") is None  # an accented name, a root: one factor
    assert trig_over_product("\\frac13 \\cosh\\sqrt3") is None
    assert trig_over_product("\\tanh'(x) = 1 - \\tanh^2(x)") is None  # a derivative's prime
    assert trig_over_product("\\frac{\\sinh r}{\\cosh r} = \\tanh r .") is None  # the sentence's full stop
    assert trig_over_product("\\begin{pmatrix} \\cos a & \\sin a \\\\ -\\sin a & \\cos a \\end{pmatrix}") is None


def test_the_rope_angle_difference_holds() -> None:
    got = _verdict("\\cos m\\theta\\cos n\\theta + \\sin m\\theta\\sin n\\theta = \\cos((n - m)\\theta)")
    assert got == ["PROVED"]


def test_the_rope_angle_difference_with_a_sign_slip_fails() -> None:
    got = _verdict("\\cos m\\theta\\cos n\\theta - \\sin m\\theta\\sin n\\theta = \\cos((n - m)\\theta)")
    assert got == ["FAILED"]


def test_a_wave_derivative_holds() -> None:
    assert _verdict("\\frac{d}{dt}\\sin 2\\pi f t = 2\\pi f\\cos 2\\pi f t") == ["PROVED"]
    assert _verdict("\\frac{d}{dt}\\sin^2 \\omega t = 2\\omega\\sin\\omega t\\cos\\omega t") == ["PROVED"]


def test_a_wave_derivative_missing_its_frequency_fails() -> None:
    assert _verdict("\\frac{d}{dt}\\sin 2\\pi f t = 2\\pi\\cos 2\\pi f t") == ["FAILED"]
    assert _verdict("\\frac{d}{dt}\\sin^2 \\omega t = 2\\sin\\omega t\\cos\\omega t") == ["FAILED"]


def test_a_spaced_factor_stays_outside() -> None:
    assert _verdict("\\frac{d}{dx}\\,\\cos x\\, y = -y\\sin x") == ["PROVED"]
