r"""``\cos 2\pi k n/N``: the DFT's basis, whose argument is the whole ``2\pi k n/N``.

redmid60 (red team of stop 60): fresh63's reading of a bare argument (documents.trigarguments, 801a2648/f224675d)
ends the argument at ``/``, and reads ``\cos 2\pi k n/N`` as cos(2πkn)/N, which nobody who means that writes: a
derivative that drops the 1/N of the chain rule then holds under it and was PROVED ("holds when read with a sine or
cosine … applied to the whole product after it"). On ad88180f it is FAILED. The right derivative was FAILED on
both; latex.constantarguments (redmid60) reads the argument over the division, so it is PROVED. Every example is
written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# DFT

The real part of the DFT basis with $N$ points:

$$\\frac{d}{dn}\\cos 2\\pi k n/N = SLOPE$$
"""


def test_a_derivative_that_drops_the_one_over_n_is_never_green() -> None:
    got = verdicts_by_line(_NOTE.replace("SLOPE", "-2\\pi k\\sin 2\\pi k n/N"))[5]
    assert "PROVED" not in got and "PASSED" not in got


def test_the_right_derivative_is_not_failed() -> None:
    assert verdicts_by_line(_NOTE.replace("SLOPE", "-\\frac{2\\pi k}{N}\\sin 2\\pi k n/N"))[5] != ["FAILED"]
