r"""Where a renewed value holds, and what it does to a FAILED worked number (red70, a red team of green69's reading).

Three gaps of documents.renewedvalues: "Let $y = 3$, $\hat y = 1$ and $e = y - \hat y$ … Another example: now let
$e = 0.5$. Then $$4e^2 = 1$$" was FAILED at e = 2 (the name e parsed, with no context, as Euler's number, so its
stated value was never matched to the notes' e, and a FAILED at the old definition's values was never revisited);
"define $r = u + v$. Suppose instead $r = 10$." on one line renewed nothing (the value had to be on a later line
than the definition), so the wrong ``r^2 = 49`` was PROVED; and "Back to the original values, where $s = a + b = 3$
again" kept the renewal ``s = 5`` in force, so the wrong ``3s = 15`` was PROVED."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

ERROR = r"""
# Scaled error

Let $y = 3$, $\hat y = 1$ and $e = y - \hat y$, so
$$e^2 = 4$$

Another example: now let $e = 0.5$. Then
$$e^2 = 0.25$$
and
$$4e^2 = VALUE$$
"""

ONE_LINE = r"""
# Exercise 1

Let $u = 3$ and $v = 4$, and define $r = u + v$. Suppose instead $r = 10$. Then
$$r^2 = VALUE$$
"""

RETURN = r"""
# Sensitivity of a sum

Let $a = 1$, $b = 2$ and $s = a + b$. Then
$$2s = 6$$

Suppose instead $s = 5$. Then
$$2s = 10$$

Back to the original values $a = 1$ and $b = 2$, where $s = a + b = 3$ again:
$$3s = VALUE$$
"""


def test_renewed_error_is_no_false_alarm() -> None:
    step = doc_steps(ERROR.replace("VALUE", "1"))[-1]
    assert step.verdict is not Verdict.FAILED, step.message


def test_old_value_after_renewed_error_not_green() -> None:
    step = doc_steps(ERROR.replace("VALUE", "16"))[-1]
    assert step.verdict not in _GREEN


def test_renewal_on_the_definitions_line_holds() -> None:
    step = doc_steps(ONE_LINE.replace("VALUE", "49"))[-1]
    assert step.verdict not in _GREEN, step.message


def test_renewal_on_the_definitions_line_right_twin() -> None:
    step = doc_steps(ONE_LINE.replace("VALUE", "100"))[-1]
    assert step.verdict in _GREEN, step.message


def test_definition_written_again_ends_the_renewal() -> None:
    step = doc_steps(RETURN.replace("VALUE", "15"))[-1]
    assert step.verdict not in _GREEN, step.message


def test_definition_written_again_right_twin() -> None:
    step = doc_steps(RETURN.replace("VALUE", "9"))[-1]
    assert step.verdict in _GREEN, step.message

