r"""The rounding brackets ``\lfloor … \rfloor`` and ``\lceil … \rceil`` of numbers are read as floor and ceiling.

Convolution notes work output sizes as ``\left\lfloor \frac{5 + 2 - 3}{2} \right\rfloor + 1 = 3``; the tokenizer
knew neither bracket, so a wrong size (``2p`` written ``p``) was SKIPPED (fresh25, transposed convolutions).
A bracket of names stays unread: the names are integers there, and the checker samples reals.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


def _verdicts(display: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(f"The output size.\n\n$${display}$$\n")]


@pytest.mark.parametrize(
    "display",
    [r"\left\lfloor \frac{5 + 2 - 3}{2} \right\rfloor + 1 = 3", r"\lfloor 7/2 \rfloor = 3", r"\lceil 7/2 \rceil = 4",
     r"\left\lceil \frac{10}{4} \right\rceil = 3"],
    ids=["left-right-floor", "floor", "ceil", "left-right-ceil"],
)
def test_a_rounding_bracket_of_numbers_is_proved(display: str) -> None:
    assert _verdicts(display) == [Verdict.PROVED]


@pytest.mark.parametrize(
    "display",
    [r"\left\lfloor \frac{5 + 1 - 3}{2} \right\rfloor + 1 = 3", r"\lceil 7/2 \rceil = 3"],
    ids=["floor", "ceil"],
)
def test_a_wrong_rounding_of_numbers_is_failed(display: str) -> None:
    assert _verdicts(display) == [Verdict.FAILED]


def test_a_rounding_bracket_of_names_is_not_failed() -> None:
    # true for integers n only: sampled at a real n it would fail
    assert Verdict.FAILED not in _verdicts(r"\lfloor n/2 \rfloor + \lceil n/2 \rceil = n")
