r"""An inline update written with ``=`` (``$k = k + 1 = 2$``) is no worked value to check.

me29 checks an inline chain whose middle members compute (``$z = 0.5 \cdot 2 - 1 = 0$``). A program's
update written in the prose, the name set on the left read again on the right ("the counter becomes
$k = k + 1 = 2$", "after the step $w = w - 0.1 \cdot 2 = 0.8$"), then had its first link ``k = k + 1``
FAILED: correct notes called wrong. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps


@pytest.mark.parametrize("notes", [
    r"The counter becomes $k = k + 1 = 2$ after the first pass." "\n",
    r"After the update $w = w - 0.1 \cdot 2 = 0.8$, as $w$ was $1$." "\n",
    r"Doubling, $x = 2x = 4$." "\n",
])
def test_an_inline_update_is_never_failed(notes: str) -> None:
    for step in doc_steps(notes):
        assert step.verdict.value != "FAILED", (step.lhs_latex, step.rhs_latex, step.message)


def test_a_wrong_worked_value_is_still_failed() -> None:
    step = doc_steps(r"Forward: $z = 0.5 \cdot 2 - 1 = 1$, so we go on." "\n")[-1]
    assert step.verdict.value == "FAILED", step.message
