r""""Inside $|x| \le 1$, …" before a display: a region the display is stated in, as "For $|x| \le 1$" is (fresh47).

documents.regions and documents.unreadconditions read the condition a sentence leading into a display opens with,
after a cue (*when*, *if*, *for*, …). Notes also name the region with a preposition of place — "Inside $|r| \le c$,
by the chain rule," (Tukey's biweight, piece by piece), "Within $|x| < 1$", "Outside $|x| > 1$": read without it,
the derivative of the inner piece FAILED at a point of the other piece. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

# one variable: the region is read and the step checked inside it (documents.regions)
_ONE = """# A smooth clip

The loss is

$$
f(x) = \\begin{cases} x^2, & |x| \\le 1, \\\\ 2|x| - 1, & |x| > 1. \\end{cases}
$$

{lead}

$$
f'(x) = 2x .
$$
"""

# two names: the region is stated, not read (documents.unreadconditions): not FAILED
_TWO = """# A scaled clip

For a threshold $c > 0$ the loss is

$$
g(x) = \\begin{cases} \\frac{x^2}{2c}, & |x| \\le c, \\\\ |x| - \\frac{c}{2}, & |x| > c. \\end{cases}
$$

Inside $|x| \\le c$, by the power rule,

$$
g'(x) = \\frac{x}{c} .
$$
"""


@pytest.mark.parametrize("word", ["Inside", "Within"])
def test_a_region_named_by_a_preposition_is_read(word: str) -> None:
    verdicts = verdicts_by_line(_ONE.replace("{lead}", f"{word} $|x| \\le 1$ the derivative is"))[12]
    assert verdicts[-1] in ("PROVED", "PASSED")


def test_a_wrong_derivative_inside_the_region_still_fails() -> None:
    text = _ONE.replace("{lead}", "Inside $|x| \\le 1$ the derivative is").replace("f'(x) = 2x", "f'(x) = x")
    assert "FAILED" in verdicts_by_line(text)[12]


def test_outside_reads_the_other_piece() -> None:
    text = _ONE.replace("{lead}", "Outside, for $|x| > 1$,").replace("f'(x) = 2x", "f'(x) = 2 \\operatorname{sign}(x)")
    assert "FAILED" not in verdicts_by_line(text)[12]


def test_a_region_between_two_names_is_no_false_alarm() -> None:
    assert "FAILED" not in verdicts_by_line(_TWO)[12]


def test_inside_as_a_plain_word_states_no_region() -> None:
    # "inside" not followed by the formula: no condition, the step is read for every x as before
    text = _ONE.replace("{lead}", "The kink lies inside the region. The derivative is")
    assert verdicts_by_line(text)[12][-1] not in ("PROVED", "PASSED")
