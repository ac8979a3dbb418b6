r"""trust16: a condition written after the equation inside the display ("f'(x) = 1 \quad x > 0",
"= s_i(1 - s_j) \quad i = j", "= -s_i s_j, \quad \text{if } i \ne j") is that equation's condition
(latex.quantifiers.side_condition): a range as a quantifier, an index case as the row's case. A wrong case
still fails."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.latex.quantifiers import side_condition
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_SOFTMAX = "# Softmax\n\nLet $s_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$. The Jacobian entries are\n\n"
_RELU = "# ReLU\n\nLet $f(x) = \\max(0, x)$. Then\n\n"


def _verdicts(text: str) -> list[Verdict]:
    return [s.verdict for ch in check_text(text, "notes.md").chains for s in ch.result.steps]


@pytest.mark.slow(3)
def test_an_index_case_after_quad_restricts_the_equation_and_is_no_equation() -> None:
    right = (_SOFTMAX + "$$\\frac{\\partial s_i}{\\partial z_j} = s_i(1 - s_j) \\quad i = j$$\n\n"
             "$$\\frac{\\partial s_i}{\\partial z_j} = -s_i s_j, \\quad \\text{if } i \\ne j$$\n")
    assert _verdicts(right) == [Verdict.PROVED, Verdict.PROVED]
    wrong = (_SOFTMAX + "$$\\frac{\\partial s_i}{\\partial z_j} = s_i(1 + s_j) \\quad i = j$$\n\n"
             "$$\\frac{\\partial s_i}{\\partial z_j} = s_i s_j \\qquad i \\neq j$$\n")
    assert _verdicts(wrong) == [Verdict.FAILED, Verdict.FAILED]


@pytest.mark.slow(3)
def test_a_range_after_quad_is_the_equation_s_domain() -> None:
    assert _verdicts(_RELU + "$$f'(x) = 1 \\quad x > 0$$\n")[0] in _GREEN
    assert _verdicts(_RELU + "$$f'(x) = 0, \\quad x < 0$$\n")[0] in _GREEN
    assert _verdicts(_RELU + "$$f'(x) = 1, \\qquad x < 0$$\n")[0] is Verdict.FAILED


def test_side_condition_reads_only_conditions() -> None:
    row = "\\frac{\\partial s_i}{\\partial z_j} = s_i s_j"
    assert side_condition("\\text{if } i \\ne j", row) == ("case", "i \\neq j")
    assert side_condition("i = j", row) == ("case", "i = j")
    assert side_condition("k = j", row) is None  # k is no subscript of the row
    assert side_condition("x > 0", "f'(x) = 1") == ("range", "x > 0")
    assert side_condition("y = 2x", "f'(x) = 1") is None
