r"""A display the notes state as a condition ("we would need $$…$$, but this is only guaranteed when …").

Notes showing why a method is not invariant write the equation it would take and say it does not hold in
general; checked as a claim it failed, and a FAILED reported their argument as their mistake. The cue is the
prose just before the display or the sentence it goes on with (documents.hypothetical); "we want to show"
and a plain "which we use below" state facts, and a failure there stays FAILED. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.hypothetical import condition_cue

_NOTES = r"""
Gradient descent is not invariant. {before}

$$A(z - \alpha A^T g) = Az - \alpha A g,$$

{after}
"""


def _verdict(before: str, after: str) -> tuple[str, str]:
    (step,) = doc_steps(_NOTES.replace("{before}", before).replace("{after}", after))
    return step.verdict.value, step.message


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("In order for $Az = x$ after one step, we would need", "which fails in general."),
        ("For the two updates to agree it would have to be that", ""),
        ("For the two to agree,", "but this is only guaranteed when $A$ is unitary."),
        ("The two agree if", "which holds only when $A^T = I$."),
    ],
)
def test_a_display_stated_as_a_condition_is_not_the_notes_mistake(before: str, after: str) -> None:
    verdict, message = _verdict(before, after)
    assert verdict == "SKIPPED" and "as a condition" in message, message


@pytest.mark.parametrize(
    ("before", "after"), [("We want to show that", ""), ("The update satisfies", "which we use below.")]
)
def test_a_display_stated_as_a_fact_that_fails_is_failed(before: str, after: str) -> None:
    verdict, message = _verdict(before, after)
    assert verdict == "FAILED", message


def test_the_cues() -> None:
    assert condition_cue("In order for $Az = x$, we would need", "") == "we would need"
    assert condition_cue("", "but this is only guaranteed when $A$ is unitary.") is not None
    assert condition_cue("We want to show that", "") is None
    assert condition_cue("Then", "and we are done.") is None
