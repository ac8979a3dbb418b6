r"""A row every slide shows, read under the definition one slide alone shows (redteam36).

``\only<1>{Take $f(x) = x^2$.}\only<2>{Take $f(x) = x^3$.}`` and then ``f'(x) = 3x^2`` on both slides: the row is
right on slide 2 and wrong on slide 1, where the students read it with f(x) = x². slideversions dropped the
slide-1 chain as one the last slide already has (the same LaTeX), so only slide 2's reading was checked and the
frame was PROVED. A chain is the same claim only where its slide shows the same formulas before it in its frame.
Every example is written here."""

from __future__ import annotations

from support import frame_steps


def test_a_shared_row_is_checked_under_each_slide_definition() -> None:
    body = "\\only<1>{Take $f(x) = x^2$.}\\only<2>{Take $f(x) = x^3$.}\n\\[ f'(x) = 3x^2 \\]\n"
    assert sorted(v for _, v in frame_steps(body)) == ["FAILED", "PROVED"]


def test_a_shared_row_right_on_every_slide_stays_green() -> None:
    body = "\\only<1>{Take $f(x) = x^3$.}\\only<2>{Take $f(x) = x^3 + 1$.}\n\\[ f'(x) = 3x^2 \\]\n"
    assert [v for _, v in frame_steps(body)] in (["PROVED", "PROVED"], ["PROVED"])


def test_prose_one_slide_alone_shows_does_not_check_a_row_twice() -> None:
    body = "\\only<1>{First the rule.}\\only<2>{Then the example.}\n\\[ \\frac{d}{dx} x^3 = 3x^2 \\]\n"
    assert frame_steps(body) == [(5, "PROVED")]
