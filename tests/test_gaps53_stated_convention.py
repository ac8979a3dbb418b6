r"""A step through ``0 \log 0`` read under the convention the notes state (gaps53).

"With the convention $0 \log 0 = 0$, … $$0 \log 0 + 2 \log 1 = 1$$" was SKIPPED "has no value as written"
(documents.undefinedvalues): as written the member is undefined. But the notes say what they mean by it, and the
limit of x log x at 0 says the same: under every plausible reading the left side is 0, so the step is FAILED, saying
the convention. Without a stated convention the step stays SKIPPED; a right step under it is not made green.
"""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
# Entropy of a sure outcome

With the convention $0 \log 0 = 0$, the entropy of the distribution $(0, 1)$ is

$$-\left(0 \log 0 + 1 \log 1\right) = %s .$$
"""


def test_a_wrong_value_under_the_stated_convention_is_failed() -> None:
    step = doc_steps(NOTES % "1")[-1]
    assert step.verdict.value == "FAILED", step.message
    assert "convention" in step.message


def test_the_right_value_is_not_failed() -> None:
    assert doc_steps(NOTES % "0")[-1].verdict.value != "FAILED"


def test_without_a_stated_convention_it_stays_skipped() -> None:
    notes = NOTES.replace("With the convention $0 \\log 0 = 0$, the", "The") % "1"
    assert doc_steps(notes)[-1].verdict.value == "SKIPPED"
