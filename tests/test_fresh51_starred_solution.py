r"""A starred name the notes never define is a particular point, not any value (fresh51).

Notes on projection methods write ``x^\star`` for the solution of the system and state "by Pythagoras"
``\|x_k - x^\star\|^2 = \|x_{k+1} - x^\star\|^2 + \|x_{k+1} - x_k\|^2``, true because x^⋆ lies on the hyperplane
the step projects onto. The checker read x^⋆ as an arbitrary scalar and FAILED the line (a false alarm): a
failure at other values of a point the notes fix by a condition refutes nothing they wrote. Read so only where
the failing reading unfolded the notes' recurrence (a convergence argument about the iterates and the solution);
a step about the starred point alone that fails wherever it is is still FAILED. (A step of the iterates that
fails wherever the point is, ``\|x_k - x^\star\|^2 = \|x^\star - x_k\|^2 + 1``, is SKIPPED too: whether some
point makes a step hold is not asked, the cost of this reading.) Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_PROJECTION = r"""
# Projecting onto a line

To solve $a^\top x = b$ we project: $x_{{k+1}} = x_k + \frac{{b - a^\top x_k}}{{a^\top a}}\, a$.
The solution is written $x^\star$. The projection is orthogonal, so by Pythagoras
$\|x_k - x^\star\|^2 = \|x_{{k+1}} - x^\star\|^2 + \|x_{{k+1}} - x_k\|^2$.

The distance is symmetric: ${moved}$.
"""


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_pythagoras_at_the_starred_solution_is_not_failed() -> None:
    text = _PROJECTION.format(moved=r"\|x_k - x^\star\|^2 = \|x^\star - x_k\|^2")
    verdicts = verdicts_by_line(text).get(_line_of(text, "Pythagoras") + 1, [])
    assert "FAILED" not in verdicts, verdicts


def test_a_step_about_the_starred_point_alone_wrong_wherever_it_is_is_still_failed() -> None:
    text = _PROJECTION.format(moved=r"\|x^\star\|^2 + 1 = \|x^\star\|^2")
    verdicts = verdicts_by_line(text)[_line_of(text, "symmetric")]
    assert "FAILED" in verdicts, verdicts
