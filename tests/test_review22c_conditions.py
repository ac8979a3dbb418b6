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


def test_what_a_computation_requires_is_a_fact() -> None:
    # "Computing this requires $$…$$": the derivative the notes use, not a condition
    assert condition_cue("Computing this requires", "") is None
    notes = "# Backprop\n\nComputing this requires\n\n$$\\frac{d}{dx} x^3 = 3x$$\n\nand we go on.\n"
    (step,) = doc_steps(notes)
    assert step.verdict.value == "FAILED", step.message


def test_what_it_would_require_is_still_a_condition() -> None:
    assert condition_cue("For the two to agree, this would require", "") is not None
    assert condition_cue("For the two to agree, which requires that", "") is not None
