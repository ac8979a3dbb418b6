r"""French "d'où" is "hence": the formula after it is a conclusion, never the display's "where".

redmid60 (red team of stop 60): fresh62's fba9aa01 reads "où" (where) after a display as a "where" clause, and
"d'où" ("hence", "whence") holds it: the right display before "d'où $\frac{\partial L}{\partial s} = -s$" was
read under that conclusion as a hypothesis and SKIPPED ("a hypothesis: only hypotheses linear …"), where it is
PROVED on ad88180f; the wrong conclusion itself stays FAILED on both. Every example is written here."""

from __future__ import annotations

from support import line_of, verdicts_by_line

_NOTE = """# Régression logistique

La perte vaut $L = -\\log s$ avec $s = \\sigma(z)$, et l'on a

$$\\frac{\\partial L}{\\partial z} = s - 1,$$

d'où $\\frac{\\partial L}{\\partial s} = -s$.
"""


def test_the_display_before_a_conclusion_is_proved() -> None:
    assert verdicts_by_line(_NOTE)[line_of(_NOTE, "\\frac{\\partial L}{\\partial z}")] == ["PROVED"]


def test_the_wrong_conclusion_fails() -> None:
    assert verdicts_by_line(_NOTE)[line_of(_NOTE, "d'où")] == ["FAILED"]


def test_a_wrong_display_before_a_conclusion_stays_failed() -> None:
    # "d'où $w = 0$ au point critique": a conclusion; read as "where $w = 0$" the wrong gradient held under it (SKIPPED)
    note = """# Moindres carrés

Avec $L = (y - w x)^2$ on a

$$\\frac{\\partial L}{\\partial w} = -2x(y + w x),$$

d'où $w = 0$ au point critique.
"""
    assert verdicts_by_line(note)[line_of(note, "\\frac{\\partial L}{\\partial w}")] == ["FAILED"]
