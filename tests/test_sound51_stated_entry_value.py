r"""An entry value the notes state (``$x_0 = 1$``, the bias trick) is no counterexample to ignore (sound51).

"We add a constant feature $x_0 = 1$, so the bias joins the sum: $$\sum_{j=0}^m \theta_j x_j = \theta_0 +
\sum_{j=1}^m \theta_j x_j$$" is right, yet it was FAILED at a point where x₀ is a random number: the stated entry
was not read. A FAILED step that holds at its own counterexample once the entries the notes state are put in is
SKIPPED, naming the entry; one that still fails there (the bias term dropped) stays FAILED.
"""

from __future__ import annotations

from support import verdicts_by_line

_MD = ("# Features\n\nWe add a constant feature $x_0 = 1$, so the bias joins the sum:\n\n"
       "$$\\sum_{j=0}^m \\theta_j x_j = \\theta_0 + \\sum_{j=1}^m \\theta_j x_j$$\n")
_TEX = ("\\documentclass{article}\n\\begin{document}\nWe add a constant feature $x_0 = 1$, so the bias joins the "
        "sum:\n\\[\\sum_{j=0}^m \\theta_j x_j = \\theta_0 + \\sum_{j=1}^m \\theta_j x_j\\]\n\\end{document}\n")


def test_markdown_sum_with_a_stated_constant_feature_is_no_failure() -> None:
    assert verdicts_by_line(_MD, "features.md")[5] == ["SKIPPED"]


def test_latex_sum_with_a_stated_constant_feature_is_no_failure() -> None:
    assert verdicts_by_line(_TEX, "features.tex")[4] == ["SKIPPED"]


def test_a_dropped_bias_stays_failed_with_the_entry_stated() -> None:
    wrong = _MD.replace("= \\theta_0 + \\sum_{j=1}^m", "= \\sum_{j=1}^m")
    assert verdicts_by_line(wrong, "features.md")[5] == ["FAILED"]


def test_a_doubled_bias_stays_failed_with_the_entry_stated() -> None:
    wrong = _MD.replace("= \\theta_0 + \\sum_{j=1}^m", "= 2\\theta_0 + \\sum_{j=1}^m")
    assert verdicts_by_line(wrong, "features.md")[5] == ["FAILED"]
