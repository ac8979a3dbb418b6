r"""A range the prose denies with "cannot", "nothing" or by dropping the assumption is no hypothesis (redteam37).

"Nothing requires $x > 0$.", "We cannot assume $x > 0$.", "We drop the assumption $x > 0$." each made the
false ``|x| = x`` PROVED "as the prose states": deniedranges' words before a range knew "not", "never",
"without", not the negation inside "cannot", a "nothing"/"nobody" subject, nor an assumption dropped or relaxed.
Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

_STEP = "\n$$|x| = x$$\n"


def _verdicts(prose: str) -> list[str]:
    return [s.verdict.value for s in doc_steps("# Notes\n\n" + prose + _STEP)]


@pytest.mark.parametrize(
    "prose",
    [
        "Nothing requires $x > 0$.",
        "We cannot assume $x > 0$.",
        "One can not assume $x > 0$ here.",
        "We drop the assumption $x > 0$.",
        "Relaxing the condition $x > 0$, we get",
        "Nobody guarantees $x > 0$.",
    ],
    ids=["nothing", "cannot", "can-not", "drop", "relax", "nobody"],
)
def test_a_range_denied_in_these_words_is_no_hypothesis(prose: str) -> None:
    assert _verdicts(prose) not in (["PROVED"], ["PASSED"])


@pytest.mark.parametrize(
    "prose",
    ["For $x > 0$,", "We can assume $x > 0$. Then", "We drop the absolute value for $x > 0$:"],
    ids=["for", "can-assume", "drop-other"],
)
def test_a_stated_range_is_still_read(prose: str) -> None:
    assert _verdicts(prose) == ["PROVED"]
