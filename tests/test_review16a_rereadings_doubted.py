r"""A step a second reading makes green (a cheat sheet's capital read as a vector, documents.cookbook;
cases checked case by case, documents.pointcases) is doubted as the first reading's steps are: a
macro the notes never define, read as a factor before what an operator would apply to, leaves it
SKIPPED (documents.opaque), as the same step without the second reading is. Small notes written here."""

# ruff: noqa: E501  (the notes are written as notes are: one display per line)
from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)


def _verdicts(text: str) -> list[str]:
    check = check_text(text, "t.md", FAST)
    return [s.verdict.value for c in check.chains for s in c.result.steps]


def test_a_cheat_sheet_step_with_an_undefined_operator_is_not_green() -> None:
    step = r"\frac{\partial}{\partial \mathbf{X}} \mathbf{X}^T \mathbf{A} \Op \mathbf{X} = (\mathbf{A} + \mathbf{A}^T) \Op \mathbf{X}"
    assert _verdicts(f"$${step}$$\n") == ["SKIPPED"]
    plain = r"\frac{\partial}{\partial \mathbf{X}} \mathbf{X}^T \mathbf{A} \mathbf{X} = (\mathbf{A} + \mathbf{A}^T) \mathbf{X}"
    assert _verdicts(f"$${plain}$$\n") == ["PROVED"]


_LOSS = "```verify\n\\ell(t, y) := -t \\log(y) - (1-t) \\log(1-y)\n```\n\n"
_CASES = r"\begin{cases} -OP\log(y) & \text{if } t = 1 \\ -OP\log(1-y) & \text{if } t = 0 \end{cases}"


def test_cases_with_an_undefined_operator_are_not_green() -> None:
    assert _verdicts(f"{_LOSS}$$ \\Op \\ell(t, y) = {_CASES.replace('OP', chr(92) + 'Op ')} $$\n") == ["SKIPPED"]
    assert _verdicts(f"{_LOSS}$$ \\ell(t, y) = {_CASES.replace('OP', '')} $$\n") == ["PROVED"]
