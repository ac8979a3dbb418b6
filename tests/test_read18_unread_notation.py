r"""Notation the reader does not read says which and why, in terms the author can act on (read18).

``\sum_{y=j} x`` (the samples whose label is j, their index unwritten) and ``f(x_1, \cdots, x_n)`` (an argument
list with an ellipsis) stay SKIPPED — each has no single faithful reading here — but the reason names the
notation and what would make it checkable (``\partial/\partial \Sigma^{-1}`` is read since gaps42:
tests/test_gaps42_inverse_variable.py). ``\sum_{j: y_j = 1}`` (a condition on a written index) is read.
Since ctx63 ``\sum_{y=j} x`` is read as the filter (tests/test_ctx63_label_filter_sums.py); ``\sum_{y=j} x_k`` is not.
"""

from __future__ import annotations

import pytest
import sympy as sp

from verifier.latex import LatexError, parse_latex


@pytest.mark.parametrize(("src", "said"), [
    (r"\sum_{y=j} x_k", r"write their index, \sum_{i: y_i = j}"),  # \sum_{y=j} x is read since ctx63 (labelsums)
    (r"f(x_1, \cdots, x_n)", "argument list (f(x_1, \\cdots, x_n))"),
    (r"f(x_1, \ldots, x_n)", "argument list (f(x_1, \\ldots, x_n))"),
])  # fmt: skip
def test_the_reason_names_the_notation(src: str, said: str) -> None:
    with pytest.raises(LatexError) as err:
        parse_latex(src)
    assert said in str(err.value), str(err.value)


def test_a_sum_over_a_condition_on_its_index_is_read() -> None:
    assert parse_latex(r"\sum_{j: y_j = 1} x_j").atoms(sp.Piecewise)


def test_an_ellipsis_between_terms_keeps_its_reason() -> None:
    with pytest.raises(LatexError) as err:
        parse_latex(r"x_1 + \cdots + x_n")
    assert "write the expression out or use a sum" in str(err.value)
