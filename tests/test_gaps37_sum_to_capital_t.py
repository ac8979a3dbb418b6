r"""A sum or product up to T runs to T: its superscript is no transpose (gaps37).

``\sum_{t=1}^{T} x_t`` (a return over T steps, an average over T iterations) was unreadable, "unexpected 'T'": the
superscript T was read as a transpose, and nothing can be transposed there. A superscript right after a sum's or a
product's operator or its lower limit is its upper limit. ``x^T y`` and ``\sum_i x_i^T y`` keep their transposes.
Every example is written here."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.latex import parse_latex


def test_the_upper_limit_t_is_read() -> None:
    assert parse_latex(r"\sum_{t=1}^{T} x_t").has(sp.Symbol("T"))
    assert isinstance(parse_latex(r"\prod_{t=1}^T x_t"), sp.Product)
    assert parse_latex(r"\sum_t^T x_t").has(sp.Symbol("T"))


def test_transposes_elsewhere_are_kept() -> None:
    assert "transpose" in str(parse_latex(r"x^T y"))
    assert "transpose" in str(parse_latex(r"\sum_{i} x_i^T y"))


def test_a_sum_to_t_is_checked_both_ways() -> None:
    good = doc_steps(r"""
    $$
    \frac{1}{T}\sum_{t=1}^{T} (x_t + c) = c + \frac{1}{T}\sum_{t=1}^{T} x_t
    $$
    """)
    bad = doc_steps(r"""
    $$
    \frac{1}{T}\sum_{t=1}^{T} (x_t + c) = T c + \frac{1}{T}\sum_{t=1}^{T} x_t
    $$
    """)
    assert [s.verdict.value for s in good] in (["PROVED"], ["PASSED"])
    assert [s.verdict.value for s in bad] == ["FAILED"]
