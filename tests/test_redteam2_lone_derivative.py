r"""The index of a derivative's variable names the entry asked for: ``\partial L / \partial o_h = y``
(h free on the left only) is not ``\sum_h \partial L / \partial o_h = y``. Read so, a dropped 1/H was
PROVED ("implied summation over h … free on one side only"); the ``lone`` reading now leaves such
an index alone (documents.summation.implied_readings)."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.summation import implied_readings
from verifier.latex import parse_latex
from verifier.results import Verdict

NOTES = r"""
The heads $h = 1, \dots, H$ each output $o_h$; the layer averages them, $y = \frac{1}{H}\sum_{h=1}^H o_h$,
and the loss is $L = \frac{1}{2} y^2$.

$$\frac{\partial L}{\partial o_h} = RIGHT$$
"""


def test_no_lone_sum_over_the_index_of_a_derivative_variable():
    left, right = parse_latex(r"\frac{\partial L}{\partial o_h}"), parse_latex("y")
    modes = {r.mode for r in implied_readings(left, right, lambda n: n == "h")}
    assert "lone" not in modes


def test_a_lone_index_in_a_product_is_still_summed():
    left, right = parse_latex(r"-y_k + y_i p_k"), parse_latex(r"-y_k + p_k")
    lone = [r for r in implied_readings(left, right, lambda n: n in ("i", "k")) if r.mode == "lone"]
    assert lone and any(isinstance(s, sp.Sum) for s in sp.preorder_traversal(lone[0].left))


def test_a_dropped_mean_factor_is_not_proved():
    steps = doc_steps(NOTES.replace("RIGHT", "y"))
    assert steps[-1].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[-1].message


def test_the_right_gradient_is_proved():
    steps = doc_steps(NOTES.replace("RIGHT", r"\frac{y}{H}"))
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message
