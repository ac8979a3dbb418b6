r"""A LaTeX comment ``%%`` inside a display is no Obsidian comment (review23e).

Two displays each carrying a ``%% …`` LaTeX comment on a row were read as one Obsidian comment running
from the first to the second: everything between — a wrong step of the notes — was blanked and never
reported. Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.hidden import shown
from verifier.engine import Settings

SETTINGS = Settings(points=30)

_NOTES = (
    "$$\n"  # 1
    "\\begin{aligned}\n"  # 2
    "f(x) &= (x+1)^2 \\\\ %% expand the square\n"  # 3
    "&= x^2 + 2x + 1\n"  # 4
    "\\end{aligned}\n"  # 5
    "$$\n"  # 6
    "\n"  # 7
    "$$\n"  # 8
    "g(x) = (x-1)^2 = x^2 + 1\n"  # 9
    "$$\n"  # 10
    "\n"  # 11
    "$$\n"  # 12
    "h(x) = (x+2)^2 %% again\n"  # 13
    "$$\n"  # 14
)


def test_latex_comments_in_two_displays_hide_nothing_between() -> None:
    assert "x^2 + 1" in shown(_NOTES, "markdown")


def test_a_wrong_step_between_two_commented_displays_is_failed() -> None:
    check = check_text(_NOTES, "notes.md", SETTINGS)
    steps = {line: s.verdict.value for c in check.chains for s, line in zip(c.result.steps, c.step_lines, strict=True)}
    assert steps.get(9) == "FAILED"


def test_an_obsidian_comment_around_a_display_still_hides_it() -> None:
    text = "Text.\n\n%%\n$$\ng(x) = (x-1)^2 = x^2 + 1\n$$\n%%\n\n$$\nk = 1 %% a comment\n$$\n"
    assert "x^2 + 1" not in shown(text, "markdown")
    assert "k = 1" in shown(text, "markdown")


def test_an_iff_in_an_iffalse_draft_opens_no_conditional() -> None:
    text = "\\iffalse\nOld: $x>0 \\iff e^x>1$ and \\[ \\frac{d}{dx} x^2 = x \\]\n\\fi\n\\[ \\frac{d}{dx} x^2 = 2x \\]\n"
    assert "= x \\]" not in shown(text, "tex")
    assert "= 2x" in shown(text, "tex")


def test_an_ifthenelse_in_an_iffalse_draft_opens_no_conditional() -> None:
    text = "\\iffalse\n\\ifthenelse{\\boolean{a}}{A}{B} \\[ x^2 = x \\]\n\\fi\n\\[ y = 2 \\]\n"
    assert "x^2" not in shown(text, "tex")
