r"""A derivative evaluated at a point and claimed to be 0 is a claim about numbers (fresh64).

Handwriting converted by Mathpix writes ``\left.\frac{\mathrm{d}}{\mathrm{d} x} \tanh x\right|_{x=0}=1``. A
wrong ``=0`` there was SKIPPED as "an equation to solve (one side is 0)": x is an undeclared name, so the
0 was taken for a condition that may hold at the notes' values only. The bar binds x to 0, nothing is
left free, and the claim is false for every reading: FAILED (as ``f'(1) - 5 = 0`` already was). An
equation in free undeclared names set to 0 stays an equation to solve. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTE = r"""# tanh

Take $x = 1$ and $w = 0$.

In particular $\left.\frac{\mathrm{d}}{\mathrm{d} x} \tanh x\right|_{x=0}={rhs}$.
"""


@pytest.mark.parametrize(("rhs", "verdict"), [("1", Verdict.PROVED), ("0", Verdict.FAILED)])
def test_a_derivative_evaluated_at_a_point_against_zero_is_checked(rhs: str, verdict: Verdict) -> None:
    steps = doc_steps(_NOTE.replace("{rhs}", rhs))
    assert steps[-1].verdict is verdict, [s.message for s in steps]


def test_an_equation_in_free_names_set_to_zero_is_still_one_to_solve() -> None:
    steps = doc_steps("# t\n\nThen $a w - b = 0$.\n")
    assert steps[-1].verdict is Verdict.SKIPPED and "equation to solve" in steps[-1].message, steps[-1].message


def test_a_zero_at_a_point_of_a_function_of_the_data_may_hold_at_the_notes_values_only() -> None:
    note = "# t\n\nLet $\\ell(w) = \\sum_{i=1}^{n} (w x_i - y_i)^2$.\n\nWith our data, $\\ell'(2) = 0$.\n"
    steps = doc_steps(note)
    assert steps[-1].verdict is not Verdict.FAILED, steps[-1].message
