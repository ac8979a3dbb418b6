r"""A condition after a display is not all the notes state when the sentence before the display or the one after
restricts another name of the step (sound55).

sound54 assumed the one equation after a display ("$$…$$ when $z_b = 0$.") only where that sentence ends right
after it, and kept the step FAILED if it fails under it. The notes may state the rest of the condition in the
sentence that leads into the display ("For a binary label $y_a \in \{0, 1\}$ and a score $z_b$,") or in the next
one ("Here $y_a$ is a binary label."): ``(y_a - z_b)^2 = y_a + z_b`` is right under both and was FAILED under
``z_b = 0`` alone (a false alarm). Where either sentence restricts a name of the step the condition does not write
(``\in``, binary, one-hot, an inequality, ``y_a^2 = y_a``), the step is SKIPPED naming the condition, as before
sound53; a label the prose only names stays FAILED. Every note is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTES = """# Squares of labels

{before}
$$(y_a - z_b)^2 = y_a + z_b$$
when $z_b = 0$.{after}
"""


@pytest.mark.parametrize(("before", "after"), [
    ("For a binary label $y_a \\in \\{0, 1\\}$ and a score $z_b$,", ""),
    ("For a label $y_a$ and a score $z_b$,", " Here $y_a$ is a binary label."),
    ("For a label $y_a$ with $y_a^2 = y_a$ and a score $z_b$,", ""),
])
def test_a_restriction_beside_the_condition_is_not_failed(before: str, after: str) -> None:
    assert verdicts_by_line(_NOTES.format(before=before, after=after))[4] == ["SKIPPED"]


def test_a_label_only_named_is_still_failed() -> None:
    notes = _NOTES.format(before="For a label $y_a$ and a score $z_b$,", after="")
    assert verdicts_by_line(notes)[4] == ["FAILED"]
