r"""Every overlay of a Beamer frame is a step of the notes (documents.slideversions, lecture23).

Only the frame's last slide was read: a row shown on an earlier slide only (``\only<1>{…}``, the other
branch of ``\alt``/``\temporal``, ``\uncover<1>{…}``) was blanked and dropped without a word, so a wrong
value there was neither checked nor reported. Each distinct equation is now checked once, at its source
line; a piece every slide shares is not checked twice. Every example is written here."""

from __future__ import annotations

from support import beamer_frame, frame_steps

from verifier.documents.overlays import earlier_slides
from verifier.engine import Settings

SETTINGS = Settings(points=30)


_steps = frame_steps


_ROWS = (
    "\\begin{{align*}}\n"
    "\\frac{{d}}{{dx}} (x^2+1)^2 &= 2(x^2+1) \\cdot 2x \\\\\n"  # 5
    "\\only<1>{{&= {early}}}\n"  # 6
    "\\only<2->{{&= 4x^3 + 4x}}\n"  # 7
    "\\end{{align*}}\n"
)


def test_a_row_shown_on_an_early_slide_only_is_checked() -> None:
    assert _steps(_ROWS.format(early="4x^3 + 2x")) == [(5, "PROVED"), (6, "FAILED"), (7, "PROVED")]


def test_a_right_early_row_is_checked_once_and_the_shared_rows_once() -> None:
    assert _steps(_ROWS.format(early="4x(x^2+1)")) == [(5, "PROVED"), (6, "PROVED"), (7, "PROVED")]


def test_both_branches_of_alt_are_the_notes_claims() -> None:
    body = "\\[\n\\frac{d}{dx} x^3 = \\alt<1>{2x^3}{3x^2}\n\\]\n\\pause Done.\n"
    assert sorted(v for _, v in _steps(body)) == ["FAILED", "PROVED"]
    body = "\\[\n\\frac{d}{dx} x^3 = \\alt<1>{3x^2}{x^2 + 2x^2}\n\\]\n\\pause Done.\n"
    assert _steps(body) == [(5, "PROVED"), (5, "PROVED")]


def test_every_argument_of_temporal_is_checked() -> None:
    body = "\\[\n\\frac{d}{dx} x^3 = \\temporal<2>{3x^2}{2x}{3x \\cdot x}\n\\]\n\\pause\\pause Done.\n"
    assert sorted(v for _, v in _steps(body)) == ["FAILED", "PROVED", "PROVED"]


def test_an_uncovered_piece_of_an_early_slide_is_checked() -> None:
    body = "\\uncover<1>{\\[\n\\frac{d}{dx} x^3 = 2x^2\n\\]}\n\\only<2>{Next.}\n"
    assert _steps(body) == [(5, "FAILED")]


def test_progressive_rows_are_not_checked_twice() -> None:
    body = ("\\begin{align*}\n\\frac{d}{dx} x^3 &= 3x^2 \\\\\n\\pause\n\\only<2->{&= x^2 + 2x^2} \\\\\n"
            "\\uncover<3->{&= 2x^2 + x^2}\n\\end{align*}\n")
    assert _steps(body) == [(5, "PROVED"), (7, "PROVED"), (8, "PROVED")]


def test_an_article_has_no_earlier_slides() -> None:
    text = "\\documentclass{article}\n\\begin{document}\n\\only<1>{$a = b$}\n\\end{document}\n"
    assert earlier_slides(text) == []


def test_earlier_slides_keep_the_lines() -> None:
    text = beamer_frame("\\alt<1>{a\n= b}{c\n= d}\n\\pause x\n")
    versions = earlier_slides(text)
    assert versions and all(v.count("\n") == text.count("\n") for v in versions)


def test_an_earlier_slide_is_checked_with_its_own_definitions() -> None:
    body = ("\\only<1>{Take $f(x) = x^2$.}\\only<2>{Take $f(x) = x^3$.}\n"
            "\\only<1>{\\[ f'(x) = 2x \\]}\\only<2>{\\[ f'(x) = 3x^2 \\]}\n")
    assert [v for _, v in _steps(body)] == ["PROVED", "PROVED"]
    wrong = body.replace("= 2x", "= 3x")
    assert sorted(v for _, v in _steps(wrong)) == ["FAILED", "PROVED"]
