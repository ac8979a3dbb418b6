r""" "For all $n$," does not make n a real number: an identity of integers is not FAILED at n = 1.33 (redmid64, on
newuser64 210ce04c).

newuser64's documents.forallnames reads "For any numbers $a$, $b$, $c$," before a display as "the equation is an
identity in them" and keeps a FAILED there. Its lead-in pattern makes "numbers" optional, so "For all $n$, we have"
and "For any $k$," quantify n and k over the reals — but n, k, m are the letters notes keep for integers:
``(-1)^{2n} = 1`` and ``\cos(\pi k) = (-1)^k`` hold for every integer and were FAILED at n = 1.33 / k = 14.99
(SKIPPED on the base c735fc13: "nothing says it is an identity"). A FAILED must hold under every plausible reading;
a wrong identity said "for all real numbers" stays FAILED (newuser64's gain: that guard fails on the base, SKIPPED
there). Every note is written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line


def _notes(lead: str, display: str) -> str:
    return f"# Identities\n\n{lead}\n\n$${display}$$\n"


@pytest.mark.parametrize(
    ("lead", "display"),
    [
        ("For all $n$, we have", "(-1)^{2n} = 1"),
        ("For any $k$,", "\\cos(\\pi k) = (-1)^k"),
    ],
)
def test_an_identity_of_integers_quantified_without_a_domain_is_not_failed(lead: str, display: str) -> None:
    assert verdicts_by_line(_notes(lead, display))[5] != ["FAILED"]


def test_a_wrong_identity_for_all_real_numbers_is_still_failed() -> None:
    assert verdicts_by_line(_notes("For all real numbers $a$ and $b$,", "(a + b)^2 = a^2 + b^2"))[5] == ["FAILED"]
