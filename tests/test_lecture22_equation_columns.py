r"""Two equations side by side in one row of an ``align`` are two equations (latex.envargs, lecture22).

``align``, ``flalign``, ``alignat`` and ``aligned`` set their columns in pairs: the first ``&`` of a pair
aligns the relation, the next one starts the next equation (``\partial_x f &= 2x & \partial_y f &= 2y``).
Every ``&`` was read as a plain space, so the two equations were glued into one chain
(``\partial_x f = 2x \partial_y f = 2y``) and a correct row was FAILED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.latex.chains import count_equals

_NOTES = "\\documentclass{{article}}\n\\begin{{document}}\n{display}\n\\end{{document}}\n"

_ROW = r"\frac{{d}}{{dx}} x^3 &= {rhs} & \frac{{d}}{{dx}} x^2 &= 2x"
_DISPLAYS = [
    "\\begin{{align}}\n" + _ROW + "\n\\end{{align}}",
    "\\begin{{align*}}\n" + _ROW + " \\\\\n\\frac{{d}}{{dx}} x &= 1 & 1 &= 1\n\\end{{align*}}",
    "\\begin{{alignat}}{{2}}\n" + _ROW + "\n\\end{{alignat}}",
    "\\begin{{flalign}}\n" + _ROW + " &&\n\\end{{flalign}}",
    "\\[\n\\begin{{aligned}}\n" + _ROW + "\n\\end{{aligned}}\n\\]",
]


def _verdicts(display: str, rhs: str) -> list[str]:
    text = _NOTES.format(display=display.format(rhs=rhs))
    return [s.verdict.value for ch in check_text(text, "notes.tex").chains for s in ch.result.steps]


@pytest.mark.parametrize("display", _DISPLAYS)
def test_each_equation_of_the_row_is_checked(display: str) -> None:
    assert _verdicts(display, "3x^2")[:2] == ["PROVED", "PROVED"]
    assert _verdicts(display, "2x^2")[:2] == ["FAILED", "PROVED"]


def test_a_continued_row_is_one_chain() -> None:
    display = "\\begin{{align}}\n\\frac{{d}}{{dx}} x^3 &= 3x^2 \\\\\n&= 3 x x\n\\end{{align}}"
    assert _verdicts(display, "") == ["PROVED", "PROVED"]


def test_a_comment_column_is_no_equation() -> None:
    display = "\\begin{{align}}\n\\frac{{d}}{{dx}} x^3 &= 3x^2 && \\text{{(power rule)}}\n\\end{{align}}"
    assert _verdicts(display, "") == ["PROVED"]


def test_a_second_relation_column_goes_on_with_the_chain() -> None:
    assert count_equals("\\begin{align}\na &= b &= c\n\\end{align}") == 2


def test_eqnarray_columns_in_an_align_go_on_with_the_chain() -> None:
    display = "\\begin{{align*}}\n\\frac{{d}}{{dx}} x^3 &=& 3x^2 \\\\\n&=& 3 x x\n\\end{{align*}}"
    assert _verdicts(display, "") == ["PROVED", "PROVED"]
