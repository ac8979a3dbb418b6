r"""A name applied like a distribution but not called one keeps a step read with the others from FAILED (redteam41).

gaps40 reads the calls of a name the prose calls a distribution (``s(y)``, summed over y) as a probability vector's
entries. "The target has distribution $s$; the draft model $r$ proposes the tokens" then ``\sum_y \min(s(y), r(y)) =
1 - \frac12 \sum_y |s(y) - r(y)|`` was FAILED "fails too when read with $s$ read as distributions": r(y), applied
to the summed y as s(y) is, was still the product r·y. That is not every plausible reading: SKIPPED, naming r.
Every example is written here."""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
# Overlap

SENTENCE Then

$$
\sum_y \min(s(y), r(y)) = RIGHT
$$
"""


def _verdict(sentence: str, right: str) -> tuple[str, str]:
    [step] = doc_steps(NOTES.replace("SENTENCE", sentence).replace("RIGHT", right))
    return step.verdict.value, step.message


def test_a_name_applied_as_a_distribution_but_not_called_one_makes_no_failed() -> None:
    verdict, message = _verdict("The target has distribution $s$; the draft model $r$ proposes the tokens.",
                                r"1 - \frac{1}{2}\sum_y |s(y) - r(y)|")
    assert verdict == "SKIPPED"
    assert "$r$" in message


def test_both_called_distributions_a_wrong_overlap_is_still_failed() -> None:
    verdict, _ = _verdict("The target and the draft have distributions $s$ and $r$.",
                          r"1 - \sum_y |s(y) - r(y)|")
    assert verdict == "FAILED"


def test_both_called_distributions_the_overlap_holds() -> None:
    verdict, _ = _verdict("The target and the draft have distributions $s$ and $r$.",
                          r"1 - \frac{1}{2}\sum_y |s(y) - r(y)|")
    assert verdict == "PASSED"
