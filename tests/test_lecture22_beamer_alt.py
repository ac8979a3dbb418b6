r"""Beamer's ``\alt<spec>{on}{off}`` and ``\temporal<spec>{before}{during}{after}`` show one of their
arguments on the last slide, and that one is read (documents.overlays, lecture22).

Left as written, an ``align`` row wrapped in ``\alt<3->{\pd{L}{w_2} &= … = 0}{}`` was a brace group: its
``=`` signs were not counted and the row was neither checked nor reported, so a wrong value there passed
without a word. Every example is written here."""

from __future__ import annotations

from support import beamer_frame

from verifier.documents.check import check_text
from verifier.documents.overlays import last_slide
from verifier.engine import Settings

SETTINGS = Settings(points=30)


def _steps(body: str) -> list[str]:
    check = check_text(beamer_frame(body), "slides.tex", SETTINGS)
    return [s.verdict.value for c in check.chains for s in c.result.steps]


_ROWS = (
    "\\begin{{align*}}\n\\frac{{d}}{{dx}} x^2 &= 2x \\\\\n"
    "\\alt<2->{{\\frac{{d}}{{dx}} x^3 &= {last}}}{{}}\n\\end{{align*}}\n"
)


def test_an_alt_row_on_the_last_slide_is_checked() -> None:
    assert _steps(_ROWS.format(last="3x^2")) == ["PROVED", "PROVED"]
    assert _steps(_ROWS.format(last="2x^2")) == ["PROVED", "FAILED"]


def test_alt_shows_its_second_argument_before_its_slides() -> None:
    shown = last_slide(beamer_frame("\\[ \\frac{d}{dx} x^3 = \\alt<1>{2x}{3x^2} \\]\n\\pause Done.\n"))
    assert "2x" not in shown and "3x^2" in shown
    shown = last_slide(beamer_frame("\\[ \\frac{d}{dx} x^3 = \\alt<2->{3x^2}{2x} \\]\n\\pause Done.\n"))
    assert "2x" not in shown and "3x^2" in shown


def test_temporal_shows_what_follows_its_slides() -> None:
    shown = last_slide(beamer_frame("\\[ \\frac{d}{dx} x^3 = \\temporal<2>{1}{2x}{3x^2} \\]\n\\pause\\pause Done.\n"))
    assert "2x" not in shown and "3x^2" in shown


def test_lines_are_kept() -> None:
    text = beamer_frame("\\alt<2->{a\n= b}{c\n= d}\n\\pause x\n")
    assert last_slide(text).count("\n") == text.count("\n")
