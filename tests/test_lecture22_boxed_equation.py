r"""A whole equation framed or coloured — ``\boxed{a = b}``, ``\textcolor{red}{a = b}``, ``{\color{blue} a = b}``
— is read as that equation (latex.decorations.undecorate, lecture22).

Lecture notes box their final result. The decoration was taken off and its argument kept as a brace group,
and a ``=`` inside braces is no link: the step was neither checked nor counted, so a wrong boxed result
passed without a word. A framed member (``= \boxed{3x^2}``) was, and stays, read."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.latex.chains import count_equals

_NOTES = "\\documentclass{{article}}\n\\usepackage{{xcolor}}\n\\begin{{document}}\n\\begin{{equation}}\n{row}\n\\end{{equation}}\n\\end{{document}}\n"  # noqa: E501

_ROWS = [
    r"\boxed{\frac{d}{dx} x^3 = {rhs}}",
    r"\textcolor{red}{\frac{d}{dx} x^3 = {rhs}}",
    r"{\color{blue} \frac{d}{dx} x^3 = {rhs}} .",
]


def _verdicts(row: str, rhs: str) -> list[str]:
    text = _NOTES.format(row=row.replace("{rhs}", rhs))
    return [s.verdict.value for ch in check_text(text, "notes.tex").chains for s in ch.result.steps]


@pytest.mark.parametrize("row", _ROWS)
def test_a_framed_equation_is_checked(row: str) -> None:
    assert _verdicts(row, "3x^2") == ["PROVED"]
    assert _verdicts(row, "2x^2") == ["FAILED"]


@pytest.mark.parametrize("row", _ROWS)
def test_its_equals_are_counted(row: str) -> None:
    assert count_equals(row.replace("{rhs}", "3x^2")) == 1


def test_a_framed_member_is_still_one_member() -> None:
    assert _verdicts(r"\frac{d}{dx} x^3 = \boxed{3x^2}", "") == ["PROVED"]
    assert _verdicts(r"\frac{d}{dx} x^3 = \boxed{2x^2}", "") == ["FAILED"]


def test_a_relation_in_a_subscript_stays_there() -> None:
    assert count_equals(r"\left.\frac{d}{dx} x^3\right|_{x=1} = \boxed{3}") == 1
