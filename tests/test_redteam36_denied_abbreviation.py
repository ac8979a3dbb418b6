r"""An abbreviation the prose denies is none (redteam36).

"Here $\sigma$ is a fixed constant; we never write $\sigma$ for $\sigma(z)$." — abbreviatedcalls (stop 35) read
the words "write $\sigma$ for $\sigma(z)$" and rewrote every bare σ below as σ(z), so the correct
``\frac{d}{dz}(\sigma z) = \sigma`` was FAILED "\sigma read as \sigma(z)". A negation earlier in the clause
(not, never, no, …) takes the sentence back, as it does for the other statements of the prose
(symmetricprose.NEGATION). Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.abbreviatedcalls import abbreviations

_STEP = "\n$$\\frac{d}{dz}\\left(\\sigma z\\right) = \\sigma$$\n"


@pytest.mark.parametrize(
    "sentence",
    ["Here $\\sigma$ is a fixed constant; we never write $\\sigma$ for $\\sigma(z)$.",
     "We do not use $\\sigma$ as shorthand for $\\sigma(z)$: it is a constant.",
     "Note that $\\sigma$ does not abbreviate anything, and we won't denote $\\sigma(z)$ by $\\sigma$."],
    ids=["never", "do-not", "won't"],
)
def test_a_denied_abbreviation_is_not_read(sentence: str) -> None:
    assert abbreviations(["# Notes", "", sentence]) == []
    assert [s.verdict.value for s in doc_steps("# Notes\n\n" + sentence + _STEP)] == ["PROVED"]


def test_a_stated_abbreviation_is_still_read() -> None:
    assert abbreviations(["# Notes", "", "We write $\\sigma$ for $\\sigma(z)$."]) == [(3, 3, "\\sigma", "\\sigma(z)")]
