r"""Closed forms with powers of the size (geometric sums) and products, proved for every size.

catalog22's probe: ``verify check '\sum_{k=0}^{n-1} 2^k = 2^n - 1' --size n`` and
``'\prod_{i=1}^{n} \frac{i+1}{i} = n + 1'`` were PROVED only at n = 1 … 13: the telescoping step
d(n+1) - d(n) = 2^n - 2^{n+1} + 2^n was not seen to be 0 (2^{n+1} = 2·2^n was never used), and a
product had no argument at all. A product is proved by the same induction, multiplicatively:
the claim P(n) = R(n) holds at n = 1, and R(n+1) = R(n)·f(n+1) identically in n.
"""

from __future__ import annotations

import json

import pytest
import sympy as sp

from verifier.cli import main
from verifier.forall import prove_for_all
from verifier.indexed import size_symbol

n = size_symbol("n")
k = sp.Symbol("k", integer=True)
half = sp.Rational(1, 2)

TRUE = {
    "2^k from 0": (sp.Sum(2**k, (k, 0, n - 1)), 2**n - 1),
    "2^k from 1": (sp.Sum(2**k, (k, 1, n)), 2 ** (n + 1) - 2),
    "halves": (sp.Sum(half**k, (k, 1, n)), 1 - half**n),
    "k 2^k": (sp.Sum(k * 2**k, (k, 1, n)), (n - 1) * 2 ** (n + 1) + 2),
    "telescoping product": (sp.Product((k + 1) / k, (k, 1, n)), n + 1),
    "factorial-like product": (sp.Product(2 * k, (k, 1, n)), 2**n * sp.factorial(n)),
    "product of (1 - 1/k^2)": (sp.Product(1 - 1 / k**2, (k, 2, n + 1)), (n + 2) / (2 * (n + 1))),
}
FALSE = {
    "2^k from 0, off by one": (sp.Sum(2**k, (k, 0, n - 1)), 2**n - 2),
    "2^k, wrong power": (sp.Sum(2**k, (k, 1, n)), 2**n - 1),
    "halves, sign": (sp.Sum(half**k, (k, 1, n)), 1 + half**n),
    "telescoping product, off by one": (sp.Product((k + 1) / k, (k, 1, n)), n),
    "product equal at n = 1 only": (sp.Product(2 * k, (k, 1, n)), 2 * sp.factorial(n)),
    "product equal at n = 1, 2 only": (sp.Product(k, (k, 1, n)), n**2 - 2 * n + 2),
}


@pytest.mark.parametrize("case", sorted(TRUE))
def test_closed_forms_are_proved_for_every_size(case: str) -> None:
    lhs, rhs = TRUE[case]
    assert prove_for_all(lhs, rhs, [n], {}).proved


@pytest.mark.parametrize("case", sorted(FALSE))
def test_wrong_closed_forms_are_never_proved(case: str) -> None:
    lhs, rhs = FALSE[case]
    assert not prove_for_all(lhs, rhs, [n], {}).proved


def _check(capsys: pytest.CaptureFixture[str], claim: str) -> dict:
    main(["check", claim, "--size", "n", "--format", "json", "--no-cache"])
    return json.loads(capsys.readouterr().out)["results"][0]


@pytest.mark.parametrize(
    "claim", [r"\sum_{k=0}^{n-1} 2^k = 2^n - 1", r"\prod_{i=1}^{n} \frac{i+1}{i} = n + 1"], ids=["geometric", "product"]
)
def test_check_command_proves_them_for_every_n(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    r = _check(capsys, claim)
    assert r["verdict"] == "PROVED", r
    assert r["proved_for"] == "all n >= 1"


@pytest.mark.parametrize(
    "claim", [r"\sum_{k=1}^{n} 2^k = 2^n - 1", r"\prod_{i=1}^{n} \frac{i+1}{i} = n"], ids=["geometric", "product"]
)
def test_check_command_refutes_the_wrong_ones(capsys: pytest.CaptureFixture[str], claim: str) -> None:
    assert _check(capsys, claim)["verdict"] == "FAILED"
