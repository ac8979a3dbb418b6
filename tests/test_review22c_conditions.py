"""review22c: "we will need $$…$$" announces a fact the notes use later, not a condition
(documents.hypothetical). Examples written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.hypothetical import condition_cue


def test_what_we_will_need_is_a_fact() -> None:
    assert condition_cue("For backpropagation we will need", "") is None
    notes = "# Backprop\n\nFor backpropagation we will need\n\n$$\\frac{d}{dx} x^3 = 3x$$\n\nwhich we use below.\n"
    (step,) = doc_steps(notes)
    assert step.verdict.value == "FAILED", step.message


def test_what_we_would_need_is_still_a_condition() -> None:
    assert condition_cue("For the updates to agree we would need", "") == "we would need"
