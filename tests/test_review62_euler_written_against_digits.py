r"""``2e-1`` written against its digits is also 2e − 1 with Euler's e: FAILED only where both readings fail.

red62 made the tokenizer refuse ``1e-8`` (E notation or 1·e − 8: no reading sure); redcat62 read E notation as one
more reading of a failing step; the lead's merge reads a member in E notation with its power of ten alone. In a
calculus note ``2e-1`` is as often Euler's: after "Let $f(x) = 2e^{x} - 1$", ``$$f(1) = 2e-1$$`` was FAILED "left
4.44, right 0.2" (PROVED on f837d20b). A step that fails with the power of ten is checked again with the number read
as digits times e, minus (or plus) the exponent; green only where that holds, said with the step. A value wrong
under both stays FAILED, and ``1e-3 = 0.001`` stays green under the power of ten.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.commands.check import _checked
from verifier.engine import Settings
from verifier.results import Verdict

_F = "# V\n\nLet $f(x) = 2e^{x} - 1$.\n\n$$f(1) = VALUE$$\n"


def test_euler_written_against_the_digits_is_read_as_euler_where_the_power_of_ten_fails() -> None:
    from verifier.documents.check import check_text

    check = check_text(_F.replace("VALUE", "2e-1"), "notes.md", Settings())
    (step,) = [s for c in check.chains for s in c.result.steps]
    assert step.verdict is Verdict.PROVED, (step.verdict, step.message)
    assert "Euler" in step.message


@pytest.mark.parametrize("value", ["2e-2", "3e-1"])
def test_a_value_wrong_under_both_readings_is_failed(value: str) -> None:
    assert verdicts_by_line(_F.replace("VALUE", value))[5] == ["FAILED"]


def test_e_notation_keeps_its_power_of_ten() -> None:
    assert verdicts_by_line("# R\n\n$$1e-3 = 0.001$$\n\n$$1e-3 = 0.01$$\n") == {3: ["PROVED"], 5: ["FAILED"]}


def test_a_claim_checked_alone_reads_euler_too() -> None:
    (step,) = _checked(("2e-1", "e + e - 1"), set(), set(), Settings(points=20))
    assert step.verdict is Verdict.PROVED and "Euler" in step.message, (step.verdict, step.message)
    (wrong,) = _checked(("2e-1", "e + e"), set(), set(), Settings(points=20))
    assert wrong.verdict is Verdict.FAILED
