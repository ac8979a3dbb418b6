r"""A value stated with ``=`` by a formula that opens a list item or a sentence, with no word before it, is a new
input only where it does not contradict the formula the notes just computed the name by (documents.roundedgivens).

sound46 left it: after "Let $p = \sigma(1)$", a list item "- $p = 0.62$" was read as a worked case's input, so
``2p = 1.24`` after it was PROVED although σ(1) = 0.731. Nothing in the words says a new case starts, and the formula
the name was computed by has another value: the number is the notes' claim about p (wrong here), so it gives no value
and the step is not green. A value the formula does give (exactly, or rounded) is still read.
Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

GREEN = (["PASSED"], ["PROVED"])


def test_a_bare_list_item_contradicting_the_computed_value_gives_no_input() -> None:
    for opening in ("- ", "1. ", "* ", ""):
        text = f"# S\n\nLet $p = \\sigma(1)$ be the output.\n\n{opening}$p = 0.62$\n\nTwice it: $$2p = 1.24.$$\n"
        assert verdicts_by_line(text)[7] not in GREEN, opening


def test_a_bare_list_item_the_formula_gives_is_still_read() -> None:
    exact = "# S\n\nLet $p = \\sigma(0)$ be the output.\n\n- $p = 0.5$\n\nTwice it: $$2p = 1.0.$$\n"
    assert verdicts_by_line(exact)[7] == ["PROVED"]
    rounded = "# S\n\nLet $p = \\sigma(1)$ be the output.\n\n- $p = 0.73$\n\nTwice it: $$2p = 1.46.$$\n"
    assert verdicts_by_line(rounded)[7] == ["PASSED"]

