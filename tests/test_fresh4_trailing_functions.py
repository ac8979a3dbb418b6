r"""A function the "where" sentence after a display defines (``where $H(p) = -\sum_k p_k \log p_k$``)
is a function in that display too: ``-H(p)`` was read as ``H`` times the vector ``p`` (a shape clash,
SKIPPED), so a sign flip in the entropy term went unseen. Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

NOTES = r"""
$$
\sum_{k=1}^{K} p_k\log p_k - \sum_{k=1}^{K} p_k \log q_k = {RHS} - \sum_{k=1}^{K} p_k\log q_k
$$
where $H(p) = -\sum_{k=1}^K p_k \log p_k$ is the entropy.
"""


def verdicts(notes: str) -> list[str]:
    result = check_text(notes, "notes.md", Settings())
    return [s.verdict.value for ch in result.chains for s in ch.result.steps]


def test_function_defined_after_the_display_is_applied_in_it() -> None:
    assert verdicts(NOTES.replace("{RHS}", "-H(p)")) == ["PROVED"]


def test_sign_flip_of_that_function_is_failed() -> None:
    assert verdicts(NOTES.replace("{RHS}", "H(p)")) == ["FAILED"]
