r"""Sizes the prose sets for a check ("for $m = n = 1$ we get", "taking n = 2, m = 1") are read (read18).

A worked special case of a matrix formula holds at the sizes the notes set for it and not at others:
``\nabla_x \frac12\|Ax - b\|^2 = A^2 x - Ab`` is right for m = n = 1 (A a number). The sizes were not read,
the step was checked at m = 3 and FAILED. Now a step the sentence leading in to it sets sizes for is
checked at those sizes; sizes stated earlier in its section make a step that holds there SKIPPED (which
sizes it means is not said), never FAILED and never green.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = """# Least squares

Let $A \\in \\mathbb{R}^{m \\times n}$, $b \\in \\mathbb{R}^m$ and $x \\in \\mathbb{R}^n$.

$$\\nabla_x \\frac12 \\|A x - b\\|^2 = A^T (A x - b)$$

{lead}

$$\\nabla_x \\frac12 \\|A x - b\\|^2 = {right}$$
"""


@pytest.mark.parametrize(("lead", "right"), [
    ("As a check, for $m = n = 1$ we get", "A^2 x - A b"),
    ("As a check, for m = n = 1 we get", "A^2 x - A b"),
    ("Taking $n = 2$, $m = 1$:", "(A x - b) A^T"),
    ("Taking n = 2, m = 1:", "(A x - b) A^T"),
])  # fmt: skip
def test_a_step_is_checked_at_the_sizes_its_lead_in_sets(lead: str, right: str) -> None:
    r = doc_steps(_NOTES.replace("{lead}", lead).replace("{right}", right))[-1]
    assert r.verdict in _GREEN, r.message
    assert "sizes" in r.message


@pytest.mark.parametrize(("lead", "right"), [
    ("As a check, for $m = n = 1$ we get", "2 A^2 x - A b"),
    ("As a check, for m = n = 1 we get", "A^2 x + A b"),
    ("Taking n = 2, m = 1:", "(A x + b) A^T"),
])  # fmt: skip
def test_a_wrong_step_at_the_stated_sizes_is_failed(lead: str, right: str) -> None:
    r = doc_steps(_NOTES.replace("{lead}", lead).replace("{right}", right))[-1]
    assert r.verdict is Verdict.FAILED, r.message


def test_sizes_stated_before_another_display_do_not_make_a_general_step_green() -> None:
    lead = "For $m = n = 1$ this is the derivative of a square. $$y = 1$$ In general:"
    r = doc_steps(_NOTES.replace("{lead}", lead).replace("{right}", "A (A x - b)"))[-1]
    assert r.verdict not in _GREEN, r.message


def test_sizes_of_another_section_are_not_read() -> None:
    notes = _NOTES.replace("{lead}", "For $m = n = 1$ we get").replace("{right}", "A^2 x - A b")
    other = "# Problem 2\n\nFor $m = n = 1$ the case is trivial.\n\n# Problem 3\n\nWe get"
    notes = notes.replace("For $m = n = 1$", other)
    r = doc_steps(notes)[-1]
    assert r.verdict is Verdict.FAILED, r.message


def test_sizes_are_whole_numbers_set_to_one_letter_names() -> None:
    from verifier.documents.statedsizes import size_values

    assert size_values("for m = n = 1 we get") == {"m": 1, "n": 1}
    assert size_values("taking $n = 2$, $d = 1$:") == {"n": 2, "d": 1}
    assert size_values("taking n = 2, d = 1 and") == {"n": 2, "d": 1}
    assert size_values("so n = 2 m here, and y = 3 x") == {}
    assert size_values("with $n = 1$ and later n = 2") == {}  # two values: which one is not said
