r"""The multivariate normal density's determinant past side 3 by exact elimination in a polynomial domain (speed39).

``ml.normal_density`` took SymPy's default determinant (Bareiss, every division followed by ``dotprodsimp``):
at d = 5, the second size a stated d is checked at, that was ~1.5–3.5 s of CPU for a covariance of plain
letters and ~25 s for ``\Sigma_k + \lambda I`` — most of a Gaussian-density step's time. SymPy's
``domain-ge`` method gives, for entries that are rational functions of letters and exact numbers, the same
canonical expanded polynomial (the same tree) in a tenth of a second. Anything else (an ``exp`` entry,
floats) keeps the default, as does side ≤ 3.
"""

from __future__ import annotations

import pytest
import sympy as sp
import sympy.matrices.determinant as determinant

from verifier import ml


def _general(n: int, name: str = "S") -> sp.ImmutableMatrix:
    return sp.ImmutableMatrix(n, n, lambda i, j: sp.Symbol(f"{name}_{i + 1}_{j + 1}"))


def _symmetric(n: int, name: str = "S") -> sp.ImmutableMatrix:
    return sp.ImmutableMatrix(n, n, lambda i, j: sp.Symbol(f"{name}_{min(i, j) + 1}_{max(i, j) + 1}"))


def _matrices(n: int) -> list[sp.ImmutableMatrix]:
    lam, s = sp.symbols("lambda sigma", positive=True)
    v = sp.Matrix(n, 1, lambda i, _: sp.Symbol(f"v_{i}"))
    return [
        _general(n),
        _symmetric(n),
        sp.ImmutableMatrix(_symmetric(n, "Sigmak") + lam * sp.eye(n)),
        sp.ImmutableMatrix(s**2 * sp.eye(n) + v * v.T),
        sp.ImmutableMatrix(n, n, lambda i, j: _general(n)[i, j] if (i + j) % 2 else i - j),
        sp.ImmutableMatrix(n, n, lambda i, j: 1 / (1 + sp.Symbol(f"c{i}{j}")) if i == j else sp.Rational(i + 1, j + 2)),
    ]


def _old_density(x: sp.MatrixBase, mean: sp.MatrixBase, variance: sp.MatrixBase) -> sp.Expr:
    d = x - mean
    quad = (d.T * variance.inv() * d)[0, 0]
    return sp.exp(-quad / 2) / sp.sqrt((2 * sp.pi) ** x.rows * variance.det())


@pytest.fixture
def dotprodsimps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How often SymPy's determinant code simplified an entry with ``dotprodsimp``."""
    calls = [0]
    original = determinant._dotprodsimp

    def counted(expr: sp.Basic, withsimp: bool = False) -> object:
        calls[0] += 1
        return original(expr, withsimp=withsimp)

    monkeypatch.setattr(determinant, "_dotprodsimp", counted)
    return calls


def test_the_determinant_of_letters_is_the_default_s_tree() -> None:
    for m in [*_matrices(4), _symmetric(5)]:  # more 5×5 ones take SymPy's default a minute (see the docstring)
        assert sp.srepr(ml.determinant(m)) == sp.srepr(m.det())


def test_the_density_at_side_4_is_the_same_tree_as_before() -> None:
    x = sp.ImmutableMatrix(4, 1, lambda i, _: sp.Symbol(f"x_{i}"))
    mu = sp.ImmutableMatrix(4, 1, lambda i, _: sp.Symbol(f"mu_{i}"))
    for sigma in _matrices(4)[:3]:
        assert sp.srepr(ml.normal_density(x, mu, sigma)) == sp.srepr(_old_density(x, mu, sigma))


def test_a_side_5_covariance_of_letters_is_not_simplified_entry_by_entry(dotprodsimps: list[int]) -> None:
    ml.determinant(_symmetric(5, "Sigma"))
    assert dotprodsimps[0] == 0


def test_a_covariance_with_a_function_entry_keeps_sympy_s_default(dotprodsimps: list[int]) -> None:
    # with exp entries the two branches give different trees: the default is kept
    m = sp.ImmutableMatrix(4, 4, lambda i, j: sp.exp(sp.Symbol(f"a{i}")) if i == j else sp.Symbol(f"b{i}{j}"))
    assert sp.srepr(ml.determinant(m)) == sp.srepr(m.det())
    assert dotprodsimps[0] > 0


def test_floats_and_side_3_keep_sympy_s_default(dotprodsimps: list[int]) -> None:
    m = sp.ImmutableMatrix(4, 4, lambda i, j: sp.Float(0.5 + i) if i == j else sp.Symbol(f"f{i}{j}"))
    assert sp.srepr(ml.determinant(m)) == sp.srepr(m.det())
    assert dotprodsimps[0] > 0
    dotprodsimps[0] = 0
    m3 = _general(3)
    assert sp.srepr(ml.determinant(m3)) == sp.srepr(m3.det())
    assert dotprodsimps[0] > 0
