"""Red team on the alternative readings of ``verify doc``: each reading that may turn a failing step
green (scalars for undeclared vectors, the row reading, direct partials, one-hot labels) is a place
where a real student mistake could hide. Each mistake here is one students make in ML derivations;
each right twin, in a common notation, must stay green (or at least never FAILED)."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.engine import StepResult, Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def _last(text: str) -> StepResult:
    return doc_steps(text)[-1]


@pytest.mark.parametrize(
    "display",
    [
        r"\nabla_x \|Ax - b\|^2 = 2A(Ax - b)",  # a missing transpose
        r"\frac{\partial}{\partial w} \frac{1}{2}\|Xw - y\|^2 = X(Xw - y)",
    ],
)
def test_a_norm_is_evidence_of_vectors(display: str) -> None:
    """‖Ax − b‖ says b (then Ax) is a vector: reading A, x, b as scalars ("no other evidence") made a
    missing transpose PROVED."""
    step = _last(f"### Least squares\n\n$${display}$$\n")
    assert step.verdict not in GREEN, step.message


def test_the_right_least_squares_gradient_stays_proved() -> None:
    step = _last("### Least squares\n\n$$\\frac{\\partial}{\\partial w} \\frac{1}{2}\\|Xw - y\\|^2 = X^T(Xw - y)$$\n")
    assert step.verdict in GREEN, step.message


def test_a_matrix_inside_a_trace_is_never_read_as_a_scalar() -> None:
    """tr(X) says X is a matrix: the scalars reading made ∂tr(AXB)/∂X = AB (no layout gives AB) PROVED."""
    step = _last("### Trace\n\n$$\\frac{\\partial}{\\partial X}\\operatorname{tr}(A X B) = A B$$\n")
    assert step.verdict not in GREEN, step.message


def test_the_right_trace_derivative_stays_proved() -> None:
    step = _last("### Trace\n\n$$\\frac{\\partial}{\\partial X}\\operatorname{tr}(A X B) = A^T B^T$$\n")
    assert step.verdict in GREEN, step.message


@pytest.mark.parametrize("display", [r"u^T v = v u^T", r"a^T b = b a^T"])
def test_the_row_reading_keeps_vectors_vectors(display: str) -> None:
    """As rows, v had "no other evidence" and became a scalar: an inner product equal to an outer
    product (a real mistake, and a shape clash as columns) was PROVED "read with vectors as rows"."""
    step = _last(f"### Products\n\n$${display}$$\n")
    assert step.verdict not in GREEN, step.message


def test_the_row_reading_still_reads_a_row_vector_list() -> None:
    step = _last("### Labels\n\nThe labels $y = (y_1, \\dots, y_k)$ in a row.\n\n$$y = (y_1, \\dots, y_k)$$\n")
    assert step.verdict is not Verdict.FAILED, step.message


_CENTRED = "### Normalisation\n\n$\\mu = \\frac{1}{m}\\sum_i x_i$, $\\hat{x}_i = x_i - \\mu$.\n\n"


def test_holding_the_mean_fixed_does_not_hide_a_dropped_path() -> None:
    """∂(x_i − μ)/∂x_j = δ_ij drops the path through the mean (batch-norm's classic slip); the
    direct-partials reading (μ held fixed) made it PROVED though the notes never take that path."""
    step = _last(_CENTRED + "$$\\frac{\\partial \\hat{x}_i}{\\partial x_j} = \\delta_{ij}$$\n")
    assert step.verdict not in GREEN, step.message
    assert "mu held fixed" in step.message  # the reading at fault is named


def test_the_local_derivative_stays_green_where_the_notes_take_the_path() -> None:
    """Backprop notes write the local derivative (μ held fixed) and add the path through μ themselves."""
    steps = doc_steps(
        _CENTRED
        + "The local derivative, $\\mu$ held fixed:\n\n"
        + "$$\\frac{\\partial \\hat{x}_i}{\\partial x_j} = \\delta_{ij}$$\n\n"
        + "and the path through the mean:\n\n$$\\frac{\\partial \\mu}{\\partial x_j} = \\frac{1}{m}$$\n"
    )
    assert steps[0].verdict in GREEN, steps[0].message


def test_labels_the_notes_call_probabilities_are_not_read_one_hot() -> None:
    """Σ y_i² = Σ y_i holds for one-hot y only: with "targets y are probabilities" it was PASSED
    "read with the labels y/t one-hot"."""
    step = _last("### Soft labels\n\nTargets $y$ are probabilities.\n\n$$\\sum_i y_i^2 = \\sum_i y_i$$\n")
    assert step.verdict not in GREEN, step.message


def test_soft_labels_still_sum_to_one() -> None:
    """The gradient p − y of cross-entropy after softmax needs only Σ y = 1: soft labels keep it green."""
    step = _last(
        "### Label smoothing\n\nWith label smoothing the target $y$ is a probability vector. "
        "Loss $L = -\\sum_k y_k \\log p_k$ with $p_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}$.\n\n"
        "$$\\frac{\\partial L}{\\partial z_j} = p_j - y_j$$\n"
    )
    assert step.verdict in GREEN, step.message
    assert "probability vectors" in step.message


def test_a_dropped_sum_is_not_read_as_einstein_where_the_notes_write_their_sums() -> None:
    """L = (1/N) Σ_n …, then ∂L/∂w with the Σ over n dropped: PROVED "read with Einstein summation
    over n", though these notes write their sums and name no convention."""
    step = _last(
        "### Mean squared error\n\n$L = \\frac{1}{N}\\sum_{n=1}^N (y_n - w x_n)^2$.\n\n"
        "$$\\frac{\\partial L}{\\partial w} = -\\frac{2}{N}(y_n - w x_n) x_n$$\n"
    )
    assert step.verdict not in GREEN, step.message


def test_notes_that_name_the_convention_keep_their_implied_sums() -> None:
    step = _last(
        "### Index notation\n\nRepeated indices are summed (Einstein).\n"
        "$L = \\frac{1}{N}\\sum_{n=1}^N (y_n - w x_n)^2$.\n\n"
        "$$\\frac{\\partial L}{\\partial w} = -\\frac{2}{N}(y_n - w x_n) x_n$$\n"
    )
    assert step.verdict in GREEN, step.message


def test_a_log_over_the_whole_product_of_probabilities_stays_green() -> None:
    """log θ^a (1 − θ)^b = a log θ + b log(1 − θ) needs two readings at once (\\log over the whole
    product, θ in (0, 1)); the literal failure comes from the log's scope, not from θ's sign, so the
    restriction is no hidden branch (it was SKIPPED "holds only when read with … in (0, 1)")."""
    step = _last(
        "### Likelihood\n\n"
        "$$\\log \\theta^{117} \\left(1 - \\theta\\right)^{283} = "
        "117 \\log \\theta + 283 \\log \\left(1 - \\theta\\right)$$\n"
    )
    assert step.verdict in GREEN, step.message


def test_a_wrong_exponent_under_the_same_readings_is_not_green() -> None:
    step = _last(
        "### Likelihood\n\n"
        "$$\\log \\theta^{117} \\left(1 - \\theta\\right)^{283} = "
        "117 \\log \\theta + 117 \\log \\left(1 - \\theta\\right)$$\n"
    )
    assert step.verdict not in GREEN, step.message
