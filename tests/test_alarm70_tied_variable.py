r"""A derivative by a name the notes tied to another is by that name, free (alarm70; fresh46 05-bhattacharyya:33).

"With a common scale $s_1 = s_2 = s$ …" reads as the tie s₁ := s₂ for the lines after it (documents.tiednames). A
later ``\frac{\partial f}{\partial s_1}`` of the general formula was read with s₁ replaced by s₂ — the derivative of
another function by s₂ — and the right gradient was FAILED on the base. documents.aliasvariables sets such a
definition (another name alone) aside for a chain that differentiates by it; a wrong gradient stays FAILED, and a
definition by a formula (``z = w x``) under ``\partial L/\partial z`` keeps its reading. Every example is written
here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

TIED = ("# Scales\n\nThe product is\n\n$$f = s_1^2 s_2$$\n\nWith a common scale $s_1 = s_2 = s$ it is a cube.\n\n"
        "Differentiating the general form,\n\n$$\\frac{{\\partial f}}{{\\partial s_1}} = {value}$$\n")


def test_a_derivative_by_a_tied_name_is_by_that_name() -> None:
    assert verdicts_by_line(TIED.format(value="2 s_1 s_2"))[11] == ["PROVED"]


@pytest.mark.parametrize("value", ["s_1^2", "3 s_2^2", "2 s_1"])
def test_the_wrong_gradient_stays_failed(value: str) -> None:
    assert verdicts_by_line(TIED.format(value=value))[11] == ["FAILED"]


def test_an_alias_in_words_then_its_derivative() -> None:
    got = verdicts_by_line("# T\n\nLet $u = v$.\n\n$$\\frac{\\partial}{\\partial u}(u v) = v$$\n")
    assert got[5] == ["PROVED"]


def test_a_definition_by_a_formula_keeps_its_reading() -> None:
    got = verdicts_by_line("# T\n\nLet $z = w x$ and $L = z^2$.\n\n$$\\frac{\\partial L}{\\partial w} = 2 z x$$\n")
    assert got[5] == ["PROVED"]


def test_the_tie_applied_to_the_derivative_is_not_failed() -> None:
    got = verdicts_by_line(TIED.format(value="2 s_2^2"))[11]
    assert got == ["SKIPPED"]


def test_an_alias_naming_a_new_quantity_keeps_its_reading() -> None:
    got = verdicts_by_line("# T\n\nThe loss is\n\n$$L = (z - y)^2$$\n\nThe output is linear, $a = z$, and\n\n"
                           "$$\\frac{\\partial L}{\\partial a} = 2(z - y)$$\n")
    assert got[9] != ["FAILED"]
