r"""``$$0.8\,(6 - m) = 0.2\,(2m - 3) + 0 = …$$`` then "so … $m = 4.5$": the first link is the equation the notes solve.

The expectile note (fresh34) sets up the equation for the optimal constant in a display whose first link is the
equation and whose next link rewrites its right side, ``0.8\,(6 - m) = 0.2\,((m - 1) + (m - 2)) = 0.2\,(2m - 3)``,
and solves it two lines below (``m = \frac{5.4}{1.2} = 4.5``). An equation alone between undeclared names is SKIPPED
(documents.guesses: "nothing says it is an identity"); as the first link of a longer chain it was FAILED at any
other ``m`` — a false alarm of v0.30.0. Where the notes go on to give the one name a number at which the link holds,
the link is the equation they solve: SKIPPED (documents.solvedlater). A wrong rewrite after it is still FAILED, and
a first link that does not hold at the value found stays FAILED."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
Guess that $m$ lies between 2 and 6. Then

$$0.8\\,(6 - m) = 0.2\\,\\big((m - 1) + (m - 2)\\big) = {rewrite},$$

so $1.2 m = 5.4$ and

$$m = \\frac{{5.4}}{{1.2}} = {root} .$$
"""


def _steps(rewrite: str = "0.2\\,(2m - 3)", root: str = "4.5") -> list:
    return doc_steps(_NOTES.format(rewrite=rewrite, root=root))


def test_the_equation_solved_later_is_not_failed() -> None:
    steps = _steps()
    assert steps[0].verdict is Verdict.SKIPPED, steps[0].message
    assert "solve" in steps[0].message
    assert steps[1].verdict is Verdict.PROVED


def test_a_wrong_rewrite_of_its_side_is_still_failed() -> None:
    steps = _steps(rewrite="0.2\\,(2m + 3)")
    assert steps[1].verdict is Verdict.FAILED


def test_a_link_that_does_not_hold_at_the_value_found_stays_failed() -> None:
    steps = _steps(root="4.2")
    assert steps[0].verdict is Verdict.FAILED
