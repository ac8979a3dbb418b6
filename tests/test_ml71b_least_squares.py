r"""A least-squares gradient with a missing transpose, scaled by a count (``\frac{1}{n} X(Xw - y)``), ``X`` annotated
n×d: FAILED under the reading n = d, as the unscaled one already was (documents.shapes: a lowercase name divided by
is a number, so the product ``\frac{1}{n} X (Xw - y)`` conforms as ``X (Xw - y)`` does). Before, the open ``n`` of
``\frac{1}{n}`` left the product's shape unknown, X kept n×d, and the step was SKIPPED "the shapes … do not fit". The
right ``X^\top`` forms stay PROVED. Every note is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = "# Least squares\n\nLet $X \\in \\mathbb{R}^{n \\times d}$ and $y \\in \\mathbb{R}^n$.\n\n$$\nSTEP\n$$\n"
_TEX = ("\\section{Least squares}\nLet $X \\in \\mathbb{R}^{m \\times d}$ hold the samples as rows.\n"
        "\\begin{equation}\nSTEP\n\\end{equation}\n")


@pytest.mark.parametrize("step", [
    r"\nabla_w \frac{1}{2n}\|Xw - y\|_2^2 = \frac{1}{n} X(Xw - y)",
    r"\nabla_w \frac{1}{2}\|Xw - y\|^2 = \frac{1}{n} X(Xw - y)",
    r"\nabla_w \frac{\lambda}{2}\|w\|^2 + \frac{1}{2n}\|Xw - y\|^2 = \lambda w + \frac{1}{n} X (Xw - y)",
])
def test_a_missing_transpose_scaled_by_a_count_is_failed(step: str) -> None:
    verdicts = verdicts_by_line(_NOTE.replace("STEP", step))
    assert verdicts[6] == ["FAILED"], verdicts


def test_in_latex_too() -> None:
    step = r"\nabla_w \frac{1}{2m}\lVert Xw - y \rVert^2 = \frac{1}{m} X (Xw - y)"
    verdicts = verdicts_by_line(_TEX.replace("STEP", step), "notes.tex")
    assert verdicts[4] == ["FAILED"], verdicts


@pytest.mark.parametrize("step", [
    r"\nabla_w \frac{1}{2n}\|Xw - y\|_2^2 = \frac{1}{n} X^\top(Xw - y)",
    r"\nabla_w \frac{1}{2n}\|Xw - y\|^2 = \frac{1}{n} X^\top X w - \frac{1}{n} X^\top y",
    r"\nabla_w \frac{1}{2n}\|Xw - y\|^2 = \frac{1}{n}(X^\top X w - X^\top y)",
])
def test_the_right_gradient_stays_proved(step: str) -> None:
    verdicts = verdicts_by_line(_NOTE.replace("STEP", step))
    assert verdicts[6] == ["PROVED"], verdicts


def test_a_step_right_only_for_a_square_x_is_not_failed() -> None:
    step = r"\frac{1}{n} X(Xw - y) = \frac{1}{n} X X w - \frac{1}{n} X y"
    verdicts = verdicts_by_line(_NOTE.replace("STEP", step))
    assert "FAILED" not in verdicts[6], verdicts
