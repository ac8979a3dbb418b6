r"""A piece a Beamer frame shows on early slides only is not on the last slide (review23e).

``\only<1>{…}\only<2->{…}`` is how slides show a tempting wrong step and then the right one; reading
every overlay's body as on the last slide put both in the row (``2x 3x^2``) and a correct derivation
was FAILED. The early piece is read as its own slide since lecture23 (documents.slideversions): a tempting
wrong step on slide 1 is a claim the slides make, FAILED at its line beside the right one. Every example
is written here."""

from __future__ import annotations

from support import beamer_frame, frame_steps

from verifier.documents.overlays import last_slide
from verifier.engine import Settings

SETTINGS = Settings(points=30)


_steps = frame_steps


def test_an_early_slide_only_piece_is_not_read() -> None:
    shown = last_slide(beamer_frame("\\[ \\frac{d}{dx} x^3 = \\only<1>{2x}\\only<2->{3x^2} \\]\n"))
    assert "2x" not in shown and "3x^2" in shown


def test_a_wrong_then_right_row_is_read_slide_by_slide() -> None:
    assert _steps("\\[\n\\frac{d}{dx} x^3 = \\only<1>{2x}\\only<2->{3x^2}\n\\]\n") == [(5, "FAILED"), (5, "PROVED")]


def test_a_wrong_last_slide_is_failed() -> None:
    assert _steps("\\[\n\\frac{d}{dx} x^3 = \\only<1>{3x^2}\\only<2->{2x}\n\\]\n") == [(5, "FAILED"), (5, "PROVED")]


def test_uncover_up_to_the_last_slide_is_read() -> None:
    body = "\\[\n\\frac{d}{dx} x^3 = \\uncover<1-2>{3x^2}\n\\]\n\\only<2>{Done.}\n"
    assert _steps(body) == [(5, "PROVED")]


def test_a_less_than_in_the_math_is_no_slide_number() -> None:
    body = "For $0 < x$ and $x > 7$:\n\\[\n\\frac{d}{dx} x^3 = \\only<1-2>{3x^2}\n\\]\n\\only<2>{Done.}\n"
    assert "3x^2" in last_slide(beamer_frame(body))
