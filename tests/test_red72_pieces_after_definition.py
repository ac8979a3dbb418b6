r"""A function the notes define, then define anew in pieces in the prose: the old definition ends there (red72).

"First let $h(r) = r^2$ … Now let $h(r) = \frac12 r^2$ for $|r| \le 1$ and $h(r) = |r| - \frac12$ otherwise":
the pieces are no definition the checker learns (documents.proseparts), but the square loss stayed in force after
them, so the right Huber derivative ``h'(r) = r`` for a small residual was FAILED and the square loss's ``2r``,
wrong there, was PROVED. The pieces set the earlier definition aside from their line on; a step about h after them
is SKIPPED, and a step before them still reads the first definition (guards)."""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""# From the square loss to the Huber loss

First let $h(r) = r^2$, the square loss, so that
$$h'(r) = BEFORE$$

Now let $h(r) = \frac12 r^2$ for $|r| \le 1$ and $h(r) = |r| - \frac12$ otherwise. For a small residual,
$$\frac{d}{dr} h(r) = AFTER$$
"""

_GREEN = {"PROVED", "PASSED"}


def test_the_right_piece_derivative_is_not_failed() -> None:
    got = verdicts_by_line(NOTE.replace("BEFORE", "2r").replace("AFTER", "r"))
    assert "FAILED" not in got[7]


def test_the_old_definition_derivative_is_not_green_after_the_pieces() -> None:
    got = verdicts_by_line(NOTE.replace("BEFORE", "2r").replace("AFTER", "2r"))
    assert not set(got[7]) & _GREEN


def test_before_the_pieces_the_first_definition_holds() -> None:
    assert set(verdicts_by_line(NOTE.replace("BEFORE", "2r").replace("AFTER", "r"))[4]) <= _GREEN
    assert verdicts_by_line(NOTE.replace("BEFORE", "3r").replace("AFTER", "r"))[4] == ["FAILED"]


def test_a_definition_after_the_pieces_holds_again() -> None:
    text = NOTE.replace("BEFORE", "2r").replace("AFTER", "r") + "\nFinally let $h(r) = r^3$. Then\n$$h'(r) = 2r^2$$\n"
    assert verdicts_by_line(text)[10] == ["FAILED"]
