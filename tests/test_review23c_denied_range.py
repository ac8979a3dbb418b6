r"""A range the prose denies ("not just for $t > 0$") states no range for the claim beside it.

``stated_ranges`` reads "$f'(x) = 1$ for $x > 0$" as the claim on x > 0 (green where the literal reading
fails). "For every real $t$, $\frac{d}{dt}|t| = 1$, not just for $t > 0$." says the opposite: the claim is
meant everywhere, and the slip (|t|' = 1 for t < 0 too) was PROVED "holds when read with t > 0 as the
prose states". Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps


@pytest.mark.parametrize("prose", [
    r"For every real $t$ we have $\frac{d}{dt}|t| = 1$, not just for $t > 0$.",
    r"We have $\frac{d}{dt}|t| = 1$ and not only when $t > 0$.",
])
def test_a_denied_range_does_not_excuse_a_wrong_claim(prose: str) -> None:
    step = doc_steps(prose)[-1]
    assert step.verdict.value == "FAILED", step.message


def test_a_stated_range_still_holds() -> None:
    step = doc_steps(r"We have $\frac{d}{dt}|t| = 1$ for $t > 0$.")[-1]
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
