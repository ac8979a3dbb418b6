r"""A sum whose subscript gives only a numeric start (``\sum_{t \ge 0}``, ``\sum_{k > 1}``) runs to ∞ (fresh45).

``\sum_{t \ge 0} r^t = \frac{1}{1 - r}`` was FAILED: the subscript was read as a filter ``t \ge 0`` on the
inferred finite range of t, so the geometric series was tested as a three-term sum — a false alarm on a
textbook identity. A start with no end, written as an inequality on a number, is the series notation; it is
now read as ``\sum_{t=0}^{\infty}``, with what the checker already does for those (the closed form where it
converges). A condition on another index (``\sum_{j > i}``) stays a filter of the finite range."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.latex import parse_latex


def _verdicts(display: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(f"For $0 < r < 1$ and real $x$:\n\n$$\n{display}\n$$\n")]


@pytest.mark.parametrize("display", [
    r"\sum_{t \ge 0} r^t = \frac{1}{1 - r}",
    r"\sum_{n \geq 1} n r^{n-1} = \frac{1}{(1 - r)^2}",
    r"\sum_{k > 0} r^k = \frac{r}{1 - r}",
    r"\sum_{j\ge 0}\frac{x^j}{j!} = e^{x}",
])
def test_a_series_written_with_an_open_start_is_green(display: str) -> None:
    assert _verdicts(display) in (["PROVED"], ["PASSED"])


@pytest.mark.parametrize("display", [
    r"\sum_{t \ge 0} r^t = \frac{1}{1 + r}",
    r"\sum_{k > 0} r^k = \frac{1}{1 - r}",
])
def test_a_wrong_closed_form_of_such_a_series_is_failed(display: str) -> None:
    assert _verdicts(display) == ["FAILED"]


def test_the_open_start_is_the_lower_bound_of_a_sum_to_infinity() -> None:
    import sympy as sp

    tree = parse_latex(r"\sum_{k > 2} x^k")
    assert isinstance(tree, sp.Sum) and tree.limits[0][1:] == (3, sp.oo)


def test_a_condition_on_another_index_stays_a_filter() -> None:
    import sympy as sp

    tree = parse_latex(r"\sum_{j > i} a_j")
    assert isinstance(tree, sp.Sum) and tree.limits[0][2] != sp.oo and tree.has(sp.Piecewise)
