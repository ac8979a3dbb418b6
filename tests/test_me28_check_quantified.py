r"""``verify check`` of a claim about whole vectors: every name it writes is quantified over.

``verify check '\operatorname{softmax}(cz) = \operatorname{softmax}(z)'`` (scale for shift: a real
mistake) was SKIPPED "c appear(s) on one side only and the notes do not define it": the document engine
that reads such claims doubts a name the notes might relate in words, but a one-off claim has no words —
its author claims an identity in all of its names. The claim's note says so ("For any $c$."), as notes
do, and the counterexample stands. Examples written here."""

from __future__ import annotations

from verifier.commands.checknotes import checked_as_notes, note_of
from verifier.engine import Settings


def test_the_note_of_a_claim_quantifies_over_its_names() -> None:
    note = note_of([r"\operatorname{softmax}(cz)", r"\operatorname{softmax}(z)"], set(), set(), (), (), ())
    assert "For any $c$." in note and "For any $z$." in note
    assert "$softmax$" not in note


def test_a_scale_for_a_shift_in_softmax_is_failed() -> None:
    wrong = checked_as_notes([r"\operatorname{softmax}(cz)", r"\operatorname{softmax}(z)"], set(), set(), (), (), (),
                             Settings(points=60))  # fmt: skip
    assert [s.verdict.value for s in wrong] == ["FAILED"], wrong[0].message
    right = checked_as_notes([r"\operatorname{softmax}(z + c)", r"\operatorname{softmax}(z)"], set(), set(), (), (),
                             (), Settings(points=60))  # fmt: skip
    assert right[0].verdict.value in ("PROVED", "PASSED"), right[0].message
