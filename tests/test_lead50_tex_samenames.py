r"""samenames reads a LaTeX note's formulas as it reads a Markdown note's (lead50).

A lone equation between undeclared names is taken for a rewriting (checked for every value) only when the sentence
before it says nothing of its names. That sentence's formulas were found by a ``$``-only pattern, so in a ``.tex``
file a display ``\[a b = 1\]`` leading into ``\[a^2 b + b = a + b\]`` was not seen: the second display, which holds
where ab = 1, was FAILED in LaTeX and SKIPPED in Markdown (benchmarks/texparity.py found the difference). The
finder of formulas is documents.mathspans, in every dialect.
"""

from __future__ import annotations

from support import verdicts_by_line

_MD = "The two rates are reciprocal:\n$$a b = 1$$\n$$a^2 b + b = a + b$$\nas claimed.\n"
_TEX = ("\\documentclass{article}\n\\begin{document}\nThe two rates are reciprocal:\n\\[a b = 1\\]\n"
        "\\[a^2 b + b = a + b\\]\nas claimed.\n\\end{document}\n")


def test_markdown_display_in_the_sentence_before_is_a_possible_hypothesis() -> None:
    assert verdicts_by_line(_MD, "rates.md")[3] == ["SKIPPED"]


def test_latex_display_in_the_sentence_before_is_a_possible_hypothesis() -> None:
    assert verdicts_by_line(_TEX, "rates.tex")[5] == ["SKIPPED"]


def test_latex_inline_math_in_the_sentence_before_is_read_too() -> None:
    tex = _TEX.replace("The two rates are reciprocal:\n\\[a b = 1\\]\n",
                       "The rates are reciprocal, \\(a b = 1\\), so\n\\[\\quad\\]\n")
    tex = tex.replace("\\[\\quad\\]\n", "")
    assert verdicts_by_line(tex, "rates.tex")[4] == ["SKIPPED"]


def test_latex_rewriting_with_a_quiet_sentence_is_still_checked() -> None:
    """A wrong rewriting after a sentence that says nothing of its names stays FAILED in LaTeX (its reading is
    not lost by finding more formulas)."""
    tex = _TEX.replace("\\[a b = 1\\]\n", "").replace("\\[a^2 b + b = a + b\\]", "\\[(a + b)^2 = a^2 + a b + b^2\\]")
    assert verdicts_by_line(tex, "rates.tex")[4] == ["FAILED"]
