r"""A size at which a sum's range runs backwards is no witness against its closed form (redteam41).

``\sum_{i=1}^{m-3}\sum_{j=1}^{m} [i<j] = \frac{(m-3)(m+2)}{2}`` (right for every m ≥ 3) was FAILED "at m=2": the extra
sizes of documents.everysize (2, 4 and 2 … d + 2) put m = 2 in, where the outer sum runs from 1 to −1 — no size
the notes mean, and read as an empty sum (0) it is not the polynomial's −2. Such a size is not checked; the wrong
closed form still fails at a size the sum means. Every example is written here."""

from __future__ import annotations

from support import doc_steps

COUNT = r"\sum_{i=1}^{m-3}\sum_{j=1}^{m} [i<j]"


def _verdict(right: str) -> str:
    [got] = doc_steps("# Pairs\n\nThe pairs:\n\n$$\n" + COUNT + " = " + right + "\n$$\n")
    return got.verdict.value


def test_a_right_count_is_not_failed_where_its_range_runs_backwards() -> None:
    assert _verdict(r"\frac{(m-3)(m+2)}{2}") == "PASSED"


def test_a_wrong_count_is_still_failed() -> None:
    assert _verdict(r"\frac{(m-3)(m+1)}{2}") == "FAILED"
