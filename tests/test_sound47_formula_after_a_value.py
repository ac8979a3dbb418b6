r"""A number stated for a name, then a formula the notes set the name equal to: the number may be stale.

"Take $q = 0.41$. The model gives $q = \sigma(2)$." kept 0.41 for the lines after it: ``3q = 1.23`` was PROVED
"under the hypothesis q = 0.41", though σ(2) = 0.881 (stop 46's known leftover, documents.restatedvalues). Where the
formula, at the values the notes state, is another number, the old number is not read for a chain after it; where
it is the number, it holds; where it is that number rounded, the number holds as a rounding (PASSED, not PROVED);
where the formula cannot be evaluated (a name with no value), the number is a case of it and holds. Every example is
written here.
"""

from __future__ import annotations

from support import verdicts_by_line

GREEN = (["PASSED"], ["PROVED"])


def _verdict(text: str, line: int) -> list[str]:
    return verdicts_by_line(text).get(line, [])


def test_a_formula_on_the_same_line_after_the_value_ends_it() -> None:
    text = "# S\n\nTake $q = 0.41$. The model gives $q = \\sigma(2)$.\n\nHence\n\n$$3q = 1.23$$\n"
    assert _verdict(text, 7) not in GREEN


def test_a_formula_before_an_inline_step_on_its_line_ends_it() -> None:
    text = "# S\n\nTake $q = 0.41$. The model gives $q = \\sigma(2)$, so $3q = 1.23$.\n"
    assert _verdict(text, 3) not in GREEN
    text = "# S\n\nTake $q = 0.41$.\nThe model gives $q = \\sigma(2)$, so $3q = 1.23$.\n"
    assert _verdict(text, 4) not in GREEN


def test_a_displayed_formula_after_the_value_ends_it() -> None:
    text = "# S\n\nTake $q = 0.41$. The model gives\n\n$$q = \\sigma(2)$$\n\nHence\n\n$$3q = 1.23$$\n"
    assert _verdict(text, 9) not in GREEN


def test_a_formula_evaluated_at_values_stated_with_it_ends_it() -> None:
    text = ("# S\n\nTake $q = 0.41$.\n\nIn general $q = \\sigma(u v)$ with $u = 1$ and $v = 2$.\n\n"
            "$$3q = 1.23$$\n")
    assert _verdict(text, 7) not in GREEN


def test_a_formula_then_another_number_with_approx_ends_it() -> None:
    text = "# S\n\nTake $q = 0.41$. The model gives $q = \\sigma(2) \\approx 0.88$.\n\n$$3q = 1.23$$\n"
    assert _verdict(text, 5) not in GREEN


def test_a_formula_equal_to_the_number_keeps_it() -> None:
    text = "# S\n\nTake $q = 0.41$. Next we look at $r$.\n\n$$3q = 1.23$$\n"
    assert _verdict(text, 5) == ["PROVED"]
    text = "# S\n\nTake $q = 0.25$. Indeed $q = \\frac{1}{4}$ here.\n\n$$3q = 0.75$$\n"
    assert _verdict(text, 5) == ["PROVED"]


def test_a_formula_with_a_name_of_no_value_keeps_it() -> None:
    text = "# S\n\nTake $q = 0.41$, the output $q = \\sigma(s)$ of the model at some score $s$.\n\n$$3q = 1.23$$\n"
    assert _verdict(text, 5) == ["PROVED"]


def test_a_formula_the_number_rounds_keeps_it_as_a_rounding() -> None:
    text = "# S\n\nTake $q = 0.88$. The model gives $q = \\sigma(2)$.\n\n$$3q = 2.64$$\n"
    assert _verdict(text, 5) == ["PASSED"]


def test_a_formula_in_another_subsection_does_not_end_it() -> None:
    text = ("# S\n\nTake $q = 0.41$.\n\n## A\n\nThe model gives $q = \\sigma(2)$.\n\n## B\n\n"
            "$$3q = 1.23$$\n")
    assert _verdict(text, 11) == ["PROVED"]
