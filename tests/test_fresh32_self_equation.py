r"""``$$V_1 = 1 + 0.45 V_1 + 0.45 \cdot 0.9\, V_1 = 1 + 0.45 V_1 + 0.405 V_1$$``: an equation in V_1, not an identity.

The policy-iteration note substitutes one Bellman equation into the other and simplifies. The first link writes
the head on both sides: an equation the notes go on to solve (``V_1 = 1/0.145``), which holds for one value of
V_1 only. A one-link equation between undeclared names was SKIPPED already; with a second link after it the first
was checked as an identity and FAILED (a false alarm of v0.29.0, fresh32). The links after it are still checked."""

from __future__ import annotations

from support import verdicts_by_line


def _lines(display: str) -> dict[int, list[str]]:
    return verdicts_by_line(f"# Two states\n\nSubstituting,\n\n$${display}$$\n")


def test_a_head_written_on_both_sides_is_an_equation_to_solve() -> None:
    right = r"V_1 = 1 + 0.45 V_1 + 0.45 \cdot 0.9\, V_1 = 1 + 0.45 V_1 + 0.405 V_1,"
    assert _lines(right) == {5: ["SKIPPED", "PROVED"]}


def test_a_wrong_simplification_after_it_still_fails() -> None:
    assert _lines(r"V_1 = 1 + 0.45 V_1 + 0.45 \cdot 0.9\, V_1 = 1 + 0.45 V_1 + 0.81 V_1,") == {5: ["SKIPPED", "FAILED"]}


def test_a_plain_name_equation_of_one_link_is_unchanged() -> None:
    assert _lines(r"x = 1 + 0.5 x")[5] == ["SKIPPED"]
