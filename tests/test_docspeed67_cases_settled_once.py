"""docspeed67: the proof by cases settles each sub-tree of a region once, for both sides.

``cases._settled`` puts a region's values in and factors every condition and every Heaviside/Abs/sign argument
before SymPy decides it. The two sides of a step (and the entries of a vector) repeat those sub-trees — the same
``Heaviside(x)`` on both sides, a Piecewise's condition in each entry — and each was factored again. Settling is a
pure function of the sub-tree and the region, so a region remembers what it settled; the method text and the
refutations stay those of the plain walk."""

from __future__ import annotations

import sympy as sp

from verifier import cases

x, y = sp.symbols("x y", real=True)


def _identical(a: list[sp.Expr], b: list[sp.Expr]) -> bool:
    return all(sp.simplify(p - q) == 0 for p, q in zip(a, b, strict=True))


def _factored(monkeypatch: object) -> list[sp.Expr]:
    asked: list[sp.Expr] = []
    plain = sp.factor

    def factor(e: sp.Expr, *args: object, **kwargs: object) -> sp.Expr:
        asked.append(e)
        return plain(e, *args, **kwargs)

    monkeypatch.setattr(sp, "factor", factor)  # type: ignore[attr-defined]
    return asked


def test_a_heaviside_on_both_sides_is_factored_once_a_region(monkeypatch: object) -> None:
    asked = _factored(monkeypatch)
    lhs = [sp.Heaviside(x) * y + sp.Heaviside(x)]
    rhs = [sp.Heaviside(x) * (y + 1)]
    found = cases.prove_by_cases(lhs, rhs, {}, _identical)
    assert isinstance(found, str) and found.startswith("by cases: 3 regions")
    assert len(asked) == 3  # one Heaviside(x), three regions (x < 0, x = 0, x > 0); the plain walk: 9


def test_a_condition_in_every_entry_is_factored_once_a_region(monkeypatch: object) -> None:
    asked = _factored(monkeypatch)
    p = sp.Piecewise((x, x > 0), (0, True))
    found = cases.prove_by_cases([p * y, p + 1], [y * p, 1 + p], {}, _identical)
    assert isinstance(found, str) and found.startswith("by cases")
    assert len(asked) == 3  # x > 0 once a region; the plain walk: once per occurrence, 12


def test_the_answers_stay_the_plain_walks() -> None:
    # max(x, 0) - x·H(x) is 0 everywhere (H(0) = 1/2 times 0), and so proved by cases
    assert str(cases.prove_by_cases([sp.Max(x, 0)], [x * sp.Heaviside(x)], {}, _identical)).startswith("by cases")
    # H(x) against 1 differs on x < 0: refuted there, at x = -1
    differs = cases.prove_by_cases([sp.Heaviside(x)], [sp.Integer(1) + 0 * x], {}, _identical)
    assert isinstance(differs, cases.DiffersAt) and differs.point == "x = -1"
    # |x|·H(x) against x·H(x) is proved; against -x·H(x) it is not
    assert str(cases.prove_by_cases([sp.Abs(x) * sp.Heaviside(x)], [x * sp.Heaviside(x)], {}, _identical)).startswith(
        "by cases"
    )
    assert not isinstance(
        cases.prove_by_cases([sp.Abs(x) * sp.Heaviside(x)], [-x * sp.Heaviside(x)], {}, _identical), str
    )
