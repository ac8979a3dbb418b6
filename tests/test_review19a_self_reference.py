r"""A line whose right side calls its own head at its own parameters, however transformed, is no
definition of it (review19a).

redteam8 kept ``k(b, a) = k(a, b)`` from defining k (a call at the same arguments), but ``f(x) =
f(-x)`` (an even function) after ``$f(x) = x^2$`` was still learned as f's definition, and every later
line that called f recursed without end: ERROR "RecursionError". A call at other names (``\xi(T, Y) =
\sum_i \xi(t_i, y_i)``, an overload for a batch) still defines. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_EVEN = r"""
# An even function

Let $f(x) = x^2$.

$$f(x) = f(-x)$$

$$f'(x) = RHS$$
"""


@pytest.mark.parametrize(("rhs", "verdict"), [("2x", Verdict.PROVED), ("3x", Verdict.FAILED)])
def test_an_even_symmetry_is_no_definition(rhs: str, verdict: Verdict) -> None:
    steps = doc_steps(_EVEN.replace("RHS", rhs), "notes.md")
    assert steps[0].verdict is Verdict.PROVED, steps[0].message  # the symmetry, checked against f
    assert steps[-1].verdict is verdict, steps[-1].message
