r"""Square shapes refute a derivative by a matrix where they fail in every layout (gaps56).

``\frac{\partial}{\partial A}\operatorname{tr}(G^\top A V) = G^\top V`` with nothing declared: inference makes A and
V square (inside tr) and the right member 2×2 against a 3×3 left member, so the step was SKIPPED "the shapes
inferred … do not fit". Every shape under which its sides agree is square of one size (documents.squareshapes),
but that reading did not refute a derivative by a vector or matrix where the notes leave the layout open: the
transpose another layout writes might be all the mismatch. Now it refutes where the square shapes fail in every
layout (the catalog's, denominator, numerator, numerator by matrices only): ``G^\top V`` is neither ``G V^\top``
nor ``V G^\top``. A step that holds in one layout at the square shapes is not FAILED.
"""

from __future__ import annotations

from support import display_step

PROSE = "The gradient of the loss in the attention weights is"


def test_a_transpose_slip_no_layout_mends_is_failed() -> None:
    step = display_step(r"\frac{\partial}{\partial A} \operatorname{tr}(G^\top A V) = G^\top V", PROSE)
    assert step.verdict.value == "FAILED", step.message
    assert "in every layout for derivatives" in step.message, step.message


def test_the_right_gradient_is_green() -> None:
    step = display_step(r"\frac{\partial}{\partial A} \operatorname{tr}(G^\top A V) = G V^\top", PROSE)
    assert step.verdict.value in ("PROVED", "PASSED"), step.message


def test_the_numerator_layout_member_is_not_failed() -> None:
    step = display_step(r"\frac{\partial}{\partial A} \operatorname{tr}(G^\top A V) = V G^\top", PROSE)
    assert step.verdict.value != "FAILED", step.message


def test_another_slip_is_failed_too() -> None:
    step = display_step(r"\frac{\partial}{\partial A} \operatorname{tr}(G^\top A V) = V^\top G", PROSE)
    assert step.verdict.value == "FAILED", step.message
