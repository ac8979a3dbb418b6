r"""A vector or matrix the notes state at a large size (MNIST's ``x \in \mathbb{R}^{784}``) (gaps20).

``\nabla_x \|x\|^2 = 2x`` with x stated in R^784 was an ERROR (MemoryError in the numeric stage): the step was
built at 784 entries. A step that writes no number of that size reads the same at every size: it is checked
at a small size in its place, and the reading says so. A step that writes such a number keeps the stated
size and, where that is too large, is SKIPPED with the reason: never an ERROR."""

from __future__ import annotations

import time

import pytest
from support import doc_steps

from verifier.results import Verdict


def _note(annotation: str, display: str) -> str:
    return f"# A\n\nLet {annotation}.\n\n$${display}$$\n"


@pytest.mark.parametrize("annotation", [
    r"$x \in \mathbb{R}^{784}$",
    r"$x \in \mathbb{R}^{10000}$",
    r"$x \in \mathbb{R}^{10^4}$",
    r"$x \in \mathbb{R}^{10^{6}}$",
    r"$x \in \mathbb{R}^{1000000}$",
])
def test_a_size_generic_step_at_a_large_stated_size_is_checked_small(annotation: str) -> None:
    started = time.monotonic()
    right, wrong = doc_steps(_note(annotation, r"\nabla_x \|x\|^2 = 2x") + r"$$\nabla_x \|x\|^2 = 3x$$" + "\n")
    assert right.verdict is Verdict.PROVED, right.message
    assert wrong.verdict is Verdict.FAILED, wrong.message
    assert "as stated" in (right.message or ""), right.message
    assert time.monotonic() - started < 60


def test_a_large_stated_matrix_keeps_its_shape_at_the_small_size() -> None:
    text = (r"# A" "\n\n" r"Let $x \in \mathbb{R}^{784}$ and $W \in \mathbb{R}^{512 \times 784}$." "\n\n"
            r"$$\nabla_x \frac12\|Wx\|^2 = W^\top W x$$" "\n\n"
            r"$$\nabla_x \frac12\|Wx\|^2 = W W^\top x$$" "\n\n"
            r"$$\|x\|^2 = x^\top x$$" "\n")
    right, clash, norm = doc_steps(text)
    assert right.verdict is Verdict.PROVED, right.message
    assert clash.verdict is not Verdict.PROVED and clash.verdict is not Verdict.PASSED, clash.message
    assert clash.verdict is not Verdict.ERROR, clash.message
    assert norm.verdict is Verdict.PROVED, norm.message


def test_a_batch_of_sixty_thousand_samples() -> None:
    text = _note(r"$X \in \mathbb{R}^{60000 \times 784}$ and $w \in \mathbb{R}^{784}$",
                 r"\nabla_w \frac12\|Xw\|^2 = X^\top X w")
    (step,) = doc_steps(text)
    assert step.verdict is Verdict.PROVED, step.message


def test_a_step_that_writes_the_size_is_never_an_error() -> None:
    text = _note(r"$x \in \mathbb{R}^{784}$", r"\nabla_x \frac{1}{784}\|x\|^2 = \frac{2}{784} x")
    (step,) = doc_steps(text)
    assert step.verdict in (Verdict.PROVED, Verdict.PASSED, Verdict.SKIPPED), step.message
    if step.verdict is Verdict.SKIPPED:
        assert "784" in (step.message or ""), step.message


def test_a_small_stated_size_is_not_replaced() -> None:
    text = _note(r"$x \in \mathbb{R}^{3}$", r"\sum_{i=1}^{3} x_i^2 = \|x\|^2")
    (step,) = doc_steps(text)
    assert step.verdict is Verdict.PROVED, step.message
    assert "as stated" not in (step.message or "")


@pytest.mark.parametrize(("size", "sign", "green"), [
    (1001, "", False), (1001, "-", True), (1000, "", True), (1000, "-", False)])
def test_the_small_size_keeps_the_stated_sizes_parity(size: int, sign: str, green: bool) -> None:
    # review32a: det(-A) = det(A) for A in R^{1001×1001} was PROVED, checked at an even size only
    steps = doc_steps(_note(f"$A \\in \\mathbb{{R}}^{{{size} \\times {size}}}$", f"\\det(-A) = {sign}\\det(A)"))
    assert steps and (steps[-1].verdict in (Verdict.PROVED, Verdict.PASSED)) is green, steps[-1].message
