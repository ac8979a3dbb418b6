r"""A ``$$`` that opens no display (in an HTML comment, in prose next to a price) is no unread content.

redmid60 (red team of stop 60): fresh63's ebf2326c reports a paragraph with an odd count of ``$$`` as "a display
opened with $$ is never closed" (SKIPPED, the run not green). A ``$$`` inside an HTML comment the renderer hides,
or "US$$2" in prose, holds no math: the note's one display is read and proved, and nothing is left unread. The
tests pass on ad88180f and fail on ebf2326c. Every example is written here."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_NOTES = [
    "# Notes\n\nThe gradient <!-- TODO: $$ fix --> is\n\n$$\\frac{d}{dx} x^2 = 2x$$\n",
    "# Notes\n\nA GPU hour costs US$$2 on some clouds; the derivative is\n\n$$\\frac{d}{dx} x^2 = 2x$$\n",
]


@pytest.mark.parametrize("text", _NOTES)
def test_a_stray_double_dollar_leaves_nothing_unread(text: str) -> None:
    check = check_text(text, "notes.md")
    steps = [s.verdict for c in check.chains for s in c.result.steps]
    assert steps == [Verdict.PROVED]
    assert not [e for e in check.errors if e.verdict is Verdict.SKIPPED]
