"""HTML and Markdown reports name expected failures as they count: XFAIL (green), XPASS (red, with why)."""

from __future__ import annotations

import re

from verifier.reporters.base import XPASS_MESSAGE
from verifier.reporters.html import HtmlReporter
from verifier.reporters.markdown import MarkdownReporter
from verifier.results import Counterexample, IdentityResult, RunResult, StepResult, Verdict

STEP = StepResult(index=1, lhs="Derivative(x**3, x)", rhs="2*x**2", lhs_latex=r"\frac{d}{dx} x^3", rhs_latex="2x^2",
                  verdict=Verdict.FAILED, counterexample=Counterexample((("x", "2"),), "12", "8", "4"))  # fmt: skip
XFAIL = IdentityResult(id="mistake", title="Find the mistake", statement=r"\frac{d}{dx} x^3 = 2x^2",
                       verdict=Verdict.FAILED, steps=(STEP,), expected="FAILED")  # fmt: skip
PROVED = IdentityResult(id="fine", title="Fine", statement="x = x", verdict=Verdict.PROVED)
XPASS = IdentityResult(id="fixed", title="Someone fixed it", statement="x = x", verdict=Verdict.PROVED,
                       expected="FAILED")  # fmt: skip


def _badges(page: str) -> list[str]:
    return re.findall(r'<span class="verdict v-([a-z]+)">([A-Z]+)</span>', page)


def test_html_shows_an_expected_failure_as_xfail_and_the_run_as_ok() -> None:
    run = RunResult(results=(PROVED, XFAIL), seed=1, points=2)
    assert run.ok
    page = HtmlReporter().render(run)
    badges = _badges(page)
    assert badges[0] == ("proved", "OK")  # the status of the run
    assert ("xfail", "XFAIL") in badges and ("failed", "FAILED") not in badges[:4]  # status + overview rows
    assert "Expected: FAILED" in page
    assert ".v-xfail" in page  # styled (green), not unstyled


def test_html_shows_xpass_as_the_reason_the_run_is_red() -> None:
    run = RunResult(results=(PROVED, XPASS), seed=1, points=2)
    assert not run.ok
    page = HtmlReporter().render(run)
    badges = _badges(page)
    assert badges[0] == ("xpass", "XPASS")  # not "PROVED" for a red run
    assert ("xpass", "XPASS") in badges[1:]
    assert "restore the mistake or remove the expectation" in page


def test_markdown_explains_xpass_and_names_the_expectation() -> None:
    report = MarkdownReporter().render(RunResult(results=(XPASS, XFAIL), seed=1, points=2))
    assert XPASS_MESSAGE.format(expected="FAILED").split(";")[1].strip() in report
    assert report.count("- Expected: FAILED") == 2
