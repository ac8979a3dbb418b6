r"""Incremental and mode-specific overlay specifications (documents.overlayspecs, lecture23).

``\only<+>{…}\only<+->{…}`` and ``\item`` under ``[<+->]`` count slides as Beamer does (each ``+`` the
frame's pause counter, then one more); left unread, both bodies of a row stood side by side (``2x^2 3x^2``,
a product) and a correct row could be FAILED. ``<2| handout:0>`` is slide 2 in the presentation: the
other modes' parts say nothing about the slides. Every example is written here."""

from __future__ import annotations

from support import frame_steps

from verifier.documents.overlayspecs import frame_specs
from verifier.engine import Settings

SETTINGS = Settings(points=30)


_steps = frame_steps


def test_incremental_specifications_count_as_beamer_counts() -> None:
    text = "\\only<+>{a}\\only<+->{b}\\uncover<.->{c}\\pause d \\alt<+(1)>{e}{f}"
    specs = frame_specs(text)
    assert [specs.spec_at(text.index(x) - 1) for x in ("{a", "{b", "{c")] == ["1", "2-", "2-"]
    assert specs.spec_at(text.index("{e") - 1) == "5" and specs.slides == 5


def test_items_under_a_default_specification_count_slides() -> None:
    text = "\\begin{itemize}[<+->]\n\\item a\n\\item b\n\\item c\n\\end{itemize}\n\\only<1>{x}"
    assert frame_specs(text).slides == 3


def test_a_mode_specification_is_read_for_the_presentation() -> None:
    text = "\\alt<2| handout:0>{a}{b}\\only<beamer:3|handout:1>{c}\\only<handout:0>{d}"
    specs = frame_specs(text)
    assert specs.spec_at(text.index("{a") - 1) == "2" and specs.spec_at(text.index("{c") - 1) == "3"
    assert specs.spec_at(text.index("{d") - 1) is None


def test_a_row_of_incremental_bodies_is_read_slide_by_slide() -> None:
    body = "\\[\n\\frac{d}{dx} x^3 = \\only<+>{x^2 + 2x^2}\\only<+->{3x^2}\n\\]\n"
    assert _steps(body) == [(5, "PROVED"), (5, "PROVED")]


def test_both_branches_of_a_mode_specific_alt_are_read() -> None:
    body = "\\[\n\\frac{d}{dx} x^2 = \\alt<2| handout:0>{2x}{3x}\n\\]\n"
    assert _steps(body) == [(5, "FAILED"), (5, "PROVED")]


def test_both_branches_of_an_alt_without_slide_numbers_are_read() -> None:
    body = "\\[\n\\frac{d}{dx} x^2 = \\alt<handout:0>{2x}{3x}\n\\]\n"
    assert _steps(body) == [(5, "FAILED"), (5, "PROVED")]
