r"""A range the prose declines, calls a mistake, or leaves for "all real x" is no hypothesis (redteam36).

Each was PROVED "as the prose states" (x > 0 read as the display's range), though the display is meant for every
real x: "It is tempting to restrict to $x > 0$, but we do not. In full generality," — "Students often assume
$x > 0$ here, which is wrong." — "For $x > 0$ this is trivial. The claim for all real $x$ is". deniedranges
knew "not", "fails", "in general", "either way"; not a range declined by the writer after it, called wrong in a
"which" clause, or left for "all real x" / "full generality". Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

_STEP = "\n$$\\sqrt{x^2} = x$$\n"


def _verdicts(prose: str) -> list[str]:
    return [s.verdict.value for s in doc_steps("# Notes\n\n" + prose + _STEP)]


@pytest.mark.parametrize(
    "prose",
    [
        "It is tempting to restrict to $x > 0$, but we do not. In full generality,",
        "It is tempting to restrict to $x > 0$, but we will not:",
        "Students often assume $x > 0$ here, which is wrong. We get",
        "One might take $x > 0$, which would be a mistake. Then",
        "For $x > 0$ this is trivial. The claim for all real $x$ is",
        "For $x > 0$ this is easy; for every real $x$,",
        "Mistakenly restricting to $x > 0$, one writes",
    ],
    ids=["declined-generality", "declined-will-not", "which-is-wrong", "which-mistake", "all-real", "every-real",
         "mistakenly"],
)
def test_a_declined_range_is_no_hypothesis(prose: str) -> None:
    assert _verdicts(prose) not in (["PROVED"], ["PASSED"])


@pytest.mark.parametrize(
    "prose",
    ["For $x > 0$,", "We restrict to $x > 0$, which is what the model needs. Then",
     "Assume $x > 0$; for all such $x$ we get"],
    ids=["for", "which-other", "for-all-such"],
)
def test_a_stated_range_is_still_read(prose: str) -> None:
    assert _verdicts(prose) == ["PROVED"]
