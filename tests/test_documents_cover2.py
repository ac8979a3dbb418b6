r"""Backprop notes with a loss they never define, over matrices they name with digit labels.

"Assume a trailing scalar output L. Let $Y_1 = W X_1$ …; then $\partial L/\partial X_1 = W^T
\partial L/\partial Y_1$" is a chain-rule claim for *every* L: it is read with L an arbitrary smooth
function of the named intermediate (documents.generic). ``X_1``, ``Y_1`` are whole matrices of their
own (annotated ``X_1 \in \mathbb{R}^{m \times n}``, defined ``Y_1 = W X_1``), not entries of ``X``.
Each reading is tested both ways: the written step is PROVED, a planted mistake (missing transpose,
dropped factor, sign flip, swapped order) is FAILED.
"""

from __future__ import annotations

import textwrap

import pytest

from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)


@pytest.fixture(autouse=True)
def _all_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    """A FAILED needs every other reading tried: on a busy machine the wall-clock budget would cut them."""
    monkeypatch.setattr("verifier.documents.doubts.READINGS_SECONDS", 120.0)

LABELLED = r"""
Assume a trailing scalar output $L$. Let $Y_1 = WX_1$ and $Y_2 = X_2W$, where $W \in \mathbb{R}^{n \times {w}}$
and $X_1,X_2 \in \mathbb{R}^{{w} \times n}$.{extra}

$$ {claim} $$
"""


def _verdict(text: str) -> tuple[str, str]:
    steps = [s for c in check_text(textwrap.dedent(text), "t.md", FAST).chains for s in c.result.steps]
    return steps[-1].verdict.value, steps[-1].message or ""


def _labelled(claim: str, w: str = "m", extra: str = "") -> tuple[str, str]:
    return _verdict(LABELLED.replace("{claim}", claim).replace("{w}", w).replace("{extra}", extra))


def test_a_loss_of_a_labelled_intermediate_is_read_for_every_loss() -> None:
    verdict, message = _labelled(r"\frac{\partial L}{\partial X_1} = W^T \frac{\partial L}{\partial Y_1}")
    assert verdict == "PROVED", message
    assert "L: an arbitrary smooth function of Y_1" in message
    verdict, message = _labelled(r"\frac{\partial L}{\partial X_2} = \frac{\partial L}{\partial Y_2} W^T")
    assert verdict == "PROVED", message


@pytest.mark.slow(2)
def test_planted_mistakes_in_a_labelled_backprop_step_are_failed() -> None:
    for wrong in (
        r"\frac{\partial L}{\partial X_1} = 2 W^T \frac{\partial L}{\partial Y_1}",  # a factor 2
        r"\frac{\partial L}{\partial X_1} = W^T \left(\frac{\partial L}{\partial Y_1}\right)^T",  # a transpose
        r"\frac{\partial L}{\partial X_2} = -\frac{\partial L}{\partial Y_2} W^T",  # a sign flip
    ):
        verdict, message = _labelled(wrong)
        assert verdict == "FAILED", (wrong, message)


@pytest.mark.slow(4)
def test_the_written_place_of_a_loss_derivative_in_a_product_is_kept() -> None:
    """Square matrices: W ∂L/∂Y_1 and ∂L/∂Y_1 W^T both fit, only W^T ∂L/∂Y_1 is right. The derivative
    of the undefined L was a commuting factor whose place in the product was lost (SKIPPED 'ambiguous')."""
    verdict, message = _labelled(r"\frac{\partial L}{\partial X_1} = W^T \frac{\partial L}{\partial Y_1}", w="n")
    assert verdict == "PROVED", message
    for wrong in (
        r"\frac{\partial L}{\partial X_1} = W \frac{\partial L}{\partial Y_1}",
        r"\frac{\partial L}{\partial X_1} = \frac{\partial L}{\partial Y_1} W^T",
        r"\frac{\partial L}{\partial X_2} = W^T \frac{\partial L}{\partial Y_2}",
    ):
        verdict, message = _labelled(wrong, w="n")
        assert verdict == "FAILED", (wrong, message)


def test_an_annotated_labelled_matrix_is_no_entry_of_the_matrix_of_its_letter() -> None:
    """X_1 ∈ R^{m×n} beside X ∈ R^{n×m}: X_1 is a matrix of its own (it was 'X is a 3×2 matrix; one
    index is not enough')."""
    extra = r" Later, $X \in \mathbb{R}^{n \times m}$."
    verdict, message = _labelled(r"\frac{\partial L}{\partial X_1} = W^T \frac{\partial L}{\partial Y_1}", extra=extra)
    assert verdict == "PROVED", message
    wrong = r"\frac{\partial L}{\partial X_1} = 2 W^T \frac{\partial L}{\partial Y_1}"
    verdict, message = _labelled(wrong, extra=extra)
    assert verdict == "FAILED", message


def test_a_name_on_one_side_reached_through_the_loss_is_not_a_doubt() -> None:
    """∂L/∂X = 2 Wᵀ ∂L/∂Y with L a function of Y = W X: W is reached by the left side through L, so a
    wrong factor is FAILED (it was SKIPPED 'W appear(s) on one side only')."""
    text = r"""
    Let $Y = WX$, where $W \in \mathbb{R}^{n \times m}$ and $X \in \mathbb{R}^{m \times n}$.

    $$ {claim} $$
    """
    good = r"\frac{\partial L}{\partial X} = W^T \frac{\partial L}{\partial Y}"
    assert _verdict(text.replace("{claim}", good))[0] == "PROVED"
    bad = r"\frac{\partial L}{\partial X} = 2 W^T \frac{\partial L}{\partial Y}"
    verdict, message = _verdict(text.replace("{claim}", bad))
    assert verdict == "FAILED", message


