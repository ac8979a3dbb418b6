r"""review30b: (B) a step unread for an entry past a size, read again without the notes' definitions
(ctx17), must not turn green where a name whose definition is dropped becomes a scalar by default
(matrices that commute only as numbers); (A) the docspeed16 memos keyed so that two different questions
never share an answer. Small notes and expressions written for the tests."""

from __future__ import annotations

import functools

import numpy as np
import pytest
import sympy as sp
from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
# A small layer

The weights are $A = \begin{bmatrix}a_{11} & a_{12} & a_{13} \\ a_{21} & a_{22} & a_{23}\end{bmatrix}$ and the
input is $u = [u_1, u_2]^T$, the offset $c = [c_1, c_2, c_3]^T$. Each score is
$\displaystyle z_k = \sum_{i=1}^3 a_{ik}u_i + c_k$.

Let $M = z z^T$ and $N = c c^T$. The two products agree:

$$M N = N M$$

$$M N c = N M c$$
"""


@functools.cache
def _steps(text: str):  # type: ignore[no-untyped-def]
    return doc_steps(text)


@pytest.mark.slow(6)
@pytest.mark.parametrize("lhs", ["M N", "M N c"])
def test_matrices_read_as_scalars_without_their_definitions_are_not_green(lhs: str) -> None:
    (step,) = [s for s in _steps(NOTES) if s.lhs_latex.strip() == lhs]
    # M N = z (zᵀc) cᵀ and N M = c (cᵀz) zᵀ differ: green only because M, N became commuting scalars
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


# --- (A) docspeed16's memos: keys that tell different questions apart ---------------------------------


def test_compiled_members_that_print_alike_do_not_share_code() -> None:
    from verifier.numeric import _compiled

    x = sp.Symbol("x", real=True)
    xp = sp.Symbol("x", positive=True)
    y = sp.Symbol("y", real=True)
    third = sp.Float("0.333", 3)
    cases = [
        ([sp.Rational(1, 3) * x], (x,)),
        ([third * x], (x,)),  # prints near 1/3·x, another number
        ([sp.sqrt(xp**2)], (xp,)),  # |x| for a real x, x for a positive one
        ([sp.sqrt(x**2)], (x,)),
        ([x - y], (x, y)),  # the same expression, the arguments in the other order
        ([x - y], (y, x)),
    ]
    got = [[float(np.asarray(v, dtype=float).ravel()[0]) for v in _compiled(e, s).np(*(np.array([a]) for a in pt))]
           for (e, s), pt in zip(cases, [(3.0,), (3.0,), (2.0,), (-2.0,), (5.0, 1.0), (5.0, 1.0)], strict=True)]
    assert got[0][0] == pytest.approx(1.0) and got[1][0] == pytest.approx(0.999, rel=1e-3)
    assert got[2][0] == pytest.approx(2.0) and got[3][0] == pytest.approx(2.0)
    assert got[4][0] == pytest.approx(4.0) and got[5][0] == pytest.approx(-4.0)


def test_a_float_and_an_integer_coefficient_are_two_entries() -> None:
    from verifier.numeric import _compiled

    x = sp.Symbol("x", real=True)
    a = _compiled([sp.Float(2.5) * x], (x,))
    b = _compiled([sp.Rational(5, 2) * x], (x,))
    c = _compiled([sp.Integer(2) * x], (x,))
    d = _compiled([sp.Float(2.0) * x], (x,))
    assert c is not d and a is not b
    assert float(c.np(np.array([3.0]))[0][0]) == 6.0


def test_equivalent_remembers_per_equation_pair_and_line() -> None:
    from verifier.documents.equivalent import equivalent

    w, b = sp.symbols("w b", real=True)
    two = sp.Integer(2)
    first = equivalent((two * w, two * b), (w, b), 7)
    assert first is not None and "line 7" in first
    again = equivalent((two * w, two * b), (w, b), 9)  # the same equations at another line: its own line
    assert again is not None and "line 9" in again
    # another pair of equations that is not a multiple is not answered from the memo
    assert equivalent((two * w, two * b + 1), (w, b), 7) is None
    # a positive symbol of the same name is another symbol: w = 0 follows from w·p = 0 for p > 0 only
    p = sp.Symbol("p", positive=True)
    pr = sp.Symbol("p", real=True)
    assert equivalent((w * p, sp.Integer(0)), (w, sp.Integer(0)), 3) is not None
    assert equivalent((w * pr, sp.Integer(0)), (w, sp.Integer(0)), 3) is None


def test_holds_optimum_agrees_with_has_on_trees_that_share_sub_trees() -> None:
    from verifier.documents.optimum import OptimumValue, holds_optimum

    x = sp.Symbol("x", real=True)
    t = sp.Dummy("t", real=True)
    opt = OptimumValue(sp.Symbol("min"), sp.Symbol("w"), sp.Lambda((t,), (t - x) ** 2))
    trees = [sp.sin(x) + x**2, sp.sin(x) + opt, sp.ImmutableMatrix([[x, opt]]), sp.Piecewise((opt, x > 0), (x, True)),
             sp.Lambda((t,), t + x), sp.Sum(x, (x, 1, 3))]
    for e in trees:
        assert holds_optimum(e) == e.has(OptimumValue), e


def test_fresh_entry_names_from_ints_match_sympy_printing() -> None:
    from verifier.documents.differentiate import fresh_like

    m = fresh_like(sp.ImmutableMatrix(2, 12, list(range(24))), "W")
    names = [str(d) for d in m]
    assert names[0].endswith("_00") and names[-1].endswith("_111")
    assert len(set(m)) == 24  # Dummies: distinct however the digits run together (1,11 / 11,1)


def test_holds_optimum_on_a_tree_deeper_than_the_recursion_limit() -> None:
    from verifier.documents.optimum import OptimumValue, holds_optimum

    g = sp.Function("g")
    e: sp.Basic = sp.Symbol("x", real=True)
    for _ in range(1500):  # an unrolled recurrence: SymPy's has() walks it without recursion
        e = g(e)
    assert holds_optimum(e) is False is e.has(OptimumValue)
