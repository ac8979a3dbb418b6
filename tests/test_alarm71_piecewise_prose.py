r"""A function defined in two pieces in the prose is not renewed by its second piece (alarm71; red71 found it).

"Let $h(r) = \frac12 r^2$ for $|r| \le \delta$ and $h(r) = \delta(|r| - \frac12\delta)$ otherwise": the second
formula was read as a renewal of h, so the right derivative of the first piece, ``h'(r) = r`` for a small residual,
was FAILED. The pieces are one piecewise definition (documents.proseparts): neither alone is learned, a step about h is
never FAILED against one piece. A function renewed in another sentence is still renewed (guard)."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.proseparts import piece_starts

NOTE = r"""# Huber

Let $h(r) = \frac12 r^2$ for $|r| \le \delta$ and $h(r) = \delta(|r| - \frac12\delta)$ otherwise.

For a small residual, $$h'(r) = SMALL$$

For a large one, $$h'(r) = \delta$$
"""


def test_the_first_piece_derivative_is_not_failed() -> None:
    got = verdicts_by_line(NOTE.replace("SMALL", "r"))
    assert "FAILED" not in got[5] and "FAILED" not in got[7]


def test_a_wrong_derivative_is_not_green() -> None:
    got = verdicts_by_line(NOTE.replace("SMALL", "2r"))
    assert not set(got[5]) & {"PROVED", "PASSED"}


def test_pieces_with_if_and_a_second_condition() -> None:
    text = NOTE.replace("SMALL", "r").replace("for $|r| \\le", "if $|r| \\le").replace(
        "otherwise", "for $|r| > \\delta$")
    got = verdicts_by_line(text)
    assert "FAILED" not in got[5]


def test_a_renewal_in_another_sentence_still_renews() -> None:
    text = "# F\n\nLet $f(x) = x^3$ for now. Later let $f(x) = x^2$ for the rest.\n\n$$f'(x) = 3x^2$$\n"
    assert verdicts_by_line(text)[5] == ["FAILED"]


def test_piece_starts() -> None:
    text = r"Let $h(r) = r^2$ for $r < 1$ and $h(r) = 2r - 1$ otherwise. Also $g = 1$ for $x$ and $k = 2$ for $y$."
    assert piece_starts(text) == {text.index("$h(r) = r^2"), text.index("$h(r) = 2r")}
    assert piece_starts("Let $f(x) = x^3$. Then $f(x) = x^2$ for the rest.") == set()


def test_one_value_said_twice_is_no_pieces() -> None:
    assert piece_starts("For $m = 3$ of the net (the layer $m = 3$), note for $m = 3$ it is $y$.") == set()
