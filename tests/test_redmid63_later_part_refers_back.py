r"""A later part's sentence about the step's own part keeps the structure doubt (redmid63, on ctx63 33300719).

ctx63 made a structure word ("commute", "symmetric", "unitary") of a later part of the notes (documents.parts: any
heading, \item or enumerator) no third reading of an earlier part's step that fails both as the inverse and entry-wise.
But a later part may speak of the earlier one ("The argument of part (a) only holds for matrices that commute"), and
in lecture notes every heading is a "part" ("## Caveat: the step above is only valid for matrices that commute").
``(AB)^{-1} = A^{-1}B^{-1}`` holds for commuting A, B: under the reading the notes give it, it is right, so it must not
be FAILED (it was SKIPPED before). A step wrong for commuting matrices too stays FAILED. Every note is written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_STEP = "$$(AB)^{-1} = RIGHT$$"

_PARTS = """# Inverses

## Part (a)

Let $A, B \\in \\mathbb{R}^{n \\times n}$ be invertible. Then

STEP

which is what we wanted.

## Part (b)

Now a different question. The argument of part (a) only holds for matrices that commute, $AB = BA$.
"""

_CAVEAT = """# Inverses of products

Let $A, B \\in \\mathbb{R}^{n \\times n}$ be invertible. Then

STEP

## Caveat

The step above is only valid for matrices that commute, $AB = BA$.
"""


def _verdicts(notes: str, right: str) -> list[str]:
    step = _STEP.replace("RIGHT", right)
    text = notes.replace("STEP", step)
    return verdicts_by_line(text)[1 + text.split("\n").index(step)]


@pytest.mark.parametrize("notes", [_PARTS, _CAVEAT], ids=["part-a-named", "caveat-section"])
def test_a_step_right_for_the_commuting_matrices_a_later_part_names_is_not_failed(notes: str) -> None:
    assert "FAILED" not in _verdicts(notes, "A^{-1} B^{-1}")


@pytest.mark.parametrize("notes", [_PARTS, _CAVEAT], ids=["part-a-named", "caveat-section"])
def test_a_step_wrong_for_commuting_matrices_too_is_not_green(notes: str) -> None:
    got = _verdicts(notes, "B A^{-1}")
    assert not {"PROVED", "PASSED"} & set(got), got
