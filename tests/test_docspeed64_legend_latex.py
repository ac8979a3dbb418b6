"""A refuted entry's LaTeX is printed for a plot's legend only where the legend can show it (docspeed64).

``plots._component`` printed the failing entry of a refuted matrix member twice, as LaTeX and as text, for the
legend of the plot of its counterexample; the legend shows the LaTeX only up to ``LEGEND_LATEX_CHARS`` characters
and otherwise the text cut to ``LEGEND_CHARS``. One refuted entry of a corpus note printed to 1.95 million
characters of LaTeX (6-9 s of CPU in the chain's check). Now the LaTeX is skipped where a count of the symbols it
would print already passes the limit; the legend is the same.
"""

from __future__ import annotations

import pytest
import sympy as sp

from verifier import plots

x, y, z = sp.symbols("x y z")
_MANY = sp.symbols("a0:300")


def _big() -> sp.Expr:
    return sp.Add(*(s * sp.sin(s + x) for s in _MANY))


def test_a_long_entry_is_not_printed_as_latex(monkeypatch: pytest.MonkeyPatch) -> None:
    printed: list[sp.Basic] = []
    real = sp.latex
    monkeypatch.setattr(sp, "latex", lambda e, **kw: printed.append(e) or real(e, **kw))
    latex, text = plots._component(sp.Matrix([[_big(), x]]), 0, {})
    assert latex == ""
    assert text == sp.sstr(_big(), order="none")
    assert printed == []


def test_a_short_entry_keeps_its_latex() -> None:
    entry = x * sp.exp(-y) + z**2
    latex, text = plots._component(sp.Matrix([[x, entry]]), 1, {x: r"\xi"})
    assert latex == sp.latex(entry, order="none", symbol_names={x: r"\xi"})
    assert text == sp.sstr(entry, order="none")


@pytest.mark.parametrize("entry", [_big(), x * y + sp.sin(z), sp.Add(*_MANY[:250]) ** 2, sp.Mul(*_MANY[:216]) * x])
def test_the_legend_is_the_same(entry: sp.Expr) -> None:
    latex, text = plots._component(sp.Matrix([[entry, x]]), 0, {})
    full = sp.latex(entry, order="none", symbol_names={})
    assert plots._math_or_text(latex, text) == plots._math_or_text(full, text)


@pytest.mark.parametrize("entry", [
    _big(),
    sp.Add(*_MANY[:217]),
    sp.Mul(*_MANY[:217]),
    sp.Pow(sp.Add(*_MANY[:217]), sp.Rational(1, 2)),
    sp.exp(-sp.Add(*_MANY[:217])) / (1 + sp.Add(*_MANY[:217])),
    sp.Function("f")(*_MANY[:217]),
])  # fmt: skip
def test_longer_than_is_a_lower_bound(entry: sp.Expr) -> None:
    assert plots._longer_than(entry, {}, plots.LEGEND_LATEX_CHARS)
    assert len(sp.latex(entry, order="none")) > plots.LEGEND_LATEX_CHARS


def test_what_is_not_printed_is_not_counted() -> None:
    n = sp.Symbol("n")
    matrices = sp.Add(*(sp.MatrixSymbol(f"M{k}", n, n)[0, 0] for k in range(300)))
    assert not plots._longer_than(matrices, {}, 2000)  # a matrix symbol's sizes are not entered
    assert not plots._longer_than(sp.Add(*_MANY), dict.fromkeys(_MANY, ""), 10)  # names printed as nothing
    assert not plots._longer_than(sp.Add(*_MANY[:216]), {}, 216)
