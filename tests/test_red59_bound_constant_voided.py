r"""A value bound where a definition is made stops binding where the notes take the constant general again (red59).

boundconstants (gaps59) reads "Let $q(x) = 3(x - x_0)^2$ where $x_0 = 0$ is the vertex" as q = 3x^2 for the steps after
it. The binding was keyed by the name alone, from its line to the end of the notes, so a later step that is wrong for
the x_0 the notes use *there* was read at x_0 = 0 and PROVED: after "Now take $x_0 = 2$", after "For a general
$x_0$", or for another definition r(x) = (x - x_0)^2 made for a general centre. Each of those claims is wrong and must
not be green; the binding read where nothing intervenes stays (tests/test_gaps59_bound_constant.py). Every note is
written here.
"""

from __future__ import annotations

import pytest
from support import line_of, verdicts_by_line

_GREEN = ("PROVED", "PASSED")
_DEF = "# A parabola\n\nLet $q(x) = 3(x - x_0)^2$ where $x_0 = 0$ is the vertex.\n\n"


def _verdicts(text: str, needle: str = "Then ", path: str = "notes.md") -> list[str]:
    return verdicts_by_line(text, path)[line_of(text, needle)]


def test_a_later_value_of_the_constant_ends_the_binding() -> None:
    text = _DEF + "## Moving it\n\nNow take $x_0 = 2$. Then $q(1 + h) = 3(1 + h)^2$.\n"
    assert not set(_verdicts(text)) & set(_GREEN)


def test_a_later_definition_for_a_general_constant_is_not_read_at_the_bound_value() -> None:
    text = (_DEF + "## Another one\n\nFor a general centre $x_0$ let $r(x) = (x - x_0)^2$. "
            "Then $r(1 + h) = (1 + h)^2$.\n")
    assert not set(_verdicts(text)) & set(_GREEN)


def test_a_step_said_for_a_general_constant_is_not_read_at_the_bound_value() -> None:
    text = ("\\section{P}\n\\begin{itemize}\n\\item $q(x) = 3(x - x_0)^2$ where $x_0 = 0$.\n"
            "\\item For a general $x_0$, $q(1 + h) = 3(1 + h)^2$.\n\\end{itemize}\n")
    assert not set(_verdicts(text, "For a general", "n.tex")) & set(_GREEN)


@pytest.mark.parametrize("between", ["The vertex is where $q$ is least.\n\n",
                                     "Its derivative is $q'(x) = 6(x - x_0)$.\n\n"])
def test_the_binding_still_holds_where_nothing_takes_the_constant_general(between: str) -> None:
    text = _DEF + between + "Then $q(1 + h) = 3(1 + h)^2$.\n"
    assert _verdicts(text) in (["PROVED"], ["PASSED"])
