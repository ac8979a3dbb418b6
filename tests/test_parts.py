r"""documents.parts: where a problem or a sub-question of a homework starts and ends."""

from __future__ import annotations

from verifier.documents.parts import part_of

_NOTES = [
    r"\section{Problem 1}",  # 1
    r"Some prose.",  # 2
    r"\noindent(b) Second part, where a) in the middle of a line is no part.",  # 3
    r"$$x = 1$$",  # 4
    r"\item Third part",  # 5
    r"the end",  # 6
]


def test_a_part_runs_from_its_start_to_the_line_before_the_next() -> None:
    assert part_of(_NOTES, 2) == (1, 2)
    assert part_of(_NOTES, 4) == (3, 4)
    assert part_of(_NOTES, 6) == (5, 6)


def test_notes_without_parts_are_one_part() -> None:
    assert part_of(["a", "b", "c"], 2) == (1, 3)
