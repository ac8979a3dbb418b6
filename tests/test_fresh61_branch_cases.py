r"""A step about one branch of a definition by cases, the branch named in the prose ("Differentiating the
decay branch"): checked against the whole definition it FAILED on the other branch (fresh61's warmup note).
Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.branchcases import case_rows

_RAMP = """# A ramp then a decay

$$
g(x) = \\begin{cases} 2x, & x \\le 1, \\\\[2pt] 2e^{1 - x}, & x > 1. \\end{cases}
$$

LEAD

$$
\\frac{dg}{dx} = SLOPE.
$$
"""


def test_the_rows_of_a_cases_body() -> None:
    assert case_rows("\\begin{cases} 2x, & x \\le 1, \\\\[2pt] 2e^{1 - x}, & x > 1. \\end{cases}") == [
        ("2x", "x \\le 1"), ("2e^{1 - x}", "x > 1")]
    assert case_rows("x^2 + 1") == []


def test_a_step_on_the_named_branch_is_no_false_alarm() -> None:
    got = verdicts_by_line(_RAMP.replace("LEAD", "Differentiating the decay branch,").replace("SLOPE", "-2e^{1 - x}"))
    assert got[10] == ["SKIPPED"]


def test_a_step_wrong_on_every_branch_still_fails() -> None:
    got = verdicts_by_line(_RAMP.replace("LEAD", "Differentiating the decay branch,").replace("SLOPE", "-e^{1 - x}"))
    assert got[10] == ["FAILED"]


def test_without_a_branch_named_the_step_still_fails() -> None:
    got = verdicts_by_line(_RAMP.replace("LEAD", "Differentiating,").replace("SLOPE", "-2e^{1 - x}"))
    assert got[10] == ["FAILED"]
