r"""Two definitions on one display row, separated by ``,\;``, ``\quad`` or ``\qquad``.

The row is cut into two chains at the separator; the second chain's first member kept the spacing written
after the comma (``\; v(t)``), so its head was no definition head: ``v(t) = 2t`` was "an equation between
undeclared quantities" and later lines read ``v(2)`` as a product. A member's leading spacing is no part of it.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def test_a_definition_after_a_comma_and_a_thick_space_is_learned() -> None:
    steps = doc_steps("$$ u(t) = t + 1,\\; v(t) = 2t $$\n\nThen\n\n$$ u(1) v(2) = 8 $$\n")
    assert "defines v" in steps[1].message, steps[1].message
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_a_wrong_value_through_it_is_caught() -> None:
    steps = doc_steps("$$ u(t) = t + 1,\\; v(t) = 2t $$\n\nThen\n\n$$ u(1) v(2) = 6 $$\n")
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message


def test_a_definition_after_a_comma_and_a_quad_is_learned() -> None:
    steps = doc_steps("$$ u(t) = t + 1, \\quad \\, v(t) = 2t $$\n\nThen\n\n$$ u(1) v(2) = 8 $$\n")
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_two_inline_definitions_side_by_side_are_both_learned() -> None:
    text = "Define $a(s) = s^3, \\qquad b(s) = 3s^2$.\n\n$$ a(2) + b(1) = 11 $$\n"
    steps = doc_steps(text)
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_a_wrong_value_through_the_second_is_caught() -> None:
    text = "Define $a(s) = s^3, \\qquad b(s) = 3s^2$.\n\n$$ a(2) + b(1) = 12 $$\n"
    steps = doc_steps(text)
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message
