r"""A slash before a transposed vector divides by the whole inner product it opens (fresh75).

Notes write the Rayleigh quotient inline as ``\rho(f) = f^\top L f / f^\top f``. Read left to right that is
``(f^\top L f / f^\top) f``: a division by a row vector, which no reader means, and the right gradient
``\nabla\rho(f) = \frac{2Lf}{f^\top f} - \frac{2(f^\top L f) f}{(f^\top f)^2}`` FAILED for a symmetric ``L``. After a
slash, a transposed name and the names written next to it are one denominator, ``(f^\top f)``; a plain ``a / b c``
keeps its reading, and a wrong gradient is still FAILED."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.latex.parser import parse_latex

_NOTE = r"""# Rayleigh

For a symmetric matrix $L$ the gradient of the quotient $\rho(f) = f^\top L f / f^\top f$ is

$$
\nabla \rho(f) = \frac{2 L f}{f^\top f} - \frac{2 (f^\top L f) f}{(f^\top f)^2} .
$$
"""
_LINE = 6


def test_the_inline_rayleigh_quotient_gradient_is_not_failed() -> None:
    assert verdicts_by_line(_NOTE)[_LINE] == ["PROVED"], verdicts_by_line(_NOTE)


def test_a_wrong_power_in_that_gradient_is_still_failed() -> None:
    wrong = _NOTE.replace(r"f}{(f^\top f)^2}", r"f}{f^\top f}")
    assert verdicts_by_line(wrong)[_LINE] == ["FAILED"], verdicts_by_line(wrong)


def test_the_denominator_is_the_inner_product() -> None:
    assert parse_latex(r"u / x^\top x") == parse_latex(r"\frac{u}{x^\top x}")
    assert parse_latex(r"u / x^{T} A x + 1") == parse_latex(r"\frac{u}{x^{T} A x} + 1")


def test_a_plain_slash_is_read_as_before() -> None:
    assert parse_latex(r"a / b c") == parse_latex(r"\frac{a}{b} c")
