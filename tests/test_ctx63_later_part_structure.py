"""A structure word ("orthogonal", "unitary") of a *later* part of a homework is no third reading of a step
failing both ways (the inverse and the entry-wise reciprocal): what a part's prose says holds inside that part
(documents.parts), not in an earlier one. The same sentence before the step, or in the step's own part, keeps the
doubt (SKIPPED). Notes of my own: an inverse of a product with its factors in the wrong order."""

from __future__ import annotations

from support import verdicts_by_line

# (MN)^{-1} = M^{-1}N^{-1}: wrong for invertible M, N (the order), and wrong for an orthogonal N too; read
# entry-wise it fails as well
_STEP = r"$$(MN)^{-1} = M^{-1}N^{-1}$$"


def _notes(before: str, same: str, later: str) -> str:
    return (
        "# Inverses\n\n"
        "## Part (a)\n\n"
        "Let $M, N \\in \\mathbb{R}^{n \\times n}$ be invertible. " + f"{before}\n\n"
        "Then\n\n"
        f"{_STEP}\n\n"
        f"which is what we wanted. {same}\n\n"
        "## Part (b)\n\n"
        f"Now a different question about the matrices. {later}\n"
    )


def _step_verdicts(text: str) -> list[str]:
    line = 1 + text.split("\n").index(_STEP)
    return verdicts_by_line(text)[line]


def test_a_later_parts_structure_word_leaves_the_step_failed() -> None:
    # (a sentence of part (b) about part (b) only: one that speaks of part (a) or "the step above" keeps the doubt,
    # as in the step's own part — redmid63 M1, mend63)
    text = _notes("", "", "In this part, $N$ is only assumed to be orthogonal.")
    assert _step_verdicts(text) == ["FAILED"]


def test_without_a_structure_word_the_step_is_failed() -> None:
    assert _step_verdicts(_notes("", "", "")) == ["FAILED"]


def test_a_structure_word_of_the_steps_own_part_keeps_the_doubt() -> None:
    text = _notes("", "This is only guaranteed when $N$ is orthogonal.", "")
    assert _step_verdicts(text) == ["SKIPPED"]


def test_a_structure_word_before_the_step_keeps_the_doubt() -> None:
    text = _notes("Assume that $N$ is orthogonal.", "", "")
    assert _step_verdicts(text) == ["SKIPPED"]
