"""redteam25: no report line built from user text is a logging command of Azure Pipelines or TeamCity.

The Actions commands (``::cmd::``, ``##[cmd]``) were broken already; the Azure agent reads
``##vso[area.action …]`` anywhere in a line (a note writing ``\text{##vso[task.setvariable …]}``, or a
file named so, set a pipeline variable from the report), and TeamCity reads ``##teamcity[…]``.
"""

from __future__ import annotations

import re

import pytest

from verifier.logsafe import printable
from verifier.reporters import get_reporter
from verifier.results import Counterexample, IdentityResult, RunResult, StepResult, Verdict

FORMATS = ["text", "json", "junit", "markdown", "html", "github"]
HOSTILE = (
    "a\n##vso[task.setvariable variable=GATE]green ##VSO[task.complete result=Succeeded;]x "
    "##teamcity[buildStatus status='SUCCESS']"
)
_SERVICE = re.compile(r"##(vso|teamcity)\[", re.IGNORECASE)


def _run() -> RunResult:
    step = StepResult(
        index=1, lhs=HOSTILE, rhs="x", lhs_latex=HOSTILE, rhs_latex="x", verdict=Verdict.FAILED,
        method="numeric", points=10, duration=0.0, message=HOSTILE,
        counterexample=Counterexample(point=((HOSTILE, "1"),), lhs="1", rhs="2", difference="-1",
                                      reproduce=f"verify doc '{HOSTILE}'"),
    )  # fmt: skip
    result = IdentityResult(
        id=f"notes/{HOSTILE}.md:3", title=HOSTILE, statement=HOSTILE, verdict=Verdict.FAILED, steps=(step,),
        source=f"notes/{HOSTILE}.md:3", seed=1, duration=0.0, message=HOSTILE,
    )  # fmt: skip
    return RunResult(results=(result,), seed=1, points=10, duration=0.0, catalog=HOSTILE)


def test_printable_breaks_azure_and_teamcity_commands() -> None:
    out = printable(HOSTILE)
    assert not _SERVICE.search(out)
    assert "task.setvariable" in out and "teamcity" in out  # neutralised, not dropped


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_report_line_is_an_azure_or_teamcity_command(fmt: str) -> None:
    out = get_reporter(fmt).render(_run())
    assert [line for line in out.splitlines() if _SERVICE.search(line)] == []
