r"""A sum over every entry of a stated vector reads the stated vector (sound40, documents.onesidedvectors).

"Let $p = [0.5, 0.3, 0.2]$" then ``\sum_{i=1}^{3} p_i = 1`` was SKIPPED "p appears on one side only": a name written
by an entry was left out of the stated-vector reading (at a free index the entry is one of several). An entry whose
index a sum runs over is every entry: the link is read at the stated vector, PROVED; a wrong total is not green.
Every example is written here."""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
# Probabilities

Let $p = [0.5, 0.3, 0.2]$. Then

$$
CLAIM
$$
"""


def _verdicts(claim: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(NOTES.replace("CLAIM", claim))]


def test_the_sum_of_the_stated_entries_is_proved() -> None:
    assert _verdicts(r"\sum_{i=1}^{3} p_i = 1") == ["PROVED"]


def test_a_wrong_sum_of_the_stated_entries_is_not_green() -> None:
    for wrong in ("0.9", "2"):
        assert _verdicts(r"\sum_{i=1}^{3} p_i = " + wrong)[0] not in ("PROVED", "PASSED")


def test_an_entry_at_a_free_index_is_still_no_stated_vector() -> None:
    assert _verdicts(r"p_k = 0.5")[0] not in ("PROVED", "PASSED")
