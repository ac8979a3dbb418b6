r"""Sized one-off claims with a triangular double sum or a product over entries (redcat61).

``verify check '\sum_{i=1}^{n}\sum_{j=1}^{i} x_i x_j = ...' --vector x:n`` was an ERROR ("Cannot convert symbols
to int") on a true claim: the sum is one SymPy ``Sum`` with two limits, the inner bound (i) the outer index, and
writing it out at a concrete n stopped at the inner limit, so ``x[j]`` reached the entry lookup with j a symbol.
``\prod_{i=1}^{n} x_i`` was an ERROR too ("Invalid limits"): a product's index was not seen as bound, so i was
taken for a free index and enumerated, and the product was rebuilt with the limits (1, 1, 1).
"""

from __future__ import annotations

import json

import pytest

from verifier.cli import main


def _verdict(capsys: pytest.CaptureFixture[str], claim: str) -> dict:
    main(["check", claim, "--vector", "x:n", "--format", "json", "--no-cache", "--points", "40"])
    return json.loads(capsys.readouterr().out)["results"][0]


HALF_SQUARE = r"\frac{1}{2}\left(\sum_{i=1}^{n} x_i\right)^2"


@pytest.mark.parametrize(
    ("claim", "green"),
    [
        (r"\sum_{i=1}^{n}\sum_{j=1}^{i} x_i x_j = " + HALF_SQUARE + r" + \frac{1}{2}\sum_{i=1}^{n} x_i^2", True),
        (r"\sum_{i=1}^{n}\sum_{j=1}^{i} x_i x_j = " + HALF_SQUARE, False),
        (r"\prod_{i=1}^{n} e^{x_i} = e^{\sum_{i=1}^{n} x_i}", True),
        (r"\prod_{i=1}^{n} x_i = x_1^n", False),
    ],
    ids=["triangular", "triangular-wrong", "product", "product-wrong"],
)
def test_triangular_sums_and_products_get_a_verdict(
    capsys: pytest.CaptureFixture[str], claim: str, green: bool
) -> None:
    result = _verdict(capsys, claim)
    # green: PASSED at the sizes checked (no argument for every size covers a triangular range), never an ERROR
    assert result["verdict"] in ({"PROVED", "PASSED"} if green else {"FAILED"}), result
