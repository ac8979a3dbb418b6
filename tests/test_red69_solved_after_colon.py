r"""A value solved for after "Setting it to zero:" (a colon, no verb) is checked like the one after "Setting it to zero
gives" (solvedprose): before, ``$x = 3$`` after ``$$g'(x) = 2x - 4$$`` and "Setting it to zero:" made no step at all,
so a wrong root left the note green (red69)."""

import pytest
from support import verdicts_by_line

NOTE = r"""We minimise $g(x) = x^2 - 4x$:

$$g'(x) = 2x - 4$$

{words} $x = {root}$.
"""


@pytest.mark.parametrize("words", ["Setting it to zero:", "Setting the derivative to zero:", "Setting this to 0,"])
def test_wrong_root_after_a_colon_is_failed(words: str) -> None:
    verdicts = verdicts_by_line(NOTE.replace("{words}", words).replace("{root}", "3"))
    assert verdicts.get(5) == ["FAILED"], verdicts


@pytest.mark.parametrize("words", ["Setting it to zero:", "Setting the derivative to zero:", "Setting this to 0,"])
def test_right_root_after_a_colon_is_proved(words: str) -> None:
    verdicts = verdicts_by_line(NOTE.replace("{words}", words).replace("{root}", "2"))
    assert verdicts.get(5) == ["PROVED"], verdicts


def test_momentum_set_to_zero_is_no_root() -> None:
    r"""Guard: "Setting the momentum to zero:" sets a parameter (no derivative written or named): no root checked."""
    note = "With $v = \\beta v + g$ and $\\beta = 0.9$, setting the momentum to zero: $\\beta = 0$.\n"
    assert "FAILED" not in {v for vs in verdicts_by_line(note).values() for v in vs}
