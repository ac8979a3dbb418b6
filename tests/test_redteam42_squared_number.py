r"""``w^2 = 4`` is an equation with two roots, not w's definition as √4 (redteam42).

The variance reading of documents.definitions (``\sigma^2 = \frac1m\sum_i (x_i - \mu)^2`` defines σ as its root)
took ``w^2 = 4`` as w := √4 = 2, so ``w^2 = 4 \Rightarrow w = 2`` was PROVED "w: the notes' definition earlier on
this line" — the dropped root −2 that documents.solvedvalues leaves SKIPPED — and so were stop 41's inline "We need
$w^2 = 4$, so $w = 2$" (solvedprose) and a later ``w + 1 = 3``. A square set equal to a number is a condition; σ (a
standard deviation, never negative) keeps the reading."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")


def _verdicts(notes: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(notes)]


def test_a_positive_root_after_an_arrow_drops_the_other_and_is_not_green() -> None:
    assert _verdicts("# Roots\n\n$$\nw^2 = 4 \\Rightarrow w = 2\n$$\n")[-1] not in GREEN


def test_a_positive_root_in_prose_is_not_green() -> None:
    assert _verdicts("# Roots\n\nWe need $w^2 = 4$, so $w = 2$.\n")[-1] not in GREEN


def test_a_square_set_to_a_number_defines_no_value_for_later_lines() -> None:
    assert _verdicts("# Roots\n\n$$\nw^2 = 4\n$$\n\nThen\n\n$$\nw + 1 = 3\n$$\n")[-1] not in GREEN


def test_a_wrong_root_is_still_failed() -> None:
    assert _verdicts("# Roots\n\nWe need $w^2 = 4$, so $w = 3$.\n")[-1] == "FAILED"


def test_a_variance_given_as_a_number_still_gives_sigma() -> None:
    notes = "# Noise\n\nThe noise variance is\n\n$$\n\\sigma^2 = 4\n$$\n\nso\n\n$$\n2\\sigma = 4\n$$\n"
    assert _verdicts(notes)[-1] == "PROVED"
