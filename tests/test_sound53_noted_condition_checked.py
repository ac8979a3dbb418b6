r"""A display whose note states a condition is checked under it before it is excused (sound53).

documents.notedcondition makes a FAILED step SKIPPED where its note (``\text{ since } ab = 0``) or the prose going on
after the display ("$$…$$ when $z_b = 0$.") states a condition: the identity may hold only there. But a step that
fails under the stated condition too is wrong under every reading of it, and was SKIPPED all the same (before
lead52 the prose case was FAILED): a lost catch. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_AFTER = """# Differences of squares

$$(y_a - z_b)^2 = {rhs}$$

when $z_b = 0$.
"""

_NOTE = """# A product

$$(a + b)^2 = {rhs} \\quad \\text{{since }} ab = 0$$
"""


@pytest.mark.parametrize(("text", "rhs"), [(_AFTER, "y_a^2 + z_b^2 + 1"), (_AFTER, "2 y_a^2 - z_b^2"),
                                           (_NOTE, "a^2 + b^2 + 1")])
def test_a_step_that_fails_under_its_condition_too_is_failed(text: str, rhs: str) -> None:
    assert verdicts_by_line(text.format(rhs=rhs))[3] == ["FAILED"]


@pytest.mark.parametrize(("text", "rhs"), [(_AFTER, "y_a^2 - z_b^2"), (_NOTE, "a^2 + b^2")])
def test_a_step_that_holds_under_its_condition_is_not_failed(text: str, rhs: str) -> None:
    assert verdicts_by_line(text.format(rhs=rhs))[3] == ["SKIPPED"]
