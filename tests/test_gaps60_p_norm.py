r"""gaps60: ``\|x\|_p`` with the letter p (or q) as its subscript is the p-norm (latex.build, documents.operators).

"the norm subscript p is not supported" left every step of a p-norm note SKIPPED (fresh60's 07 wrong2 and wrong3:
a lost −1 in the exponent of the chain rule, a wrong power of the norm). The norm ``(\sum_i |x_i|^p)^{1/p}`` is
now read with p a name; another letter (``\|x\|_A``: a norm a matrix weighs) stays unread. Notes of our own."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.latex import LatexError, parse_latex

_NOTE = "For $x \\in \\mathbb{R}^n$ and $p \\ge 1$, away from $x_j = 0$,\n\n$$\nCLAIM\n$$\n"


def test_the_p_th_power_of_the_p_norm() -> None:
    right = verdicts_by_line(_NOTE.replace("CLAIM", r"\|x\|_p^p = \sum_{i=1}^n |x_i|^p"))
    wrong = verdicts_by_line(_NOTE.replace("CLAIM", r"\|x\|_p^p = \sum_{i=1}^n |x_i|^{p-1}"))
    assert right[4] in (["PROVED"], ["PASSED"])
    assert wrong[4] == ["FAILED"]


_CHAIN = (
    "For $x \\in \\mathbb{R}^n$ and $p \\ge 1$,\n\n$$\nf(x) = \\sum_{i=1}^{n} |x_i|^{p}\n$$\n\nAway from $x_j = 0$,"
    "\n\n$$\n\\frac{\\partial \\|x\\|_p}{\\partial x_j} = \\frac{1}{p} f(x)^{\\frac{1}{p} - 1} "
    "\\cdot p\\, x_j |x_j|^{p-2}"
    " = \\frac{x_j |x_j|^{p-2}}{\\|x\\|_p^{POWER}}\n$$\n"
)


def test_the_gradient_of_the_p_norm() -> None:
    assert verdicts_by_line(_CHAIN.replace("POWER", "{p-1}"))[10] == ["PASSED", "PASSED"]
    assert verdicts_by_line(_CHAIN.replace("POWER", "{p}"))[10] == ["PASSED", "FAILED"]


def test_a_matrix_weighted_norm_is_not_read_as_a_p_norm() -> None:
    with pytest.raises(LatexError):
        parse_latex(r"\|x\|_A")
