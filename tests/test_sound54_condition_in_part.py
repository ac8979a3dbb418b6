r"""A condition after a display checked alone where the notes state more with it (sound54).

sound53 made a FAILED step whose display is followed by one equation ("$$…$$ when $z_b = 0$.", ``\text{ since } ab =
0``) checked under it, and FAILED if it fails there too. Where the notes state more than that equation — "when $z_b =
0$ and the label $y_a$ is one", "… for a binary label $y_a \in \{0, 1\}$", ``\text{since } b = 0 \text{ and } a \in
\{0, 1\}`` — the step holds under the whole condition and fails under its first equation alone: it was FAILED, a
false alarm. Only a condition that is all the notes state there is assumed; the rest is SKIPPED as before (naming
the condition). Every note is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_AFTER = """# Squares of labels

$$(y_a - z_b)^2 = y_a + z_b$$

{after}
"""

_NOTE = """# A product

$$(a + b)^2 = a + b^2 \\quad {note}$$
"""


@pytest.mark.parametrize("after", [
    "when $z_b = 0$ and the label $y_a$ is one.",
    "when $z_b = 0$ for a binary label $y_a \\in \\{0, 1\\}$.",
    "when $z_b = 0$ (with $y_a \\in \\{0, 1\\}$).",
    "when $z_b = 0$, since the label $y_a$ is binary.",
    "when $z_b = 0$ and $y_a^2 = y_a$.",
])
def test_a_step_right_under_the_whole_condition_is_not_failed(after: str) -> None:
    assert verdicts_by_line(_AFTER.format(after=after))[3] == ["SKIPPED"]


@pytest.mark.parametrize("note", [
    "\\text{since } b = 0 \\text{ and } a \\in \\{0, 1\\}",
    "\\text{since $b = 0$ and $a$ is binary}",
])
def test_a_note_stating_more_than_one_equation_is_not_assumed_alone(note: str) -> None:
    assert verdicts_by_line(_NOTE.format(note=note))[3] == ["SKIPPED"]


@pytest.mark.parametrize("text", [
    _AFTER.format(after="when $z_b = 0$.").replace("y_a + z_b$$", "y_a^2 + z_b + 1$$"),
    _NOTE.format(note="\\text{since } b = 0").replace("a + b^2 ", "a^2 + b^2 + 1 "),
])
def test_a_step_wrong_under_its_whole_condition_is_still_failed(text: str) -> None:
    assert verdicts_by_line(text)[3] == ["FAILED"]
