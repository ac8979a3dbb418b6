r"""A sample ``x_i`` inside ``\max(0, 1 - y_i w^\top x_i)`` or ``\mathbb{1}[y_i w^\top x_i < 1]`` (shapes70, item 1).

The SVM's gradient ``\nabla_w J(w) = w - C\sum_i y_i x_i \mathbb{1}[y_i w^\top x_i < 1]`` was SKIPPED "a row and a
column in one sum" (x_i read as an entry of x) and, read with x_i a sample (documents.plainsamples) or written bold
or superscripted, "the order of the factors of this product is ambiguous": a comparison is parsed with commuting
symbols, so ``w^\top x_i`` could be ``x_i w^\top``. documents.comparedproducts reads a row and a column compared
with a number as the inner product; a failure under the sample reading refutes a step whose literal reading only
added a row and a column. The right gradient is green, its sign slip, its dropped label and its dropped C FAILED."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.comparedproducts import compared_terms, scalar_outcomes
from verifier.results import Verdict

SVM = r"""
# Soft-margin SVM

With labels $y_i \in \{-1, +1\}$ and samples SAMPLE, the primal objective is

$$J(w) = \frac{1}{2}\|w\|^2 + C\sum_{i=1}^n \max(0, 1 - y_i w^\top SAMPLE).$$

Where J is differentiable its gradient is

$$\nabla_w J(w) = GRADIENT.$$
"""

RIGHT = r"w - C\sum_{i=1}^n y_i SAMPLE \mathbb{1}[y_i w^\top SAMPLE < 1]"


def _last(gradient: str, sample: str = "x_i") -> Verdict:
    return doc_steps(SVM.replace("GRADIENT", gradient).replace("SAMPLE", sample))[-1].verdict


def test_the_svm_gradient_with_plain_samples_is_green() -> None:
    assert _last(RIGHT) in (Verdict.PROVED, Verdict.PASSED)  # SKIPPED on the base: a row and a column in one sum


def test_the_svm_gradient_with_bold_samples_is_green() -> None:
    assert _last(RIGHT, r"\mathbf{x}_i") in (Verdict.PROVED, Verdict.PASSED)  # SKIPPED on the base: ambiguous order


def test_the_svm_gradient_with_superscripted_samples_is_green() -> None:
    assert _last(RIGHT, "x^{(i)}") in (Verdict.PROVED, Verdict.PASSED)  # SKIPPED on the base: ambiguous order


def test_the_sign_slip_is_failed() -> None:
    assert _last(RIGHT.replace("w - C", "w + C")) is Verdict.FAILED  # SKIPPED on the base


def test_the_dropped_label_is_failed() -> None:
    assert _last(RIGHT.replace("y_i SAMPLE \\mathbb", "SAMPLE \\mathbb")) is Verdict.FAILED  # SKIPPED on the base


def test_the_dropped_weight_is_failed_with_bold_samples() -> None:
    assert _last(RIGHT.replace("w - C", "w - "), r"\mathbf{x}_i") is Verdict.FAILED  # SKIPPED on the base


def test_only_the_terms_of_a_compared_side_are_compared() -> None:
    w, x, y, a = sp.symbols("w x y a")
    inner = sp.Mul(y, w, x, evaluate=False)
    terms = compared_terms([1 - inner])
    assert inner in terms or -inner in terms
    assert not compared_terms([sp.exp(w * x)])  # inside a call: not a term of the comparison
    assert not compared_terms([a])


def test_only_number_outcomes_are_kept() -> None:
    row_col = sp.ImmutableMatrix([[2]])
    outer = sp.ImmutableMatrix([[1, 2], [3, 4]])
    assert scalar_outcomes([row_col, outer]) == [row_col]
    assert scalar_outcomes([outer]) == []
    assert scalar_outcomes([sp.Integer(3), outer]) == [sp.Integer(3)]
