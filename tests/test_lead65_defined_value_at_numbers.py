"""A value of a function the notes define in a display, stated inline at a number (lead65).

"$$r(x) = \\frac{1}{1 + e^{2x - 2}}$$ … so $r(1) = \\frac{1}{2}$": the inline formula is a claim about the defined r.
The inline claims are gathered before the displays' definitions are learned; a letter the parser does not take for a
function by itself (r, unlike f or g) made ``r(1)`` a product then, and the second look, after the definitions, took
only values at letters (``\\psi(c) = c/2``): the claim was neither a step nor a definition, dropped silently, a wrong
value never caught.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = """# Responsibilities

The responsibility of the first component is

$$
r(x) = \\frac{1}{1 + e^{2x - 2}} .
$$

At $x = 1$ the two components are equally responsible: $r(1) = VALUE$.
"""


def test_a_right_value_of_a_display_defined_function_at_a_number_is_checked() -> None:
    verdicts = verdicts_by_line(NOTE.replace("VALUE", "\\frac{1}{2}"))
    assert verdicts.get(9) == ["PROVED"], verdicts


def test_a_wrong_value_of_a_display_defined_function_at_a_number_is_failed() -> None:
    verdicts = verdicts_by_line(NOTE.replace("VALUE", "\\frac{1}{3}"))
    assert verdicts.get(9) == ["FAILED"], verdicts


def test_a_numbered_function_letter_is_read_the_same_way() -> None:
    note = NOTE.replace("r(x)", "r_1(x)").replace("$r(1)", "$r_1(1)")
    assert verdicts_by_line(note.replace("VALUE", "\\frac{1}{3}")).get(9) == ["FAILED"]
    assert verdicts_by_line(note.replace("VALUE", "\\frac{1}{2}")).get(9) == ["PROVED"]
