"""Find-the-mistake examples inside the gate: XFAIL (green) while they fail, XPASS (red) once they hold."""

from __future__ import annotations

import json
import re
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from support import GOOD_AND_BAD

from verifier.catalog import CatalogError, identity
from verifier.cli import main
from verifier.exitcodes import ExitCode
from verifier.reporters import get_reporter
from verifier.results import IdentityResult, RunResult, Verdict

XFAIL_CATALOG = GOOD_AND_BAD.replace('"sign flip", ', '"sign flip", expect="FAILED", ')
# the same entry, "fixed" by a student: it now holds, so the expectation is stale
XPASS_CATALOG = XFAIL_CATALOG.replace("sigmoid(z) * (1 + sigmoid(z)))", "sigmoid(z) * (1 - sigmoid(z)))")

NOTE = textwrap.dedent(
    r"""
    ```verify
    x: real
    expect: FAILED
    ```

    Find the mistake:

    $$\frac{d}{dx} x^3 = 2x^2$$

    And a correct one:

    $$\frac{d}{dx} x^2 = 2x$$
    """
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_expect_accepts_only_failed() -> None:
    with pytest.raises(CatalogError, match="only expected verdict"):
        identity("x", title="t", statement="s", source="s", expect="PROVED")


def test_an_expected_failure_that_fails_is_green(make_catalog, capsys) -> None:
    root = make_catalog(course=XFAIL_CATALOG)
    code, out, _ = run(["all", "--derivations", str(root), "--points", "40"], capsys)
    assert code == ExitCode.OK
    row = next(ln for ln in out.splitlines() if "sigmoid-wrong" in ln)
    assert "XFAIL" in row
    assert "1 proved, 1 xfailed" in out


def test_an_expected_failure_that_holds_is_an_xpass_failure(make_catalog, capsys) -> None:
    root = make_catalog(course=XPASS_CATALOG)
    code, out, _ = run(["all", "--derivations", str(root), "--points", "40"], capsys)
    assert code == ExitCode.REFUTED
    assert "XPASS sigmoid-wrong" in out and "expected FAILED, but every step holds" in out
    assert "1 proved, 1 XPASS" in out


def test_reports_show_xfail_and_xpass(make_catalog, capsys, tmp_path: Path) -> None:
    root = make_catalog(course=XFAIL_CATALOG)
    xml = tmp_path / "r.xml"
    run(["all", "--derivations", str(root), "--points", "40", "--output", str(xml)], capsys)
    suite = ET.fromstring(xml.read_text(encoding="utf-8")).find("testsuite")
    assert suite is not None and suite.get("failures") == "0" and suite.get("skipped") == "1"
    skipped = suite.find("testcase[@name='sigmoid-wrong']/skipped")
    assert skipped is not None and skipped.get("type") == "pytest.xfail"
    xpass = IdentityResult(id="e", title="t", statement="s", verdict=Verdict.PROVED, expected="FAILED")
    run_result = RunResult(results=(xpass,), seed=1, points=2)
    assert not run_result.ok
    github = get_reporter("github").render(run_result)
    assert github.startswith("::error ") and "XPASS e" in github
    junit = ET.fromstring(get_reporter("junit").render(run_result))
    assert junit.find("testsuite/testcase/failure[@type='XPASS']") is not None
    assert "**XPASS**" in get_reporter("markdown").render(run_result)


def test_a_note_chain_after_expect_failed_is_xfail(tmp_path, capsys, monkeypatch) -> None:
    (tmp_path / "w.md").write_text(NOTE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["doc", "w.md", "--points", "30", "--format", "json"], capsys)
    results = json.loads(out)["results"]
    assert code == ExitCode.OK
    assert [(r["verdict"], r["expected"]) for r in results] == [("FAILED", "FAILED"), ("PROVED", "")]
    fixed = NOTE.replace("= 2x^2", "= 3x^2")
    (tmp_path / "w.md").write_text(fixed, encoding="utf-8")
    code, out, _ = run(["doc", "w.md", "--points", "30"], capsys)
    assert code == ExitCode.REFUTED and "XPASS" in out


def test_a_bad_expectation_in_a_note_is_a_context_error(tmp_path, capsys) -> None:
    path = tmp_path / "w.md"
    path.write_text(NOTE.replace("expect: FAILED", "expect: PROVED"), encoding="utf-8")
    code, out, _ = run(["doc", str(path), "--points", "30"], capsys)
    assert code == ExitCode.REFUTED and "only expected verdict is FAILED" in out


def test_the_step_list_of_verify_doc_shows_an_expected_failure_as_xfail(tmp_path, capsys, monkeypatch) -> None:
    """The run is green, so the failing step of an ``expect: FAILED`` chain is listed XFAIL, not FAILED."""
    (tmp_path / "w.md").write_text(NOTE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["doc", "w.md", "--points", "30", "--no-progress"], capsys)
    assert code == ExitCode.OK
    steps = [ln for ln in out.splitlines() if re.match(r"w\.md:\d+  step \d+  ", ln)]
    assert len(steps) == 2
    assert "XFAIL" in steps[0] and "FAILED" not in steps[0]
    assert "PROVED" in steps[1]
