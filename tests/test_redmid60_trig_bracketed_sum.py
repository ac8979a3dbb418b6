r"""``\cos(m-n)\theta``: a bracketed sum followed by a factor is the argument ``(m-n)\theta`` in trigonometric notes
(RoPE's relative position, Fourier's product-to-sum formula ``\cos(m-n)x``) as much as ``\cos m\theta`` is
``\cos(m\theta)``.

redmid60 (red team of stop 60): RoPE's angle-difference identity written this way is right, and FAILED on
ad88180f read as cos(m - n)·θ; fresh63's reading of a bare argument (documents.trigarguments, 801a2648/f224675d)
leaves every argument that starts with a bracket alone, so it stays FAILED there. The test fails on both
(lead60: a bracket holding a sum, with a factor right after it, is read so too).
A wrong sign (m + n) must stay FAILED. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# RoPE

The rotation by position $m$ with frequency $\\theta$ gives

$$\\cos m\\theta\\cos n\\theta + \\sin m\\theta\\sin n\\theta = \\cos(m SIGN n)\\theta$$
"""


def test_the_angle_difference_written_with_a_bracketed_sum_is_not_failed() -> None:
    assert verdicts_by_line(_NOTE.replace("SIGN", "-"))[5] != ["FAILED"]


def test_the_angle_sum_in_its_place_is_never_green() -> None:
    got = verdicts_by_line(_NOTE.replace("SIGN", "+"))[5]
    assert "PROVED" not in got and "PASSED" not in got
