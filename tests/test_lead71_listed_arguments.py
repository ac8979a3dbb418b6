r"""A function of a whole vector called with its entries listed: ``\operatorname{lse}(0, 0)`` is log-sum-exp of
(0, 0), ``\mathrm{softmax}(1, 2, 3)`` the softmax of (1, 2, 3) (documents.functions).

lead71's log-sum-exp note ends "with $K = 2$, $\operatorname{lse}(0, 0) = \log 2$": SKIPPED "lse takes a different
number of arguments", right or wrong. A softmax is read so only where every argument is a number
(``\mathrm{softmax}(z, T)`` may be a temperature). Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line


@pytest.mark.parametrize(("claim", "verdict"), [
    (r"\operatorname{lse}(0, 0) = \log 2", "PROVED"),
    (r"\operatorname{lse}(0, 0) = 0", "FAILED"),
    (r"\operatorname{lse}(a, b) = \log(e^a + e^b)", "PROVED"),
    (r"\operatorname{lse}(a, b) = \log(e^a - e^b)", "FAILED"),
    (r"\mathrm{softmax}(0, 0, 0) = (1/3, 1/3, 1/3)", "PROVED"),
    (r"\mathrm{softmax}(0, 0, 0) = (1/2, 1/4, 1/4)", "FAILED"),
])
def test_listed_entries_are_the_vector(claim: str, verdict: str) -> None:
    assert verdicts_by_line(f"A fact:\n\n$${claim}$$\n")[3] == [verdict]


def test_a_softmax_with_a_name_beside_its_vector_is_not_read_as_a_list() -> None:
    verdicts = verdicts_by_line("A fact:\n\n$$\\mathrm{softmax}(a, b) = \\mathrm{softmax}(b, a)$$\n")[3]
    assert verdicts != ["FAILED"] and verdicts != ["PROVED"]
