r"""A value a "where" clause gives one definition's constant binds that definition only (red60, attacking
documents.boundconstants of gaps59/red59).

The bindings were keyed by the constant's name alone, so a step was read at the latest binding of the name whatever
definition it reached: a step about ``g(x) = (x - x_0)^3`` "for a general centre" was PROVED at the x_0 = 1 a later
clause gives q, and a step about q (bound at c = 1) PROVED at the c = 2 another function's clause gives r. Now a
step is read at a binding only where every definition it reaches that writes the name is one the notes bound it in.
"""

from __future__ import annotations

import pytest
from support import line_of, verdicts_by_line

_GENERAL = """# Vertices

Let $g(x) = (x - x_0)^3$ for a general centre $x_0$.

Let $q(x) = 3(x - x_0)^2$ where $x_0 = 1$ is the vertex.

Then STEP.
"""
_TWO = """# Two parabolas

Let $q(x) = 3(x - c)^2$ where $c = 1$ is the vertex.

Let $r(x) = (x - c)^4$ where $c = 2$ is its centre.

Then STEP.
"""


def _step(text: str) -> list[str]:
    return verdicts_by_line(text)[line_of(text, "Then ")]


@pytest.mark.parametrize("text", [
    _GENERAL.replace("STEP", "$g(1 + h) = h^3$"),  # g's x_0 is general
    _TWO.replace("STEP", "$q(2 + h) = 3h^2$"),  # right only at r's c = 2
])  # fmt: skip
def test_a_step_is_not_read_at_another_definitions_binding(text: str) -> None:
    assert not {"PASSED", "PROVED"} & set(_step(text))


def test_a_step_is_read_at_its_own_definitions_binding() -> None:
    assert _step(_GENERAL.replace("STEP", "$q(1 + h) = 3h^2$")) == ["PROVED"]
