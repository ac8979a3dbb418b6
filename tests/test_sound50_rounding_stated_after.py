r"""A value whose sentence goes on to the longer decimal it rounds is a rounding, not data.

"So $y = 0.73$, matching $$\sigma(1) = 0.7311$$" states y as σ(1) rounded. documents.exactdata read y as data
(exact) unless a longer decimal it rounds was written *before* it, or in a display on its own line: with the
display on the next line (or the decimal in an inline formula of the same sentence), ``3y = 2.193`` — right for
y = σ(1) — was FAILED "at the values the notes state as data" (a false alarm), and ``3y = 2.19`` PROVED where the
value proves nothing about σ(1) (sound49's leftover). The rest of the statement's sentence (through a display it
leads into) now counts as written beside it: y is a rounding — ``3y = 2.193`` is not FAILED, ``3y = 2.19`` is
PASSED, and a far number (``3y = 2.5``) is not green. Every example is my own.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_LEADS = [
    "So $y = 0.73$, matching\n$$\\sigma(1) = 0.7311$$",
    "So $y = 0.73$, matching $\\sigma(1) = 0.7311$.",
]


def _last(lead: str, display: str) -> Verdict:
    return doc_steps(f"# S\n\n{lead}\n\nThen\n$${display}$$\n")[-1].verdict


@pytest.mark.parametrize("lead", _LEADS)
def test_the_unrounded_product_is_not_failed(lead: str) -> None:
    assert _last(lead, "3y = 2.193") is not Verdict.FAILED


@pytest.mark.parametrize("lead", [*_LEADS, "We get $$\\sigma(1) = 0.7311$$ so $y = 0.73$."])
def test_the_product_at_the_rounded_value_is_passed_not_proved(lead: str) -> None:
    assert _last(lead, "3y = 2.19") is Verdict.PASSED


@pytest.mark.parametrize("lead", _LEADS)
def test_a_far_number_is_not_green(lead: str) -> None:
    assert _last(lead, "3y = 2.5") not in (Verdict.PROVED, Verdict.PASSED)


def test_a_value_stated_alone_stays_data() -> None:
    assert _last("Take $y = 0.73$.", "3y = 2.193") is Verdict.FAILED
