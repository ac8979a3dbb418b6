r"""A special case set at the opening of a paragraph ("For $b = 1$ the best fraction is …. Then …, and the growth
rate at the optimum is $$G(f^\ast) = …$$"): the display holds in that case and was FAILED for a general b, since only
the sentence right before it was read for the case (fresh67's Kelly note). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_KELLY = """# Growth

A bet pays $b$ to 1 and is won with probability $p$; write $q = 1 - p$. The growth rate is

$$G(f) = p\\log(1 + bf) + q\\log(1 - f).$$

OPENING the best fraction is $f^\\ast = p - q$. Then $1 + f^\\ast = 2p$ and $1 - f^\\ast = 2q$, and the growth
rate at the optimum is

$$G(f^\\ast) = RIGHT.$$
"""


def _display(opening: str, right: str = "p\\log(2p) + q\\log(2q)") -> list[str]:
    return verdicts_by_line(_KELLY.replace("OPENING", opening).replace("RIGHT", right))[10]


def test_the_case_opening_the_paragraph_is_no_false_alarm() -> None:
    assert _display("For $b = 1$") == ["SKIPPED"]


def test_a_step_wrong_in_that_case_too_still_fails() -> None:
    assert _display("For $b = 1$", "p\\log(2p) - q\\log(2q)") == ["FAILED"]


def test_a_case_the_paragraph_turns_away_from_excuses_nothing() -> None:
    assert _display("For $b = 1$ this is simple, but in general") == ["FAILED"]


def test_a_paragraph_without_a_case_still_fails() -> None:
    assert _display("In the end") == ["FAILED"]
