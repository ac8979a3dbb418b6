r"""The consequence of a supposed value is not checked at the notes' own value (red72; alarm71's "Left").

"Let $x = 10$, $y = 9$ and $d = x^2 - y^2$. … If we had $d = 7$, then $d + 1 = 8$ would hold": alarm71 made the
premise ``d = 7`` no claim and no stated value, but the consequence ``d + 1 = 8`` was still checked at the notes'
d = 19 — FAILED though right in the sentence's supposition, and the wrong ``d + 1 = 20`` PROVED. A formula after a
counterfactual premise in the same sentence is reported, not checked (SKIPPED, saying why). A claim in the next
sentence is checked again at the notes' values, and "we would have $d = 7$" alone (no premise) stays FAILED (guards)."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.hypotheticalvalues import hypothetical_consequence

NOTE = r"""# A difference of squares

Let $x = 10$, $y = 9$ and $d = x^2 - y^2$. Then
$$d = (x - y)(x + y) = 19$$

SENTENCE
"""

_GREEN = {"PROVED", "PASSED"}


@pytest.mark.parametrize("sentence", [
    "If we had $d = 7$, then $d + 1 = RIGHT$ would hold.",
    "Suppose we had $d = 7$; we would then get $d + 1 = RIGHT$.",
])
def test_a_consequence_is_neither_failed_nor_green(sentence: str) -> None:
    right = verdicts_by_line(NOTE.replace("SENTENCE", sentence).replace("RIGHT", "8"))
    wrong = verdicts_by_line(NOTE.replace("SENTENCE", sentence).replace("RIGHT", "20"))
    assert "FAILED" not in right.get(6, [])
    assert not set(wrong.get(6, [])) & _GREEN


def test_the_next_sentence_is_read_at_the_notes_values() -> None:
    text = NOTE.replace("SENTENCE", "If we had $d = 7$, it would change the factors. Here $d + 1 = 8$ by the way.")
    assert verdicts_by_line(text)[6] == ["FAILED"]


def test_a_consequence_with_no_premise_is_still_a_claim() -> None:
    assert verdicts_by_line(NOTE.replace("SENTENCE", "Then we would have $d + 1 = 8$."))[6] == ["FAILED"]


def test_hypothetical_consequence() -> None:
    text = "Let $d = 19$. If we had $d = 7$, then $d + 1 = 8$ would hold. So $d + 1 = 20$."
    assert hypothetical_consequence(text, text.index("$d + 1 = 8"), text.index("would") - 1)
    assert not hypothetical_consequence(text, text.index("$d = 7"), text.index(", then"))
    assert not hypothetical_consequence(text, text.index("$d + 1 = 20"), len(text) - 1)
