r"""``$h(t)$`` in the prose makes h a function of t in its own section only (review21b).

``dependence.applied_in_prose`` read an inline ``$h(t)$`` as a dependence for the whole of the notes: a
later section where the prose calls h the step size had ``\frac{d}{dt}(h t^2) = 2ht`` SKIPPED (was PROVED).
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_STEP = r"$$\frac{d}{dt}(h t^2) = 2 h t$$"


def test_a_letter_applied_in_another_section_stays_a_constant() -> None:
    notes = f"# Signals\n\nThe signal $h(t)$ is sampled once.\n\n# Scaling\n\nHere $h$ is the step size.\n\n{_STEP}\n"
    step = doc_steps(notes)[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_a_letter_applied_in_its_own_section_is_a_function() -> None:
    notes = f"# Signals\n\nThe signal $h(t)$ is sampled once.\n\n{_STEP}\n"
    step = doc_steps(notes)[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message
