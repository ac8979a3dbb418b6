r"""``\lVert \nabla f \rVert^2 = 2^2 + 4^2``: a gradient without its point, worked at the point the prose states.

The Polyak-step note defines ``f(x) = \frac12(x_1^2 + 4x_2^2)``, says "start at $x = (2, 1)$" and works ``\nabla f =
(x_1, 4x_2) = (2, 4)`` and ``\lVert \nabla f \rVert^2 = 2^2 + 4^2 = 20``. ``\nabla f`` is read at f's parameter x,
an unknown vector, so the last line was checked as an identity in x and FAILED (a false alarm of v0.28.0, fresh31).
A number against a function written bare (or under a bare gradient), whose parameter the step never writes, is a
worked number at a point the notes give in prose: SKIPPED, never green (documents.impliedpoints) — unless the prose
states that point for the function's own parameter after defining it: then it is read there (lead65), and a wrong
number is still never green."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
# Step size

The Polyak step is

$$\\eta_t = \\frac{{f(x_t) - f^\\star}}{{\\lVert \\nabla f(x_t) \\rVert^2}}.$$

Let $f(x) = \\frac12\\left(x_1^2 + 4x_2^2\\right)$ and start at $x = (2, 1)$.

- The gradient there is $\\nabla f = (x_1, 4x_2) = (2, 4)$.
- Its squared norm is $\\lVert \\nabla f \\rVert^2 = {worked}$.
"""


def _norm_steps(worked: str) -> list[Verdict]:
    steps = doc_steps(_NOTES.format(worked=worked))
    return [s.verdict for s in steps if "\\lVert \\nabla f \\rVert^2" in (s.lhs_latex or "")]


def test_the_worked_norm_is_not_failed() -> None:
    # read at the point the prose states for f's parameter (x = (2, 1), after f's definition): proved there
    # (lead65: a function written bare is read at its parameters' stated values; SKIPPED before)
    assert _norm_steps("2^2 + 4^2 = 20") == [Verdict.PROVED]


def test_it_is_never_green_even_when_wrong() -> None:
    assert _norm_steps("2^2 + 3^2") == [Verdict.SKIPPED]
    assert _norm_steps("7") == [Verdict.SKIPPED]
    steps = doc_steps(_NOTES.format(worked="2^2 + 4^2 = 36"))
    assert steps[-1].verdict is Verdict.FAILED  # the arithmetic link after the right norm


def test_an_identity_in_x_is_still_checked() -> None:
    steps = doc_steps(_NOTES.format(worked="x_1^2 + 16 x_2^2"))
    assert [s.verdict for s in steps][-1] is not Verdict.FAILED
    wrong = doc_steps(_NOTES.format(worked="x_1^2 + 4 x_2^2"))
    assert [s.verdict for s in wrong][-1] is Verdict.FAILED
