r"""``\Gamma`` beside a vector is a matrix: Tikhonov regularisation's ``\lambda\lVert\Gamma w\rVert^2`` (fresh35).

Γ was left out of the capital Greek letters read as matrices (documents.greekcapitals) because ``\Gamma(x)`` is the
gamma function; but the tokenizer already reads Γ directly before a bracket as that function, and the generalised
ridge objective names its penalty matrix Γ. Read as a vector, ``\lVert\Gamma w\rVert^2`` and ``w^\top \Gamma^\top
\Gamma w`` meant different things and the correct gradient of a defined objective FAILED. Γ beside a vector or a
matrix is now a matrix as Σ and Λ are; ``\Gamma(3) = 2`` stays the gamma function."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Tikhonov

The objective is
$$J(\mathbf{w}) = \lVert X\mathbf{w} - \mathbf{y} \rVert^2 + \lambda \lVert \Gamma\mathbf{w} \rVert^2 .$$

$$\nabla_{\mathbf{w}} J = \nabla_{\mathbf{w}}\big[(X\mathbf{w} - \mathbf{y})^\top (X\mathbf{w} - \mathbf{y})
+ \lambda\, \mathbf{w}^\top \Gamma^\top \Gamma \mathbf{w}\big] = 2X^\top(X\mathbf{w} - \mathbf{y}) + RIGHT$$

The gamma function: $$\Gamma(3) = 2$$
"""


def test_the_penalty_matrix_gradient_is_proved() -> None:
    lines = verdicts_by_line(_NOTE.replace("RIGHT", r"2\lambda\,\Gamma^\top\Gamma\,\mathbf{w}"))
    assert lines[6] == ["PROVED"] and lines[7] == ["PROVED"], lines
    assert lines[9] == ["PROVED"], lines


def test_a_missing_transpose_on_gamma_fails() -> None:
    lines = verdicts_by_line(_NOTE.replace("RIGHT", r"2\lambda\,\Gamma\Gamma^\top\,\mathbf{w}"))
    assert lines[7][-1] == "FAILED", lines
