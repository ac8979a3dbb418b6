"""docspeed22's two verdict-neutral levers: a sample's balls built from Python floats, and the piecewise-case walk
over each distinct node once.

``Sample.ball_columns`` converted each NumPy scalar to a ball; ``row.tolist()`` gives the same doubles without a
NumPy scalar per value. ``engine._partial_cases`` walked a shared sub-tree at every occurrence
(``sp.preorder_traversal``); a DAG walk reads each distinct node once and finds the same cases. (docspeed22's third
lever, forward-mode tangents on a numbered DAG, was measured again on an idle machine side by side with v0.23.0 and
bought nothing there: removed, see docs/speed.md.)
"""

from __future__ import annotations

import numpy as np
import sympy as sp
from flint import arb

from verifier import balls
from verifier.catalog import D
from verifier.numeric import Sample

x, y = sp.symbols("x y", real=True)


def test_a_samples_balls_are_its_doubles_exactly():
    """``Sample.ball_columns`` converts ``row.tolist()`` (Python floats) instead of each NumPy scalar:
    the same doubles, so the same balls, down to subnormals, -0.0 and the largest doubles."""
    row = np.array([0.1, -0.0, 5e-324, -2.2250738585072014e-308, 1.7976931348623157e308, -3.5, 1e-300, 123456789.125])
    sample = Sample((x,), row.reshape(1, -1))
    with balls.precision(128):
        (column,) = sample.ball_columns(np.arange(len(row)))
    for ball, v in zip(column, row, strict=True):
        assert ball.rad() == 0 and ball.mid().str(40) == arb(float(v)).mid().str(40)
        assert float(ball.mid()) == float(v)


class _Pair(sp.Basic):
    """A node whose two arguments are often the same object; counts how often its arguments are read."""

    reads = 0

    @property
    def args(self):
        _Pair.reads += 1
        return self._args


def _partial_by_traversal(member):  # engine._partial_cases as it was (v0.23.0): a tree walk
    from verifier.engine import _parts

    return any(isinstance(p, sp.Piecewise) and not any(c is sp.true for _, c in p.args)
               for part in _parts(member) for p in sp.preorder_traversal(part))  # fmt: skip


def test_cases_without_otherwise_are_found_walking_each_shared_node_once():
    from verifier.engine import _partial_cases

    gap = sp.Piecewise((x, x > 0))
    covered = sp.Piecewise((x, x > 0), (-x, True))
    members = [
        gap, covered, x + y, sp.exp(gap) * y, sp.Matrix([[x, covered], [y, 2 * gap]]), sp.Matrix([[x, covered]]),
        D(sp.log(1 + covered**2), x), D(sp.Matrix([x * y, gap]), sp.Matrix([x, y])),
        sp.Piecewise((covered, sp.And(x > 0, y > 0)), (0, True)),
        sp.Piecewise((1, sp.Eq(x, y) | (x > y))),
    ]
    for member in members:
        assert _partial_cases(member) is _partial_by_traversal(member), member
    node = sp.Symbol("leaf")
    for _ in range(12):
        node = _Pair(node, node)
    _Pair.reads = 0
    assert _partial_cases(node) is False
    assert _Pair.reads <= 12  # each distinct node once (a tree walk reads 2**12 - 1 of them)
