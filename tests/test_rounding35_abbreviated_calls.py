r"""A bare function name the prose says stands for its call: ``\sigma`` for ``\sigma(z)`` (rounding35).

"Write $\sigma$ for $\sigma(z)$." then ``\sigma'(z) = \sigma(1 - \sigma)`` was FAILED: the bare σ read as a free
scalar, though the notes said what it is. Where the prose says so ("write σ for σ(z)", "we abbreviate σ(z) as
σ", "where σ denotes σ(z)"), the bare name is the call, up to the next heading. Without such prose the bare
name keeps today's reading (never green by guess)."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")
IDENTITY = "$$\\sigma'(z) = \\sigma(1 - \\sigma)$$\n"


@pytest.mark.parametrize("notes", [
    "Write $\\sigma$ for $\\sigma(z)$. Then\n" + IDENTITY,
    "We abbreviate $\\sigma(z)$ as $\\sigma$ from here on.\n\n" + IDENTITY,
    "Let $\\sigma$ denote $\\sigma(z)$, so that\n" + IDENTITY,
    "The derivative is\n$$\\sigma'(z) = \\sigma(1 - \\sigma),$$\nwhere $\\sigma$ denotes $\\sigma(z)$.\n",
    "Writing $\\sigma$ for $\\sigma(z)$ to save ink,\n$$\\frac{d}{dz}\\sigma(z) = \\sigma - \\sigma^2$$\n",
    "We use $\\sigma$ as shorthand for $\\sigma(z)$:\n" + IDENTITY,
])
def test_a_bare_name_said_to_stand_for_its_call_is_that_call(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and all(s.verdict.value in GREEN for s in steps), [(s.verdict, s.message) for s in steps]


def test_a_wrong_step_under_the_abbreviation_is_failed() -> None:
    steps = doc_steps("Write $\\sigma$ for $\\sigma(z)$. Then\n$$\\sigma'(z) = \\sigma(1 + \\sigma)$$\n")
    assert steps[0].verdict.value == "FAILED", steps[0].message


def test_without_the_prose_the_bare_name_is_not_read_as_the_call() -> None:
    steps = doc_steps("Then\n" + IDENTITY)
    assert steps[0].verdict.value not in GREEN, steps[0].message


def test_the_abbreviation_ends_at_the_next_heading() -> None:
    steps = doc_steps("## One\n\nWrite $\\sigma$ for $\\sigma(z)$.\n\n## Two\n\n" + IDENTITY)
    assert steps[0].verdict.value not in GREEN, steps[0].message


def test_a_name_said_to_stand_for_something_else_is_not_rewritten() -> None:
    # "σ denotes the standard deviation": no call named, nothing to read
    steps = doc_steps("Here $\\sigma$ denotes the standard deviation $s(x)$.\n" + IDENTITY)
    assert steps[0].verdict.value not in GREEN, steps[0].message


def test_a_later_abbreviation_of_the_name_ends_the_earlier_one() -> None:
    notes = ("Write $\\sigma$ for $\\sigma(x)$.\n\nNow write $\\sigma$ for $\\sigma(z)$. Then\n" + IDENTITY)
    steps = doc_steps(notes)
    assert steps[0].verdict.value in GREEN, steps[0].message