def test_an_example_with_labelled_matrices_does_not_leak_into_the_next() -> None:
    """Z = Y_1 + Y_2 with Y_1 = W X_1 does not depend on X: a later ∂L/∂X through y_1 = X 1_m is read
    with L a function of y_1 alone (it was 'read as a function of y_1, Z …')."""
    text = r"""
    Let $Y_1 = WX_1$, $Y_2 = X_2W$, and $Z = Y_1 + Y_2$, where $W \in \mathbb{R}^{n \times n}$ and
    $X_1,X_2 \in \mathbb{R}^{n \times n}$.

    Assume $X \in \mathbb{R}^{n \times m}$ and let $y_1 = X\bold{1_m}$.

    $$ {claim} $$
    """
    good = r"\frac{\partial L}{\partial X} = \frac{\partial L}{\partial y_1}\bold{1_m}^T"
    verdict, message = _verdict(text.replace("{claim}", good))
    assert verdict == "PROVED", message
    bad = r"\frac{\partial L}{\partial X} = -\frac{\partial L}{\partial y_1}\bold{1_m}^T"
    verdict, message = _verdict(text.replace("{claim}", bad))
    assert verdict == "FAILED", message


def test_a_loss_downstream_of_a_sum_that_cannot_be_formed_is_read_of_the_intermediate() -> None:
    """Z = Y_1 + Y_2 with Y_1 n×n and Y_2 m×m fits only when n = m: L read as a function of Z cannot be
    formed at the sizes checked, so it is read as a function of Y_1 (reported); a wrong factor still fails."""
    extra = r" Let $Z = Y_1 + Y_2$."
    verdict, message = _labelled(r"\frac{\partial L}{\partial X_1} = W^T \frac{\partial L}{\partial Y_1}", extra=extra)
    assert verdict == "PROVED", message
    assert "L read as a function of Y_1 alone" in message
    wrong = r"\frac{\partial L}{\partial X_2} = -\frac{\partial L}{\partial Y_2} W^T"
    verdict, message = _labelled(wrong, extra=extra)
    assert verdict == "FAILED", message


def test_a_vector_annotated_in_bold_is_the_plain_letter_too() -> None:
    r"""``$\bold{x} \in \mathbb{R}^{n \times 1}$`` annotates x (it was read as a scalar)."""
    text = r"""
    Assume $\bold{x} \in \mathbb{R}^{n \times 1}$, $X \in \mathbb{R}^{n \times m}$,
    and let $y_2 = \bold{x}\bold{1_m}^T$.

    $$ {claim} $$
    """
    good = r"\frac{\partial L}{\partial x} = \frac{\partial L}{\partial y_2} \bold{1_m}"
    verdict, message = _verdict(text.replace("{claim}", good))
    assert verdict == "PROVED", message
    assert "x: a n×1 matrix (annotated" in message
    bad = r"\frac{\partial L}{\partial x} = 2\frac{\partial L}{\partial y_2} \bold{1_m}"
    verdict, message = _verdict(text.replace("{claim}", bad))
    assert verdict == "FAILED", message


def test_a_derivative_by_a_transposed_matrix_is_the_transpose_of_the_gradient() -> None:
    r"""``\frac{\partial L}{\partial X_2^T}`` (was 'derivative with respect to the expression transpose(X[2])
    is not supported'): the gradient by the entries of X_2ᵀ, laid out as X_2ᵀ."""
    claim = r"\frac{\partial L}{\partial X_2^T} = W \left(\frac{\partial L}{\partial Y_2}\right)^T"
    verdict, message = _labelled(claim)
    assert verdict in ("PROVED", "PASSED"), message
    for wrong in (
        r"\frac{\partial L}{\partial X_2^T} = W \frac{\partial L}{\partial Y_2}",  # a transpose dropped
        r"\frac{\partial L}{\partial X_2^T} = -W \left(\frac{\partial L}{\partial Y_2}\right)^T",  # a sign
    ):
        verdict, message = _labelled(wrong)
        assert verdict == "FAILED", (wrong, message)


def test_a_derivative_by_a_transposed_vector_fixes_the_layout() -> None:
    r"""``\frac{\partial}{\partial x^\top}``: the row gradient of a scalar, the Jacobian ∂f_i/∂x_j of a vector
    (the textbook meaning, whatever the layout): Aᵀ for ∂(Ax)/∂xᵀ is never green."""
    text = r"""
    Let $x \in \mathbb{R}^n$ and $A \in \mathbb{R}^{n \times n}$.

    $$ {claim} $$
    """
    for good in (
        r"\frac{\partial}{\partial x^T} (x^T A x) = x^T (A + A^T)",
        r"\frac{\partial}{\partial x^T} (A x) = A",
    ):
        verdict, message = _verdict(text.replace("{claim}", good))
        assert verdict == "PROVED", (good, message)
    verdict, message = _verdict(text.replace("{claim}", r"\frac{\partial}{\partial x^T} (x^T A x) = 2 x^T A"))
    assert verdict == "FAILED", message
    verdict, message = _verdict(text.replace("{claim}", r"\frac{\partial}{\partial x^T} (A x) = A^T"))
    assert verdict not in ("PROVED", "PASSED"), message
