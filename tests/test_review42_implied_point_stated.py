r"""A function written bare against a number is SKIPPED as worked at a point only where the prose states one
(review42, documents.impliedpoints / guesses).

fresh31 SKIPs ``\lVert \nabla f \rVert^2 = 20`` after "start at $x = (2, 1)$". But "Let $g(x) = 3x^2 + 2$. Then
$$\nabla g = 6$$" — a slip for 6x, no point anywhere — was SKIPPED "the point is one the notes give in prose" too
(v0.28.0: FAILED). Where the prose states no value of the parameter before the step, it is checked as before.
Every example is written here."""

from __future__ import annotations

from support import last_verdict

from verifier.results import Verdict


def test_no_point_stated_the_slip_is_failed() -> None:
    assert last_verdict("# Slope\n\nLet $g(x) = 3x^2 + 2$. Then\n\n$$\\nabla g = 6$$\n") is Verdict.FAILED


def test_a_point_stated_in_prose_keeps_it_skipped() -> None:
    note = "# Slope\n\nLet $g(x) = 3x^2 + 2$ and take $x = 1$. Then\n\n$$\\nabla g = 6$$\n"
    assert last_verdict(note) is Verdict.SKIPPED
