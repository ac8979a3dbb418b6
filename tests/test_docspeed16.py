r"""docspeed16 (issue 8 §5): work the engine did that could not change a verdict, left out.

Each lever keeps the verdicts and messages; these tests show the work is no longer done where it
cannot matter, and that the cases where it does matter are still decided as before."""

from __future__ import annotations

import math

import pytest
from support import doc_steps

from verifier import engine


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[object]:
    calls: list[object] = []
    original = getattr(module, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_uncovered_walks_a_member_only_where_a_point_has_no_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """A green step whose sides have values at every point cannot have a gap in its cases: the members'
    trees are not searched for cases there (``engine._partial_cases``)."""
    walked = _counting(monkeypatch, engine, "_partial_cases")
    (step,) = doc_steps(r"$$\max(0, x) + \max(0, -x) = |x|$$")
    assert step.verdict.value in {"PROVED", "PASSED"}, step.message
    assert walked == []


def test_a_gap_in_the_cases_is_still_found(monkeypatch: pytest.MonkeyPatch) -> None:
    walked = _counting(monkeypatch, engine, "_partial_cases")
    (step,) = doc_steps(r"$$\frac{d}{dx}|x| = \begin{cases} 1 & x > 0 \end{cases}$$")
    assert step.verdict.value == "SKIPPED", step.message
    assert "no branch applies" in step.message
    assert walked


def test_fresh_symbols_are_named_without_printing_sympy_integers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The entries of a fresh matrix (a derivative through an intermediate) are named from the row and
    column numbers as plain integers: the same names, without SymPy's printer at every entry."""
    import sympy as sp

    from verifier.documents.differentiate import fresh_like

    def refused(self: object, spec: str) -> str:
        raise AssertionError("a SymPy number was printed")

    monkeypatch.setattr(sp.Expr, "__format__", refused)
    fresh = fresh_like(sp.ImmutableMatrix([[1, 2], [3, 4]]), "h")
    names = [d.name for d in fresh]
    assert [n.split("_", 1)[1] for n in names] == ["00", "01", "10", "11"]
    assert len({n.split("_", 1)[0] for n in names}) == 1 and names[0].startswith("h")
    assert all(d.is_real for d in fresh)


def test_a_claim_checked_for_a_document_names_no_matrix_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    """``Claim.latex_names`` (a LaTeX name for every matrix entry) serves only the rendered members;
    a document's claims are checked with ``render=False`` and never need it."""
    import sympy as sp

    from verifier.catalog import Claim, Variable
    from verifier.domains import Real

    asked: list[int] = []
    original = Claim.latex_names.fget
    assert original is not None

    def counted(self: Claim) -> dict[object, str]:
        asked.append(1)
        return original(self)

    monkeypatch.setattr(Claim, "latex_names", property(counted))
    entries = sp.symbols("W_1_1 W_1_2 W_2_1 W_2_2", real=True)
    value = sp.ImmutableMatrix(2, 2, entries)
    w = Variable("W", entries, (2, 2), Real(), value)
    claim = Claim((value * 2, value + value), (w,))
    (step,) = engine.check_claim(claim, "k", {}, engine.Settings(points=40), render=False)
    assert step.verdict.value == "PROVED"
    assert asked == []
    (step,) = engine.check_claim(claim, "k", {}, engine.Settings(points=40, member_texts=True))
    assert step.lhs_latex and asked


def test_a_member_is_rendered_once_for_every_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """The text of a member (the report's ``lhs``/``rhs``) is a function of its parse: re-checks of the
    chain under other readings take it instead of printing the tree again."""
    import sympy as sp

    from verifier.documents import members
    from verifier.documents.readings import ParsedMember

    printed = _counting(monkeypatch, members.sp, "sstr")
    member = members._Member("x + y", 1, None)
    x, y = sp.symbols("x y")
    member.parsed = ParsedMember(tree=x + y)
    first = members.member_text(member)
    assert members.member_text(member) == first == "x + y"
    assert len(printed) == 1
    member.parsed = ParsedMember(tree=x - y)  # another parse: rendered again
    assert members.member_text(member) == "x - y"
    assert len(printed) == 2


def test_a_member_met_again_is_not_compiled_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """``NumericMember`` of a member equal to one already compiled (the same chain re-checked under
    another reading, another assignment) takes its walkers; its values are the very same."""
    import numpy as np
    import sympy as sp

    from verifier import numeric, sampling
    from verifier.catalog import Variable
    from verifier.domains import Real
    from verifier.walker import TreeWalker

    built = _counting(monkeypatch, TreeWalker, "build")
    xs = sp.Symbol("x", real=True)
    x = Variable("x", (xs,), None, Real(), xs)
    member = sp.exp(x.value) / (1 + sp.exp(x.value)) + sp.sin(x.value) ** 2
    sample = sampling.draw([x], np.random.default_rng(5), 30)
    first = numeric.NumericMember(member, x.symbols)
    again = numeric.NumericMember(sp.exp(x.value) / (1 + sp.exp(x.value)) + sp.sin(x.value) ** 2, x.symbols)
    assert len(built) == 2  # float64 and balls, once
    assert np.array_equal(first.floats(sample), again.floats(sample), equal_nan=True)
    cols = np.arange(sample.n)
    assert [str(v) for v in first.ball_values(sample, cols, 128).ravel()] == \
        [str(v) for v in again.ball_values(sample, cols, 128).ravel()]
    other = numeric.NumericMember(member + 1, x.symbols)  # another member: compiled
    assert len(built) == 4 and not np.array_equal(first.floats(sample), other.floats(sample), equal_nan=True)
    as_float = numeric.NumericMember(sp.Float(2.0) * x.value, x.symbols)
    as_int = numeric.NumericMember(2 * x.value, x.symbols)  # equal hash, another tree: compiled
    assert as_float._np is not as_int._np


def test_two_optima_met_again_are_compared_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A step between two optima is decided by their objectives alone: met again (another assignment,
    a re-check under another reading) it takes the first comparison's verdict and reading."""
    import sympy as sp

    from verifier.documents import optimum

    related = _counting(monkeypatch, optimum, "_relation")
    w, x = sp.symbols("w x", real=True)
    f = (w - x) ** 2

    def arg(kind: str, objective: sp.Expr) -> optimum.OptimumValue:
        return optimum.OptimumValue(optimum.Label(kind), optimum.Label("w"), sp.Lambda((w,), objective))

    first = optimum.compare_optima(arg("min", f), arg("min", 3 * f + 1))
    assert first[0].value == "PROVED", first
    asked = len(related)
    assert optimum.compare_optima(arg("min", f), arg("min", 3 * f + 1)) == first
    assert len(related) == asked
    other = optimum.compare_optima(arg("min", f), arg("max", 3 * f + 1))  # another pair: compared
    assert other[0].value != "PROVED" and len(related) > asked


def test_an_optimum_inside_a_value_is_found_as_sympy_finds_it() -> None:
    """``holds_optimum`` answers ``has(OptimumValue)`` over the shared sub-trees once: the same answer."""
    import sympy as sp

    from verifier.documents import optimum

    w, x = sp.symbols("w x", real=True)
    inner = optimum.OptimumValue(optimum.Label("min"), optimum.Label("w"), sp.Lambda((w,), (w - x) ** 2))
    shared = sp.exp(x) + sp.sin(x) ** 2
    for value in (shared, shared * inner + 1, sp.log(shared + inner), inner, sp.Integer(3), x):
        assert optimum.holds_optimum(value) == value.has(optimum.OptimumValue)


def test_two_equations_met_again_are_compared_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a chain's equation follows from the one before it is a function of the two equations'
    values and the line named: met again (another assignment, another reading) it is not worked out again."""
    import sympy as sp

    from verifier.documents import equivalent

    multiples = _counting(monkeypatch, equivalent, "multiple_of")
    x, w = sp.symbols("x w", real=True)
    now, before = (2 * w * x - 2 * x, sp.Integer(0)), (w * x, x)
    first = equivalent.equivalent(now, before, 3)
    assert first is not None and "c = 2" in first
    asked = len(multiples)
    assert equivalent.equivalent((2 * w * x - 2 * x, sp.Integer(0)), (w * x, x), 3) == first
    assert len(multiples) == asked
    assert equivalent.equivalent(now, before, 4) != first  # another line named: worked out again
    assert len(multiples) > asked


def _select_sample(domain: object, rng: object, n: int) -> object:
    """Real.sample as it was before docspeed16 (np.select), kept here to compare the numbers with."""
    import numpy as np

    from verifier.domains import HUGE, _signed_loguniform

    out = np.empty(0)
    bounded = math.isfinite(domain.hi - domain.lo)  # type: ignore[attr-defined]
    lo, hi, exclude = domain.lo, domain.hi, domain.exclude  # type: ignore[attr-defined]
    while out.size < n:
        m = 2 * n
        if not bounded:
            top = max(abs(b) if math.isfinite(b) else HUGE for b in (lo, hi))
            pick = rng.uniform(0, 1, m)  # type: ignore[attr-defined]
            bulk = rng.uniform(-4, 4, m)  # type: ignore[attr-defined]
            small = _signed_loguniform(rng, m, 1e-4, 1.0)  # type: ignore[arg-type]
            large = _signed_loguniform(rng, m, 4.0, 60.0)  # type: ignore[arg-type]
            huge = _signed_loguniform(rng, m, 60.0, max(top, 61.0))  # type: ignore[arg-type]
            x = np.select([pick < 0.4, pick < 0.55, pick < 0.7, pick < 0.85], [bulk, small, large, huge], 0.0)
        else:
            pick = rng.uniform(0, 1, m)  # type: ignore[attr-defined]
            x = rng.uniform(lo, hi, m)  # type: ignore[attr-defined]
            top = max(abs(lo), abs(hi))
            if top > 4:
                x = np.where(pick < 0.5, x, _signed_loguniform(rng, m, 1e-4, top))  # type: ignore[arg-type]
        centres = exclude or (0.0,)
        near = np.asarray(centres)[rng.integers(0, len(centres), m)]  # type: ignore[attr-defined]
        width = 1.0 if not bounded else min(1.0, hi - lo)
        near = near + _signed_loguniform(rng, m, 1e-10, 1e-2) * width * np.maximum(1.0, np.abs(near))  # type: ignore[arg-type]
        x = np.where(pick >= 0.85, near, x)
        x = x[(x > lo) & (x < hi)] if bounded else x[(x >= lo) & (x <= hi)]
        for e in exclude:
            x = x[x != e]
        out = np.concatenate([out, x])
    return out[:n]


@pytest.mark.parametrize("bounds", [(-math.inf, math.inf, ()), (0.0, math.inf, (0.0,)), (-math.inf, 3.0, (1.0,)),
                                    (-2.0, 2.0, ()), (-50.0, 80.0, (0.0, 5.0))])
def test_real_points_are_the_numbers_select_drew(bounds: tuple[float, float, tuple[float, ...]]) -> None:
    """Real.sample picks among its mixtures with nested wheres: the very numbers np.select picked, and
    the generator left in the same state."""
    import numpy as np

    from verifier.domains import Real

    domain = Real(*bounds)
    for seed in range(20):
        new, old = np.random.default_rng(seed), np.random.default_rng(seed)
        assert np.array_equal(domain.sample(new, 200), _select_sample(domain, old, 200))  # type: ignore[arg-type]
        assert new.bit_generator.state == old.bit_generator.state


def test_a_shared_sub_tree_is_differentiated_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``values.diff_value`` takes SymPy's derivative with each sub-derivative built once
    (documents.shareddiff): the argument of the sine and the cosines below is differentiated once, and the
    derivative is the very tree SymPy builds without it."""
    import sympy as sp
    import sympy.core.expr as sympy_expr

    from verifier.documents import values

    x = sp.Symbol("x", real=True)
    u = sp.exp(x) * x + x**2
    f = 3 + sp.sin(u) + sp.cos(u) * u + sp.log(u) ** 2
    asked: list[object] = []
    original = sympy_expr._derivative_dispatch

    def counted(expr: object, *variables: object, **kwargs: object) -> object:
        asked.append((expr, variables))
        return original(expr, *variables, **kwargs)

    monkeypatch.setattr(sympy_expr, "_derivative_dispatch", counted)
    sp.core.cache.clear_cache()  # SymPy's own cache would answer the second derivative whole
    plain = sp.diff(f, x)
    of_u = [a for a in asked if a[0] == u]
    assert len(of_u) > len(set(of_u))  # SymPy alone: u's derivative taken again at each occurrence
    asked.clear()
    sp.core.cache.clear_cache()
    values._DERIVATIVES.clear()
    shared = values.diff_value(f, x)
    assert sp.srepr(shared) == sp.srepr(plain)
    assert len(asked) == len(set(asked))  # each call once (SymPy asks u's by x, by (x, 0) and by (x, 1))
    assert sympy_expr._derivative_dispatch is counted  # SymPy's route is put back


def test_a_derivative_that_raises_is_not_remembered() -> None:
    import sympy as sp
    import sympy.core.expr as sympy_expr

    from verifier.documents.shareddiff import shared_diffs

    original = sympy_expr._derivative_dispatch
    x = sp.Symbol("x")
    with pytest.raises(ValueError), shared_diffs():
        (x**2).diff(sp.Integer(2))  # not a variable: SymPy refuses
    assert sympy_expr._derivative_dispatch is original
    with shared_diffs():
        assert (x**2).diff(x) == 2 * x
        with shared_diffs():  # nested: the outer memo serves
            assert (x**3).diff(x) == 3 * x**2
