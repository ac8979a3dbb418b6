r"""A display before a lone equation that is itself an identity restricts nothing (sound51).

samenames takes a lone equation between undeclared names for a rewriting (checked for every value) only when the
sentence before it says nothing of its names: "For $x > 0$," or a display ``$$a b = 1$$`` leading into it may be a
hypothesis under which the step holds. But a display that holds for every value of its names (an expansion, an
addition formula the notes write just before) says nothing of them: as a hypothesis it restricts nothing, so a wrong
rewriting after it was SKIPPED "nothing says it is an identity" in both dialects. It is checked now; a display that
holds only for some values (``a b = 1``, ``\sqrt{u^2} = u``: u ≥ 0) still counts as a possible hypothesis.
"""

from __future__ import annotations

from support import verdicts_by_line

# the expansion of (u + v)^2 written, then a wrong expansion of (u - v)^2 in the same sentence
_MD = ("Squaring a sum and a difference:\n$$(u + v)^2 = u^2 + 2 u v + v^2$$\n$$(u - v)^2 = u^2 + 2 u v + v^2$$\n"
       "which we use below.\n")
_TEX = ("\\documentclass{article}\n\\begin{document}\nSquaring a sum and a difference:\n"
        "\\[(u + v)^2 = u^2 + 2 u v + v^2\\]\n\\[(u - v)^2 = u^2 + 2 u v + v^2\\]\nwhich we use below.\n"
        "\\end{document}\n")


def test_markdown_wrong_rewriting_after_an_identity_display_is_failed() -> None:
    assert verdicts_by_line(_MD, "squares.md")[3] == ["FAILED"]


def test_latex_wrong_rewriting_after_an_identity_display_is_failed() -> None:
    assert verdicts_by_line(_TEX, "squares.tex")[5] == ["FAILED"]


def test_right_rewriting_after_an_identity_display_is_green() -> None:
    right = _MD.replace("$$(u - v)^2 = u^2 + 2 u v + v^2$$", "$$(u - v)^2 = u^2 - 2 u v + v^2$$")
    assert verdicts_by_line(right, "squares.md")[3] in (["PROVED"], ["PASSED"])


def test_a_display_holding_for_some_values_is_still_a_possible_hypothesis() -> None:
    """``u v = 1`` holds only where v = 1/u: the step after it (true there) stays SKIPPED in both dialects."""
    md = ("The two rates are reciprocal:\n$$u v = 1$$\n$$u^2 v + v = u + v$$\nas claimed.\n")
    assert verdicts_by_line(md, "rates.md")[3] == ["SKIPPED"]
    tex = _TEX.replace("(u + v)^2 = u^2 + 2 u v + v^2", "u v = 1").replace(
        "(u - v)^2 = u^2 + 2 u v + v^2", "u^2 v + v = u + v")
    assert verdicts_by_line(tex, "rates.tex")[5] == ["SKIPPED"]


def test_a_display_holding_for_positive_values_only_is_still_a_possible_hypothesis() -> None:
    r"""``\sqrt{u^2} v = u v`` holds for u ≥ 0 only (sampled at positive values alone it would look like an
    identity): a step after it that needs u ≥ 0 stays SKIPPED."""
    md = ("Here the rate is positive:\n$$\\sqrt{u^2} v = u v$$\n$$\\sqrt{u^2 v^2} = u v$$\nfor the data below.\n")
    assert verdicts_by_line(md, "roots.md")[3] == ["SKIPPED"]
