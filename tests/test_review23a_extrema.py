r"""review23a: a ``\max_j`` after an unbracketed ``\sum_j`` binds its own j.

``\sum_j (z_j - \max_j z_j) = \sum_j z_j - \max_j z_j`` drops the factor K of the shift; the re-reading
"the sum over every term after it" (documents.readings.sum_over_the_rest) took the j of ``\max_j z_j``
for the sum's index and read the right side as ``\sum_j (z_j - \max_j z_j)``: PROVED."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.readings import sum_over_the_rest
from verifier.results import Verdict

_NOTES = "# Notes\n\nLet $z \\in \\mathbb{R}^K$.\n\n$$\n{claim}\n$$\n"


def _verdicts(claim: str) -> list[Verdict]:
    check = check_text(_NOTES.replace("{claim}", claim), "notes.md")
    return [s.verdict for ch in check.chains for s in ch.result.steps]


def test_the_index_of_a_max_after_a_sum_is_not_the_sums() -> None:
    assert sum_over_the_rest(r"\sum_j z_j - \max_j z_j") is None
    assert sum_over_the_rest(r"\sum_j z_j - 2\min_{j} z_j") is None
    assert sum_over_the_rest(r"\sum_j z_j - z_j") is not None  # a j written outside: still re-read


def test_a_dropped_factor_of_the_shift_is_not_green() -> None:
    assert _verdicts(r"\sum_j (z_j - \max_j z_j) = \sum_j z_j - \max_j z_j") == [Verdict.FAILED]
    assert _verdicts(r"\sum_{j=1}^K (z_j - \max_j z_j) = \sum_{j=1}^K z_j - K\max_j z_j") == [Verdict.PROVED]
