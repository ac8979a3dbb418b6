r"""``\\[4pt]`` between the rows of a ``cases`` or matrix environment is row spacing, not a factor (fresh46).

LaTeX notes space the rows of a piecewise definition with ``\\[6pt]`` (and of a matrix with ``\\[2pt]``).
documents/chains dropped the spacing between the rows of an ``align``, but inside one member the tokenizer
emitted the row separator and read ``[4pt]`` as the start of the next row: ``4 p t`` multiplied its value,
so a piecewise definition was read wrong (``3 p t (1 - z)^2`` for ``\dfrac{(1 - z)^2}{2}``). Every example is
written here."""

from __future__ import annotations

import sympy as sp
from support import verdicts_by_line

from verifier.latex import parse_latex

z = sp.Symbol("z")


def test_spacing_after_a_cases_row_separator_is_no_factor() -> None:
    tree = parse_latex(r"\begin{cases} z^2, & z < 0 \\[4pt] 3z, & z \ge 0 \end{cases}")
    assert tree == sp.Piecewise((z**2, z < 0), (3 * z, True))


def test_spacing_in_a_matrix_and_a_starred_separator() -> None:
    assert parse_latex(r"\begin{bmatrix} 1 \\[2pt] 2 \end{bmatrix}") == sp.Matrix([[1], [2]])
    assert parse_latex(r"\begin{bmatrix} 1 \\*[0.5em] 2 \end{bmatrix}") == sp.Matrix([[1], [2]])


def test_a_value_of_a_spaced_piecewise_definition_is_checked() -> None:
    note = """# A piecewise loss

$$f(z) = \\begin{cases} z^2, & z < 0, \\\\[6pt] \\dfrac{z}{2}, & z \\ge 0 . \\end{cases}$$

At two, $f(2) = 1$, and at minus two, $f(-2) = 4$.
"""
    assert verdicts_by_line(note)[5] == ["PROVED", "PROVED"]
    assert "FAILED" in verdicts_by_line(note.replace("$f(2) = 1$", "$f(2) = 2$"))[5]
