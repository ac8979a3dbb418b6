r"""A matrix power resolved at the first sizes is multiplied out, not cancelled product by product.

SymPy's matrix power runs ``dotprodsimp`` (a ``cancel`` of every entry) after each product by
default (``_eval_pow_by_recursion_dotprodsimp``). For a symbolic 3×3 ``X^{-2}`` that took about
4 s of CPU of a 6 s ``verify check`` (and a TIMEOUT under load); the numeric and exact checks
after it need no cancelled entries. The other
size already skipped it (``steps.py``); these tests pin the first size too: with that power made
to raise, the claims still get their verdicts (a raise would be an ERROR).
"""

from __future__ import annotations

import pytest
from sympy.matrices.matrixbase import MatrixBase

from verifier.commands.check import _checked
from verifier.engine import Settings
from verifier.results import Verdict


def _no_dotprodsimp(*args: object, **kwargs: object) -> object:
    raise AssertionError("a matrix power cancelled its entries after each product")


@pytest.mark.parametrize(
    ("claim", "verdicts"),
    [
        ((r"\frac{\partial}{\partial X} \operatorname{tr}(X^{-1})", r"-(X^{-2})^T"), {Verdict.PROVED, Verdict.PASSED}),
        ((r"\operatorname{tr}(X^{-2})", r"\operatorname{tr}(X^{-1}X^{-1})"), {Verdict.PROVED, Verdict.PASSED}),
        ((r"\operatorname{tr}(X^{-1} X^{3})", r"\operatorname{tr}(X X)"), {Verdict.PROVED, Verdict.PASSED}),
        ((r"\frac{\partial}{\partial X} \operatorname{tr}(X^{-1})", r"(X^{-2})^T"), {Verdict.FAILED, Verdict.SKIPPED}),
        ((r"\operatorname{tr}(X^{-1} X^{3})", r"\operatorname{tr}(X X X)"), {Verdict.FAILED, Verdict.SKIPPED}),
    ],
)
def test_matrix_powers_are_checked_without_cancelling_each_product(
    claim: tuple[str, str], verdicts: set[Verdict], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MatrixBase, "_eval_pow_by_recursion_dotprodsimp", _no_dotprodsimp)
    steps = _checked(list(claim), set(), set(), Settings(points=30))
    assert {s.verdict for s in steps} <= verdicts, steps
