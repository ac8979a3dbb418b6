r"""An inline step about one branch of a definition by cases, the branch named after the formula in its own
sentence ("with $\ell'(z) = z - 1$ on the middle piece"): the lead-in before the formula names no branch, so the
step was FAILED on the other pieces (fresh67's smoothed-hinge note). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_HINGE = """# A smoothed hinge

The loss of a margin $z = y\\,w^\\top x$ is

$$
g(z) = \\begin{cases} \\frac12 - z & z \\le 0, \\\\ \\frac12(1 - z)^2 & 0 < z < 1, \\\\ 0 & z \\ge 1. \\end{cases}
$$

The chain rule gives the gradient, with $g'(z) = SLOPE$ AFTER.
"""


def test_a_branch_named_after_the_inline_formula_is_no_false_alarm() -> None:
    got = verdicts_by_line(_HINGE.replace("SLOPE", "z - 1").replace("AFTER", "on the middle piece"))
    assert got[9] == ["SKIPPED"]


def test_a_slope_wrong_on_every_piece_still_fails() -> None:
    got = verdicts_by_line(_HINGE.replace("SLOPE", "2z - 1").replace("AFTER", "on the middle piece"))
    assert got[9] == ["FAILED"]


def test_words_after_the_sentence_name_no_branch_of_it() -> None:
    after = "everywhere. The middle piece is a parabola"
    got = verdicts_by_line(_HINGE.replace("SLOPE", "z - 1").replace("AFTER", after))
    assert got[9] == ["FAILED"]
