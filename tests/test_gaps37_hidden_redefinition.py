r"""A definition a later slide uncovers, over one every slide shows (gaps37; redteam36 left it).

``Take $f(x) = x^2$.`` then ``\uncover<2>{Take $f(x) = x^3$.}`` and a row ``f'(x) = 3x^2`` both slides show:
slide 1 shows a prefix of slide 2, so no formula of its own, and its chain was dropped as one the last slide
already has; the row was checked with f = x³ only, though on slide 1 the students read it with f = x². A
definition the last slide shows and an earlier slide hides, of a name the earlier slide defines before the row
too, makes the row another claim there. Every example is written here."""

from __future__ import annotations

import pytest
from support import frame_steps


@pytest.mark.parametrize("command", ["\\uncover<2>", "\\only<2>", "\\visible<2>", "\\only<2->"])
def test_a_row_under_a_hidden_redefinition_is_checked_on_each_slide(command: str) -> None:
    body = f"Take $f(x) = x^2$.\n{command}{{Take $f(x) = x^3$.}}\n\\[ f'(x) = 3x^2 \\]\n"
    steps = frame_steps(body)
    assert (6, "FAILED") in steps  # slide 1: f(x) = x^2, so f'(x) = 2x
    assert len([line for line, _ in steps if line == 6]) == 2  # the row read on each slide


def test_a_row_right_under_both_definitions_is_not_failed() -> None:
    body = "Take $f(x) = x^3$.\n\\uncover<2>{Take $f(x) = x^3 + 1$.}\n\\[ f'(x) = 3x^2 \\]\n"
    steps = frame_steps(body)
    assert len([line for line, _ in steps if line == 6]) == 2
    assert "FAILED" not in {v for _, v in steps}


def test_a_progressive_reveal_of_a_new_name_checks_the_row_once() -> None:
    body = "Take $f(x) = x^3$.\n\\uncover<2>{Let $g(x) = 2x$.}\n\\[ f'(x) = 3x^2 \\]\n"
    assert frame_steps(body) == [(6, "PROVED")]
