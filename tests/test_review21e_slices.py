r"""Review of latex.slices: ``\cdots`` (or ``\cdotp``) in a subscript is no "all" mark (``x_{\cdots}`` was
rewritten ``x_{:,s}``, a column s of x)."""

from __future__ import annotations

from verifier.latex.slices import as_slices


def test_a_command_that_starts_with_cdot_is_no_slice() -> None:
    assert as_slices(r"x_{\cdots}") == r"x_{\cdots}"
    assert as_slices(r"x_{i \bulletpoint}") == r"x_{i \bulletpoint}"
    assert as_slices(r"w_{\cdot j}") == r"w_{:,j}"
