r"""Cases that hold at points checked case by case (documents.pointcases.each_case).

A loss written by cases on a 0/1 label has a value only where a condition holds exactly, which no
sample point does; a reader checks each case with its condition substituted. The examples are written
for these tests.
"""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)

_LOSS = "```verify\n\\ell(t, y) := -t \\log(y) - (1-t) \\log(1-y)\n```\n\n"


def _step(claim: str, context: str = _LOSS) -> tuple[str, str]:
    check = check_text(f"{context}$$ {claim} $$\n", "t.md", FAST)
    (step,) = [s for c in check.chains for s in c.result.steps]
    return step.verdict.value, step.message


def _cases(one: str, zero: str, var: str = "t") -> str:
    return (rf"\begin{{cases}} {one} & \text{{if }} {var} = 1 \\ {zero} & \text{{if }} {var} = 0 \end{{cases}}")


def test_each_case_is_checked_with_its_condition_substituted() -> None:
    verdict, message = _step(r"\ell(t, y) = " + _cases(r"-\log(y)", r"-\log(1-y)"))
    assert verdict == "PROVED", message
    assert "each case checked at its point" in message and "case 2 (t = 0)" in message


def test_cases_on_the_entries_of_a_vector() -> None:
    verdict, message = _step(r"\ell(t_i, y_i) = " + _cases(r"-\log(y_i)", r"-\log(1-y_i)", "t_i"))
    assert verdict == "PROVED", message


def test_a_wrong_case_is_not_green_and_is_named() -> None:
    verdict, message = _step(r"\ell(t, y) = " + _cases(r"-\log(y)", r"-\log(y)"))
    assert verdict == "SKIPPED", message
    assert "case 2 (t = 0) fails" in message


def test_swapped_cases_are_not_green() -> None:
    verdict, message = _step(r"\ell(t_i, y_i) = " + _cases(r"-\log(1-y_i)", r"-\log(y_i)", "t_i"))
    assert verdict == "SKIPPED", message
    assert "case 1 (t_i = 1) fails" in message
