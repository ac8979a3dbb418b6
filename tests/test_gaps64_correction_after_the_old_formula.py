r"""A wrong fix after "Correction:", with the old formula in view above it, is checked (gaps64).

fresh69 read "Correction: the denominator was wrong," before a display as owning up to an earlier formula; redmid63
M2 kept a failing display there SKIPPED, since it may be the earlier formula shown again as well as the fix. Where
the earlier formula of the same quantity stands in the lines above (struck out, as a student's rewritten step) and
the display is not it — its result differs — it is not shown again: it is the fix, and a wrong fix is the notes'
mistake (fresh69's two planted "Correction:" steps were SKIPPED). Where no earlier formula is in view, or the display
repeats it, the doubt stays.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""Let $D(q) = p \log\frac{p}{q} + (1 - p)\log\frac{1 - p}{1 - q}$ with $0 < p, q < 1$.

~~$D'(q) = -\frac{p}{q} + \frac{1 - p}{1 - q} = \frac{q - p}{q(1 + q)}$~~

Correction: the denominator was wrong,

$$
D'(q) = -\frac{p}{q} + \frac{1 - p}{1 - q} = RESULT
$$
"""


def test_a_wrong_fix_below_the_struck_formula_is_failed() -> None:
    assert "FAILED" in verdicts_by_line(NOTE.replace("RESULT", r"\frac{p - q}{q(1 - q)}"))[8]


def test_the_right_fix_is_proved() -> None:
    assert verdicts_by_line(NOTE.replace("RESULT", r"\frac{q - p}{q(1 - q)}"))[8] == ["PROVED", "PROVED"]


def test_the_old_formula_shown_again_is_not_failed() -> None:
    assert "FAILED" not in verdicts_by_line(NOTE.replace("RESULT", r"\frac{q - p}{q(1 + q)}"))[8]


def test_with_no_earlier_formula_in_view_the_doubt_stays() -> None:
    note = NOTE.replace("~~$D'(q) = -\\frac{p}{q} + \\frac{1 - p}{1 - q} = \\frac{q - p}{q(1 + q)}$~~\n\n", "")
    assert "FAILED" not in verdicts_by_line(note.replace("RESULT", r"\frac{p - q}{q(1 - q)}"))[6]


def test_the_old_formula_shown_again_with_other_spacing_is_not_failed() -> None:
    assert "FAILED" not in verdicts_by_line(NOTE.replace("RESULT", r"\frac{q - p}{q\,\left(1 + q\right)}"))[8]
