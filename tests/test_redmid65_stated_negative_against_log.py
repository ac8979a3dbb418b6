r"""A name the prose states negative is not read positive because a log or a root takes it (redmid65).

Inference reads a name that ``\log`` or a square root takes as positive (documents.infer: "a real positive scalar
(no other evidence)"), and the range the prose states ("Let $x < 0$.") was only a reading tried when that literal
reading failed. So under "Let $x < 0$." the false `\log(x^2) = 2\log x` (2 log|x| against 2 log|x| + 2πi) was
PROVED with x positive, and under "Let $a < 0$ and $b < 0$." the classic slip `\sqrt{ab} = \sqrt{a}\sqrt{b}` too —
the very case the notes state is the one where the step is wrong. The prose's range is evidence: it wins over
the positivity a log or root suggests. Every note is written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_GREEN = {"PROVED", "PASSED"}


@pytest.mark.parametrize(
    ("said", "claim"),
    [
        ("Let $x < 0$.", "\\log(x^2) = 2 \\log x"),
        ("Let $a < 0$ and $b < 0$.", "\\sqrt{a b} = \\sqrt{a} \\sqrt{b}"),
        ("For $x \\le -1$ we have", "\\log(x^2) = 2 \\log x"),
    ],
)
def test_a_step_wrong_in_the_stated_negative_range_is_not_green(said: str, claim: str) -> None:
    by_line = verdicts_by_line(f"# Logs\n\n{said}\n\n$${claim}$$\n")
    assert not _GREEN & set(by_line[5]), by_line


@pytest.mark.parametrize(
    ("said", "claim"),
    [
        ("Let $x < 0$.", "\\log(x^2) = 2 \\log(-x)"),  # right for x < 0
        ("Let $x > 0$.", "\\log(x^2) = 2 \\log x"),  # the stated range agrees with the log's
        ("Here $x$ is a length.", "\\log(x^2) = 2 \\log x"),  # no range stated: positive, as before
    ],
)
def test_a_step_right_in_the_stated_range_stays_green(said: str, claim: str) -> None:
    by_line = verdicts_by_line(f"# Logs\n\n{said}\n\n$${claim}$$\n")
    assert _GREEN & set(by_line[5]), by_line


def test_a_negative_case_stated_after_the_display_is_not_its_range() -> None:
    text = (
        "# Logs\n\nFor $x > 0$,\n\n$$\\log(x^2) = 2 \\log x$$\n\n"
        "For $x < 0$ the same computation gives\n\n$$\\log(x^2) = 2 \\log(-x)$$\n"
    )
    by_line = verdicts_by_line(text)
    assert _GREEN & set(by_line[5]), by_line
    assert _GREEN & set(by_line[9]), by_line
