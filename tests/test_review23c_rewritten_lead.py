r"""Words that name a rewriting only say "the same quantity rewritten" when nothing in them says it changes.

me28: "Expanding," just before a restatement near its definition makes a restatement that does not hold
FAILED (the expansion is the mistake). The same words also introduce a new quantity — "Substituting the
absolute loss for the squared loss," — or are negated — "Rather than expanding, we switch to …"; there a
different J is a new meaning, never FAILED. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

_NOTES = r"""
The squared loss of one example is
$$J(w) = \frac{1}{2}(wx - y)^2.$$
{lead}
$$J(w) = {rhs}.$$
"""


def _last(lead: str, rhs: str) -> tuple[str, str]:
    step = doc_steps(_NOTES.replace("{lead}", lead).replace("{rhs}", rhs))[-1]
    return step.verdict.value, step.message


@pytest.mark.parametrize("lead", [
    "Substituting the absolute loss for the squared loss,",
    "Rather than expanding, we switch to the absolute loss,",
    "Without expanding anything, another loss is the absolute loss,",
    "Replacing the square by an absolute value and simplifying,",
])
def test_a_new_loss_introduced_with_rewriting_words_is_not_failed(lead: str) -> None:
    verdict, message = _last(lead, "|wx - y|")
    assert verdict == "SKIPPED" and "anew" in message, message


def test_a_wrong_expansion_is_still_failed() -> None:
    verdict, message = _last("Expanding,", r"\frac{1}{2}w^2x^2 - wxy + y^2")
    assert verdict == "FAILED", message
    verdict, message = _last("Expanding the square,", r"\frac{1}{2}w^2x^2 - wxy + \frac{1}{2}y^2")
    assert verdict in ("PROVED", "PASSED"), message
