"""Speed levers of docspeed9: each must give exactly what it replaces (the same text, the same values)."""

from __future__ import annotations

import pytest
import sympy as sp
from sympy.printing.str import StrPrinter

from verifier.documents.check import check_text
from verifier.documents.context import key_of, text_of
from verifier.documents.infer import names_in
from verifier.engine import Settings

_NODES = [
    sp.Symbol("i"),
    sp.Symbol("k", integer=True, positive=True),
    sp.Symbol("W"),
    sp.Symbol("\\alpha"),
    sp.Dummy("j"),  # a Dummy prints with its underscore: left to the printer
    sp.Integer(0),
    sp.Integer(1),
    sp.Integer(-1),
    sp.Integer(12),
    sp.Symbol("i") + 1,
    sp.Rational(1, 2),
    sp.Float(2.5),
]


@pytest.mark.parametrize("node", _NODES, ids=str)
def test_text_of_is_str(node: sp.Basic) -> None:
    assert text_of(node) == str(node)


def test_names_and_subscripts_are_keyed_without_the_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    """key_of and names_in (read at every lookup of a name) no longer set up a printer for a
    plain symbol or an integer subscript; what they give is unchanged."""
    i, j = sp.symbols("i j")
    w = sp.IndexedBase("W")
    node = w[i, 1] * sp.Symbol("x") + sp.IndexedBase("b")[j]
    expected_key, expected_names = key_of(w[i, 1]), names_in(node)

    def refuse(self: StrPrinter, expr: sp.Basic) -> str:
        raise AssertionError(f"printed {expr!r}")

    monkeypatch.setattr(StrPrinter, "doprint", refuse)
    assert key_of(w[i, 1]) == expected_key == ("W", ("i", "1"))
    assert names_in(node) == expected_names == {"W", "x", "b", "i", "j"}


def test_an_infinite_bound_is_still_read_as_infinity() -> None:
    r"""The resolver takes SymPy's infinities as they are (an identity test now, not ``==`` against
    each of them, which sympified ``float("inf")`` at every node): an infinite upper bound of a sum
    is read as \infty — by the series' closed form since gaps37 (documents.infiniteseries), said with the
    step — and never checked at some finite bound, where a closed form wrong by 10^{-9} would hold."""
    check = check_text("$$\\sum_{n=0}^{\\infty} x^n = \\frac{1}{1-x}$$\n", "inf.md", Settings())
    [step] = [s for c in check.chains for s in c.result.steps]
    assert step.verdict.value in ("PROVED", "PASSED")
    assert "closed form" in step.message
    check = check_text("$$\\sum_{n=0}^{\\infty} x^n = \\frac{1}{1-x} + 10^{-9}$$\n", "inf.md", Settings())
    [step] = [s for c in check.chains for s in c.result.steps]
    assert step.verdict.value == "FAILED"
