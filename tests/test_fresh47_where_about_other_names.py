r"""A "where $…$," right before a display about a name the display never writes is no hypothesis of it (fresh47).

documents.wherebefore reads ", where $…$," ending the prose before a display as the display's condition (fresh46).
A worked value often says where its numbers come from that way: "At $x = \tfrac34$, where $\sqrt{x^2+1} = \tfrac54$,"
then ``f(\tfrac34) = … = \tfrac78``. The clause is about x, the parameter of f; the display writes f at a number
and no x, and every step — the arithmetic too, and a wrong one — was SKIPPED "a hypothesis: x is not declared".
Every example is written here."""

from __future__ import annotations

from support import Settings, verdicts_by_line

from verifier.documents.check import check_text

_NOTE = """# A shifted root

Let $h(x) = \\sqrt{x^2 + 9} - 3$. At $x = 4$, where $\\sqrt{x^2 + 9} = 5$,

$$
h(4) = 5 - 3 = 2 .
$$
"""

_OWN = """# A shifted root

Let $h(x) = \\sqrt{x^2 + 9} - 3$. Its slope at the point, where $\\sqrt{x^2 + 9} = 5$,

$$
h'(x) = \\frac{x}{\\sqrt{x^2 + 9}} = \\frac{x}{5} .
$$
"""


def test_a_clause_about_another_name_leaves_the_worked_value_checked() -> None:
    assert verdicts_by_line(_NOTE)[6] == ["PROVED", "PROVED"]


def test_a_wrong_worked_value_fails() -> None:
    assert "FAILED" in verdicts_by_line(_NOTE.replace("5 - 3 = 2", "5 - 3 = 3"))[6]


def test_a_clause_about_the_displays_own_name_stays_its_hypothesis() -> None:
    # the display writes x: the clause is its condition (here one the checker cannot solve for x, so SKIPPED)
    check = check_text(_OWN, "notes.md", Settings())
    steps = [s for ch in check.chains for s in ch.result.steps]
    assert steps and all("a hypothesis" in (s.message or "") for s in steps)
