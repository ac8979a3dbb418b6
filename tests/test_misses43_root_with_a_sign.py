r""""We need $w^2 = 4$, so $w = 2$ since $w > 0$": the sign said picks the root (misses43; redteam42 left it).

redteam42 made ``w^2 = 4`` a condition (not w := √4), so "so $w = 2$" is SKIPPED "not shown to be its only solution
(its real roots: -2, 2)" — right without a sign; with "since $w > 0$" after it the positive root is the only one the
notes allow: PROVED, and a root of the other sign (``v = -3`` since ``v > 0``) FAILED."""

from __future__ import annotations

import pytest
from support import verdicts_by_line


@pytest.mark.parametrize(("value", "cue", "verdict"), [
    ("2", "since $w > 0$", "PROVED"), ("-2", "since $w > 0$", "FAILED"), ("-2", "as $w < 0$", "PROVED"),
    ("2", "because $w \\geq 0$", "PROVED"), ("3", "since $w > 0$", "FAILED"), ("2", "and more", "SKIPPED"),
])
def test_a_stated_sign_picks_the_root(value: str, cue: str, verdict: str) -> None:
    lines = verdicts_by_line(f"# Root\n\nWe need $w^2 = 4$, so $w = {value}$ {cue}.\n")
    assert lines[3][-1] == verdict, lines


def test_a_sign_of_another_name_is_not_read() -> None:
    lines = verdicts_by_line("# Root\n\nWe need $w^2 = 4$, so $w = 2$ since $a > 0$.\n")
    assert lines[3][-1] == "SKIPPED", lines
