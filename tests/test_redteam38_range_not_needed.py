r"""A range the prose says is not needed, or only asks about, is no hypothesis of the display (redteam38).

"We will show below that $x > 0$ is not needed." and "Is it true that $x > 0$? No: $x$ is any real number." each
made ``\sqrt{x^2} = x`` PROVED "with x > 0 as the prose states". A range followed by "is not needed / required /
necessary" says the claim holds without it (as "whether or not" does: no hypothesis, no excuse for a failure); a
range in a yes-or-no question ("Is $x > 0$?", "Do we need $x > 0$?") is not stated (no hypothesis; a failure is
SKIPPED, the answer is not read). "For $x > 0$ we need not write the absolute value" keeps the range, and so does
a range in a question that asks for something else. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps


def _verdict(prose: str, display: str = r"\sqrt{x^2} = x") -> str:
    return doc_steps(prose + "\n\n$$" + display + "$$\n")[-1].verdict.value


@pytest.mark.parametrize(
    "prose",
    [
        "We will show below that $x > 0$ is not needed.",
        "The condition $x > 0$ is not required here.",
        "Note that $x > 0$ is unnecessary.",
    ],
)
def test_a_range_not_needed_is_no_hypothesis(prose: str) -> None:
    assert _verdict(prose) in ("FAILED", "SKIPPED")  # as with no range at all (a branch left out?)


@pytest.mark.parametrize(
    "prose",
    ["Is it true that $x > 0$? No: $x$ is any real number.", "Do we need $x > 0$? We do not."],
)
def test_a_range_only_asked_about_is_no_hypothesis(prose: str) -> None:
    assert _verdict(prose) in ("FAILED", "SKIPPED")


@pytest.mark.parametrize(
    "prose",
    ["For $x > 0$ we need not write the absolute value:", "What is the root for $x > 0$? It is"],
)
def test_a_range_stated_is_still_read(prose: str) -> None:
    assert _verdict(prose) == "PROVED"
