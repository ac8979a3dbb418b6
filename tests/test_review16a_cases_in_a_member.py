r"""Cases at points checked case by case (documents.pointcases.each_case) when the cases are only part
of a member: each row is read in place of the cases environment, the rest of the member kept (a
factor or a term written around the cases is no part of any row). Small notes written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)

_LOSS = "```verify\n\\ell(t, y) := -t \\log(y) - (1-t) \\log(1-y)\n```\n\n"
_CASES = r"\begin{cases} ONE & \text{if } t = 1 \\ ZERO & \text{if } t = 0 \end{cases}"


def _step(right: str) -> tuple[str, str]:
    check = check_text(f"{_LOSS}$$ \\ell(t, y) = {right} $$\n", "t.md", FAST)
    (step,) = [s for c in check.chains for s in c.result.steps]
    return step.verdict.value, step.message


def _cases(one: str, zero: str) -> str:
    return _CASES.replace("ONE", one).replace("ZERO", zero)


def test_a_factor_before_the_cases_is_kept() -> None:
    assert _step("2 " + _cases(r"-\log(y)", r"-\log(1-y)"))[0] not in ("PROVED", "PASSED")
    verdict, message = _step("2 " + _cases(r"-\frac{1}{2}\log(y)", r"-\frac{1}{2}\log(1-y)"))
    assert verdict == "PROVED", message


def test_a_term_around_the_cases_is_kept() -> None:
    assert _step("1 + " + _cases(r"-\log(y)", r"-\log(1-y)"))[0] not in ("PROVED", "PASSED")
    assert _step(_cases(r"-\log(y)", r"-\log(1-y)") + r" + \log(y)")[0] not in ("PROVED", "PASSED")
    verdict, message = _step(_cases(r"-\log(y) - 1", r"-\log(1-y) - 1") + " + 1")
    assert verdict == "PROVED", message
