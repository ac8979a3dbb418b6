r"""A vector of ones whose length the notes state (documents.oneslength).

A batched layer spreads its bias with an outer product, ``Z = VA + c\mathbf 1^\top`` (samples as columns)
or ``Z = AV + \mathbf 1 c^\top`` (samples as rows). The neighbours of such a ``\mathbf 1`` do not size it;
the prose does ("$\mathbf 1 \in \mathbb{R}^m$"). Columns: the ones were given c's length, so a correct
gradient was FAILED ("terms of shapes 3×3, 3×5 cannot be combined"). Rows: SKIPPED ("a vector of ones
whose length cannot be inferred"). A wrong gradient (the 1/m dropped, a transpose missing) is FAILED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.oneslength import declared_ones_length
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

_COLUMNS = (
    "The data $A$ is $p \\times m$, one sample per column; $V \\in \\mathbb{R}^{q \\times p}$, "
    "$c \\in \\mathbb{R}^q$, targets $T \\in \\mathbb{R}^{q \\times m}$ and $\\mathbf 1 \\in \\mathbb{R}^m$.\n\n"
    "$$Z = VA + c\\,\\mathbf 1^\\top, \\qquad L = \\frac{1}{2m}\\|Z - T\\|_F^2$$\n\n"
    "$${claim}$$\n"
)
_ROWS = (
    "Samples are the rows of $A \\in \\mathbb{R}^{m \\times p}$; $V \\in \\mathbb{R}^{p \\times q}$, "
    "$c \\in \\mathbb{R}^q$, $T \\in \\mathbb{R}^{m \\times q}$, and $\\mathbf 1$ is the vector of ones "
    "of length $m$.\n\n"
    "$$Z = AV + \\mathbf 1 c^\\top, \\qquad L = \\frac12\\|Z - T\\|_F^2$$\n\n"
    "$${claim}$$\n"
)


def _last(notes: str, claim: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(notes.replace("{claim}", claim), "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


@pytest.mark.parametrize("claim", [
    "\\frac{\\partial L}{\\partial Z} = \\frac1m(Z - T)",
    "\\frac{\\partial L}{\\partial c} = \\frac1m(VA + c\\,\\mathbf 1^\\top - T)\\mathbf 1",
])
def test_columns_a_correct_gradient_is_green(claim: str) -> None:
    verdict, message = _last(_COLUMNS, claim)
    assert verdict in GREEN, message


@pytest.mark.parametrize("claim", [
    "\\frac{\\partial L}{\\partial Z} = Z - T",
    "\\frac{\\partial L}{\\partial c} = (VA + c\\,\\mathbf 1^\\top - T)\\mathbf 1",
])
def test_columns_a_dropped_one_over_m_is_failed(claim: str) -> None:
    verdict, message = _last(_COLUMNS, claim)
    assert verdict is Verdict.FAILED, message


def test_rows_a_correct_bias_gradient_is_green() -> None:
    verdict, message = _last(_ROWS, "\\frac{\\partial L}{\\partial c} = (AV + \\mathbf 1 c^\\top - T)^\\top \\mathbf 1")
    assert verdict in GREEN, message


def test_rows_a_wrong_bias_gradient_is_failed() -> None:
    claim = "\\frac{\\partial L}{\\partial c} = (AV + \\mathbf 1 c^\\top - T)^\\top \\mathbf 1 + c"
    verdict, message = _last(_ROWS, claim)
    assert verdict is Verdict.FAILED, message


@pytest.mark.parametrize(("text", "letter"), [
    ("$\\mathbf 1 \\in \\mathbb{R}^n$ is the all-ones vector", "n"),
    ("and $\\mathbf{1}_m \\in \\mathbb R^{m}$", "m"),
    ("$\\mathbf 1$ the vector of ones of length $k$", "k"),
    ("$\\mathbf 1 \\in \\mathbb{R}^n$ here and $\\mathbf 1 \\in \\mathbb{R}^k$ there", None),
    ("the ones vector $\\mathbf 1$", None),
])
def test_the_stated_length_is_read(text: str, letter: str | None) -> None:
    assert declared_ones_length(text) == letter
