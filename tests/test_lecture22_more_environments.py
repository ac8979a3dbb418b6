r"""More display environments of real lecture notes are read (lecture22): ``empheq`` (a framed ``align``),
``xalignat``/``xxalignat`` (amsmath's wide ``alignat``) and the position option of ``aligned``/``gathered``/
``array`` (``\begin{aligned}[t]``).

The first two were dropped without a word (neither checked nor counted: a wrong step passed); the option
``[t]`` was read as a factor ``t`` of the first member, so its step was SKIPPED ("t appears on one side only")."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text

_NOTES = "\\documentclass{{article}}\n\\usepackage{{empheq}}\n\\begin{{document}}\n{display}\n\\end{{document}}\n"

_DISPLAYS = [
    "\\begin{{empheq}}[box=\\fbox]{{align}}\n\\frac{{d}}{{dx}} x^3 &= {rhs}\n\\end{{empheq}}",
    "\\begin{{empheq}}{{align*}}\n\\frac{{d}}{{dx}} x^3 &= {rhs}\n\\end{{empheq}}",
    "\\begin{{xalignat}}{{2}}\n\\frac{{d}}{{dx}} x^3 &= {rhs} & x &= x\n\\end{{xalignat}}",
    "\\begin{{xxalignat}}{{1}}\n\\frac{{d}}{{dx}} x^3 &= {rhs}\n\\end{{xxalignat}}",
    "\\[\n\\begin{{aligned}}[t]\n\\frac{{d}}{{dx}} x^3 &= {rhs}\n\\end{{aligned}}\n\\]",
    "\\[\n\\begin{{gathered}}[b]\n\\frac{{d}}{{dx}} x^3 = {rhs}\n\\end{{gathered}}\n\\]",
    "\\[\n\\begin{{array}}[t]{{rcl}}\n\\frac{{d}}{{dx}} x^3 &=& {rhs}\n\\end{{array}}\n\\]",
]


def _verdicts(display: str, rhs: str) -> list[str]:
    text = _NOTES.format(display=display.format(rhs=rhs))
    return [s.verdict.value for ch in check_text(text, "notes.tex").chains for s in ch.result.steps]


@pytest.mark.parametrize("display", _DISPLAYS)
def test_the_step_is_checked(display: str) -> None:
    assert _verdicts(display, "3x^2")[0] == "PROVED"
    assert _verdicts(display, "2x^2")[0] == "FAILED"
