r"""Sums whose inner bound is the outer index (\sum_{i=1}^{n}\sum_{j=1}^{i}): proved or refuted, never an ERROR.

catalog22's probe: ``verify check '\sum_{i=1}^{n} \sum_{j=1}^{i} 1 = \frac{n(n+1)}{2}' --size n`` was an
ERROR (RecursionError while reading the members): the inner sum of a constant over j = 1..i was
left as a sum (its count i was not known to be >= 0, since only sizes were asked), and SymPy
folded it back into the outer sum, which was normalised again, without end.
"""

from __future__ import annotations

import json

import pytest
import sympy as sp

from verifier.cli import main
from verifier.forall import prove_for_all
from verifier.indexed import size_symbol

n = size_symbol("n")
i = sp.Symbol("i", integer=True)
j = sp.Symbol("j", integer=True)


def _check(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    main(["check", *argv, "--format", "json", "--no-cache"])
    return json.loads(capsys.readouterr().out)["results"][0]


def test_triangular_count_is_proved_for_every_size() -> None:
    assert prove_for_all(sp.Sum(1, (j, 1, i), (i, 1, n)), n * (n + 1) / 2, [n], {}).proved


def test_triangular_sum_of_the_inner_index_is_checked_not_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Its closed form needs an induction inside the induction, which the argument does not do: it falls
    back to the concrete sizes (PROVED at n = 1 … 13), and its wrong variant is FAILED."""
    lhs = sp.Sum(j, (j, 1, i), (i, 1, n))
    assert not prove_for_all(lhs, n * (n + 1) * (n + 2) / 6 + 1, [n], {}).proved
    text = r"\sum_{i=1}^{n} \sum_{j=1}^{i} j"
    assert _check(capsys, text, r"\frac{n(n+1)(n+2)}{6}", "--size", "n")["verdict"] == "PROVED"
    assert _check(capsys, text, r"\frac{n(n+1)(n+2)}{2}", "--size", "n")["verdict"] == "FAILED"


def test_upper_triangle_count_is_proved() -> None:
    assert prove_for_all(sp.Sum(1, (j, i + 1, n), (i, 1, n)), n * (n - 1) / 2, [n], {}).proved


@pytest.mark.parametrize("wrong", [n**2, n * (n - 1) / 2, n * (n + 1) / 2 + (n - 1) * (n - 2)])
def test_wrong_triangular_counts_are_not_proved(wrong: sp.Expr) -> None:
    assert not prove_for_all(sp.Sum(1, (j, 1, i), (i, 1, n)), wrong, [n], {}).proved


def test_a_possibly_negative_inner_count_is_not_proved_as_if_empty_ranges_counted_negative() -> None:
    """j = 1..n-i-1 is empty at i = n; read as a count it would be -1 there (Karr's convention), and
    sum_i (n - i - 1) = (n-1)(n-2)/2 - 1 would follow. Whatever is proved must hold with empty ranges."""
    lhs = sp.Sum(1, (j, 1, n - i - 1), (i, 1, n))
    assert not prove_for_all(lhs, (n - 1) * (n - 2) / 2 - 1, [n], {}).proved


def test_check_command_proves_the_triangular_count(capsys: pytest.CaptureFixture[str]) -> None:
    r = _check(capsys, r"\sum_{i=1}^{n} \sum_{j=1}^{i} 1 = \frac{n(n+1)}{2}", "--size", "n")
    assert r["verdict"] == "PROVED", r
    assert r["proved_for"] == "all n >= 1"


def test_check_command_refutes_a_wrong_triangular_count(capsys: pytest.CaptureFixture[str]) -> None:
    r = _check(capsys, r"\sum_{i=1}^{n} \sum_{j=1}^{i} 1 = n^2", "--size", "n")
    assert r["verdict"] == "FAILED", r
