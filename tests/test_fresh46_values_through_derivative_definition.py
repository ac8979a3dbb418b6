r"""A worked number of a function the notes define as another's derivative is read at the stated values (fresh46).

``g(t) = f'(t) = …`` defines g by a derivative of the notes' f, and a later section "with $a = 2$" works
``g(1) = …``. The stated values are the hypotheses of a worked chain for the names it reaches through the
notes' definitions (documents.stated), but the reach (documents.reach) followed only the *symbols* of a
definition's body: g's body ``f'(t)`` writes f as a function, so the chain never reached a, was read with a
arbitrary, and a correct line was FAILED. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# A saturating loss

The loss with width $a > 0$ is

$$f(t) = \\frac{t^2}{t^2 + a}$$

and its slope is

$$g(t) = f'(t) = \\frac{2at}{(t^2 + a)^2} .$$

## Worked values with $a = 2$

The slope at one is

$$g(1) = \\frac{4}{(1 + 2)^2} = \\frac49 .$$
"""


def test_a_value_of_the_derivative_is_read_at_the_stated_width() -> None:
    assert verdicts_by_line(_NOTE)[15] == ["PROVED", "PROVED"]


def test_a_wrong_value_still_fails() -> None:
    assert "FAILED" in verdicts_by_line(_NOTE.replace("= \\frac49 .", "= \\frac29 ."))[15]
