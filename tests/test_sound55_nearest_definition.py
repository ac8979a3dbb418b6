r"""A reused function letter is read with its nearest definition; an earlier one only where the notes may return to
it (sound55, red-teaming fresh51's ``doubts._earlier_meanings``).

fresh51 tried every earlier definition of a letter on a step that fails with the latest one, and SKIPPED the
step where it held under any of them, or where it was a worked number failing there only at values of a name the
earlier body writes. Two wrong steps hid so:

* in the third example's own section, right under its definition, a wrong derivative or value that happens to
  be the first example's (``f(x) = x^3``, then ``f'(x) = 2x``, right for the ``x^2`` two definitions back);
* a wrong worked number (``f(1) = 3`` after ``f(x) = e^x``) against an earlier ``f(x) = \frac{a}{2}x^2``
  whose ``a`` the notes never give a value: it "fails only at values of a" — any number does.

Read with the nearest definition, both are wrong. An earlier definition other than the one just before is
tried only where a heading separates the step from the latest definition (the notes may have gone back to an
example); a worked number against an earlier body is SKIPPED only where it holds at a value the notes state
for that body's own name. Every note is written here."""

from __future__ import annotations

from support import verdicts_by_line

_GREEN = ("PROVED", "PASSED")

_SAME_SECTION = r"""
# Three examples

## Example 1

Let $f(x) = x^2$. Then $f(3) = 9$ and $f'(x) = 2x$.

## Example 2

Let $f(x) = \sin x$. Then $f(0) = 0$.

## Example 3

Let $f(x) = x^3 + 1$. Then {claim}.
"""


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_wrong_value_under_its_own_definition_is_failed() -> None:
    text = _SAME_SECTION.format(claim="$f(3) = 9$")
    verdicts = verdicts_by_line(text)[_line_of(text, "x^3 + 1")]
    assert verdicts == ["FAILED"], verdicts


def test_a_wrong_derivative_under_its_own_definition_is_failed() -> None:
    text = _SAME_SECTION.format(claim="$f'(x) = 2x$")
    verdicts = verdicts_by_line(text)[_line_of(text, "x^3 + 1")]
    assert verdicts == ["FAILED"], verdicts


def test_a_right_value_under_its_own_definition_is_green() -> None:
    text = _SAME_SECTION.format(claim="$f(3) = 28$")
    verdicts = verdicts_by_line(text)[_line_of(text, "x^3 + 1")]
    assert verdicts and all(v in _GREEN for v in verdicts), verdicts


_RETURN = r"""
# Three examples

## Example 1

Let $f(x) = x^2$.

## Example 2

Let $f(x) = \sin x$.

## Example 3

Let $f(x) = x^3 + 1$.

## Back to the first

For the square, $f(3) = {value}$.
"""


def test_a_value_by_the_first_definition_after_a_heading_is_not_failed() -> None:
    text = _RETURN.format(value="9")
    verdicts = verdicts_by_line(text)[_line_of(text, "For the square")]
    assert verdicts and "FAILED" not in verdicts, verdicts


def test_a_value_no_definition_gives_after_a_heading_is_failed() -> None:
    text = _RETURN.format(value="10")
    verdicts = verdicts_by_line(text)[_line_of(text, "For the square")]
    assert verdicts == ["FAILED"], verdicts


_UNSTATED = r"""
# Two examples

## A quadratic

Take $f(x) = \frac{a}{2} x^2$ for a constant $a > 0$.

## An exponential

Now take $f(x) = e^x$. At one, $f(1) = 3$.
"""


def test_a_worked_number_is_not_hidden_by_a_parameter_the_notes_never_give() -> None:
    verdicts = verdicts_by_line(_UNSTATED)[_line_of(_UNSTATED, "At one")]
    assert verdicts == ["FAILED"], verdicts


_STATED = r"""
# Two examples

## A quadratic

Take $f(x) = \frac{{a}}{{2}} x^2$ for a constant $a > 0$.

## An exponential

Now take $f(x) = e^x$. Its slope at zero is $f'(0) = 1$.

## Numbers

For the quadratic with $a = 2$: $f(3) = {value}$.
"""


def test_a_worked_number_at_the_stated_value_of_the_earlier_body_is_not_failed() -> None:
    text = _STATED.format(value="9")
    verdicts = verdicts_by_line(text)[_line_of(text, "with $a = 2$")]
    assert verdicts and "FAILED" not in verdicts, verdicts


def test_a_worked_number_wrong_at_the_stated_value_is_failed() -> None:
    text = _STATED.format(value="18")
    verdicts = verdicts_by_line(text)[_line_of(text, "with $a = 2$")]
    assert verdicts == ["FAILED"], verdicts


def test_a_return_said_in_words_in_the_same_section_is_not_failed() -> None:
    text = _SAME_SECTION.format(claim="$g = 1$.\n\nReturning to the first example, $f(3) = 9$")
    verdicts = verdicts_by_line(text)[_line_of(text, "Returning")]
    assert verdicts and "FAILED" not in verdicts, verdicts
