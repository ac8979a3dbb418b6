"""Reporters: snapshot every format over hand-built records, then check the facts that matter.

Snapshots live in ``tests/snapshots/``; they are (re)written only when ``UPDATE_SNAPSHOTS=1``
is set, so a missing or changed snapshot fails the run instead of silently passing.
"""

from __future__ import annotations

import io
import json
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

import verifier.reporters.html  # noqa: F401 - registers "html" even where the package does not import it
from verifier.reporters import REPORTERS, Reporter, TextReporter, UnknownReporterError, get_reporter
from verifier.reporters.base import shorten, summary_line
from verifier.reporters.markdown import md_math
from verifier.results import Counterexample, IdentityResult, RunResult, StepResult, Verdict

SNAPSHOTS = Path(__file__).parent / "snapshots"
FORMATS = ["text", "json", "junit", "markdown", "html", "github"]
EXTENSIONS = {"text": "txt", "json": "json", "junit": "xml", "markdown": "md", "html": "html", "github": "github.txt"}


# --------------------------------------------------------------------------- records


def _step(index: int, verdict: Verdict, **kw: object) -> StepResult:
    base: dict[str, object] = {
        "index": index,
        "lhs": "x**2",
        "rhs": "x*x",
        "lhs_latex": "x^{2}",
        "rhs_latex": "x x",
        "verdict": verdict,
        "method": "symbolic: cancel",
        "points": 200,
        "duration": 0.01,
    }
    base.update(kw)
    return StepResult(**base)  # type: ignore[arg-type]


PROVED = IdentityResult(
    id="calc.square",
    title="Square of a product",
    statement=r"(x y)^{2} = x^{2} y^{2}",
    verdict=Verdict.PROVED,
    steps=(_step(1, Verdict.PROVED),),
    source="derivations/calc.py:10",
    tags=("calculus",),
    seed=7,
    duration=0.12,
)

PASSED = IdentityResult(
    id="calc.logsumexp",
    title="Log-sum-exp shift",
    statement=r"\log \sum_{k} e^{z_k} = m + \log \sum_{k} e^{z_k - m}",
    verdict=Verdict.PASSED,
    steps=(_step(1, Verdict.PASSED, method="numeric: 200 points", sizes=(("K", 3),)),),
    source="derivations/calc.py:20",
    seed=7,
    duration=0.5,
    cached=True,
)

FAILED = IdentityResult(
    id="softmax.jacobian",
    title="Jacobian of the softmax",
    statement=r"\frac{\partial p}{\partial z} = \operatorname{diag}(p) - p p^{\top}",
    verdict=Verdict.FAILED,
    steps=(
        _step(1, Verdict.PROVED, lhs="J(z)", rhs="d p/d z", sizes=(("K", 2),)),
        _step(
            2,
            Verdict.FAILED,
            lhs="diag(p) - p*p.T",
            rhs="diag(p) + p*p.T",
            lhs_latex=r"\operatorname{diag}(p) - p p^{\top}",
            rhs_latex=r"\operatorname{diag}(p) + p p^{\top}",
            method="numeric: 200 points",
            sizes=(("K", 2),),
            counterexample=Counterexample(
                point=(("z_1", "-2.7101"), ("z_2", "0.5")),
                lhs="-0.0347",
                rhs="0.0347",
                difference="-0.0694",
                entry="[2, 1]",
                reproduce="verify softmax.jacobian --seed 7 --size K=2",
            ),
        ),
    ),
    source="derivations/ml.py:42",
    tags=("softmax",),
    seed=7,
    duration=0.75,
)

ERROR = IdentityResult(
    id="loss.xent",
    title="Cross-entropy gradient",
    statement=r"\nabla_z L = p - y",
    verdict=Verdict.ERROR,
    source="derivations/ml.py:60",
    seed=7,
    duration=0.02,
    message="builder raised ZeroDivisionError: division by zero",
)

TIMEOUT = IdentityResult(
    id="norm.layer",
    title="LayerNorm backward",
    statement=r"\frac{\partial y}{\partial x} = \frac{1}{\sigma}\left(I - \frac{1}{n}\right)",
    verdict=Verdict.TIMEOUT,
    steps=(_step(1, Verdict.PROVED), _step(2, Verdict.TIMEOUT, message="budget of 5.0s exhausted")),
    source="derivations/ml.py:80",
    seed=7,
    duration=5.0,
    message="budget of 5.0s exhausted",
    stage="symbolic: simplify step 2",
)

RUN = RunResult(
    results=(PROVED, PASSED, FAILED, ERROR, TIMEOUT),
    seed=7,
    points=200,
    duration=6.39,
    catalog="derivations",
)
EMPTY = RunResult(results=(), seed=7, points=200, duration=0.0)


def render(fmt: str, run: RunResult = RUN, **options: object) -> str:
    return get_reporter(fmt, **options).render(run)


# --------------------------------------------------------------------------- snapshots


def check_snapshot(name: str, text: str) -> None:
    """Compare with ``tests/snapshots/<name>``; write it only when UPDATE_SNAPSHOTS=1."""
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"snapshot {path} is missing; run with UPDATE_SNAPSHOTS=1 to create it")
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{name} differs from its snapshot; UPDATE_SNAPSHOTS=1 rewrites it"


@pytest.mark.parametrize("fmt", FORMATS)
def test_snapshot(fmt: str) -> None:
    check_snapshot(f"report.{EXTENSIONS[fmt]}", render(fmt))


@pytest.mark.parametrize("fmt", FORMATS)
def test_snapshot_empty_run(fmt: str) -> None:
    check_snapshot(f"empty.{EXTENSIONS[fmt]}", render(fmt, EMPTY))


def test_snapshot_text_in_colour() -> None:
    check_snapshot("report.ansi", render("text", color=True))


@pytest.mark.parametrize("fmt", FORMATS)
def test_deterministic(fmt: str) -> None:
    assert render(fmt) == render(fmt)


# --------------------------------------------------------------------------- registry


def test_registry_knows_every_format() -> None:
    assert set(REPORTERS) == set(FORMATS)
    for name, cls in REPORTERS.items():
        reporter = get_reporter(name)
        assert isinstance(reporter, Reporter)
        assert isinstance(reporter, cls)
        assert reporter.name == name


def test_unknown_format_lists_known_names() -> None:
    with pytest.raises(KeyError) as info:
        get_reporter("yaml")
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, UnknownReporterError)
    for name in FORMATS:
        assert name in str(info.value)


# --------------------------------------------------------------------------- text


def test_text_shows_counterexample_and_summary() -> None:
    out = render("text")
    assert "\x1b[" not in out
    for needle in (
        "step 2 (K=2)",
        "z_1 = -2.7101",
        "z_2 = 0.5",
        "left  = -0.0347",
        "right = 0.0347",
        "difference = -0.0694",
        "entry [2, 1]",
        "verify softmax.jacobian --seed 7 --size K=2",
        "diag(p) - p*p.T = diag(p) + p*p.T",
        "sizes: K=2",
        "cached",
        "0.12s",
        "builder raised ZeroDivisionError: division by zero",
        "stage: symbolic: simplify step 2",
        "verify loss.xent --seed 7",
    ):
        assert needle in out, needle
    assert out.rstrip().endswith("1 proved, 1 passed, 1 failed, 1 timed out, 1 error in 6.39s")
    # details only for the identities that are not ok
    assert "Square of a product" not in out
    assert "Jacobian of the softmax" in out


def test_text_summary_counts() -> None:
    run = replace(RUN, results=(PROVED, PROVED, FAILED, ERROR, ERROR), duration=2.3149)
    assert summary_line(run) == "2 proved, 1 failed, 2 errors in 2.31s"


def test_text_colour_only_when_asked() -> None:
    coloured = render("text", color=True)
    assert "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == render("text")


def test_text_width_option() -> None:
    narrow = render("text", width=60)
    assert max(len(line) for line in narrow.splitlines() if not line.startswith(" ")) <= 60


def test_text_print_to_console() -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, width=100, color_system=None)
    TextReporter.print_to(console, RUN)
    assert "z_1 = -2.7101" in buffer.getvalue()
    assert "1 proved, 1 passed" in buffer.getvalue()


def test_text_user_text_is_not_markup() -> None:
    evil = replace(ERROR, id="[bold]x[/bold]", title=":smile: \x1b[2J", message="[red]boom")
    out = render("text", replace(RUN, results=(evil,)), color=True)
    assert "[bold]x[/bold]" in out
    assert "[red]boom" in out
    assert ":smile:" in out
    assert "\x1b[2J" not in out
    assert "[2J" not in out  # a terminal escape sequence is removed whole (issue 9 §6), not shown


def test_text_empty_run_is_not_a_success() -> None:
    out = render("text", EMPTY)
    assert "NO IDENTITIES WERE CHECKED" in out
    assert "not a pass" in out


# --------------------------------------------------------------------------- odd records


LONG = "a_very_long_symbol_name + " * 20
ODD = RunResult(
    results=(
        IdentityResult(
            id="odd.long",
            title="Very long members",
            statement="x",
            verdict=Verdict.FAILED,
            steps=(_step(1, Verdict.FAILED, lhs=LONG + "1", rhs=LONG + "2", lhs_latex="", rhs_latex=""),),
        ),
        IdentityResult(id="odd.nosteps", title="", statement="", verdict=Verdict.SKIPPED),
        IdentityResult(
            id="odd.nan",
            title="Odd numbers",
            statement="y",
            verdict=Verdict.ERROR,
            duration=float("nan"),
            steps=(_step(1, Verdict.ERROR, message="line one\nline two"),),
        ),
    ),
    seed=0,
    points=0,
    duration=float("inf"),
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_odd_records_do_not_raise(fmt: str) -> None:
    out = render(fmt, ODD)
    assert "odd.nosteps" in out or "odd\\.nosteps" in out


def test_long_members_are_truncated_in_tables_only() -> None:
    text = render("text", ODD, width=200)
    row = next(line for line in text.splitlines() if line.startswith("odd.long"))
    assert "…" in row
    assert len(row) <= 200
    assert f"step 1: {LONG}1 = {LONG}2" in text  # the details keep the full members, unwrapped
    md = render("markdown", ODD)
    table_rows = [line for line in md.splitlines() if line.startswith("| odd")]
    assert all(len(line) < 200 for line in table_rows)
    assert "…" in table_rows[0]
    assert "No counterexample was recorded." in md
    assert "  > line one\\\n  > line two" in md  # a multi-line message keeps its lines
    assert "\n\n\n" not in md


def test_shorten() -> None:
    assert shorten("abc", 5) == "abc"
    assert shorten("abcdefgh", 5) == "abcd…"
    assert len(shorten("x" * 500)) == 60
    assert shorten("a\nb") == "a b"


def test_json_survives_nan() -> None:
    data = json.loads(render("json", ODD))
    assert data["duration"] is None
    assert data["results"][2]["duration"] is None


# --------------------------------------------------------------------------- json


def test_json_round_trip() -> None:
    data = json.loads(render("json"))
    assert list(data)[:3] == ["version", "ok", "seed"]
    assert data["version"] == 1
    assert data["seed"] == 7
    assert data["points"] == 200
    assert data["duration"] == 6.39
    assert data["ok"] is False
    assert data["summary"] == {"PROVED": 1, "PASSED": 1, "SKIPPED": 0, "FAILED": 1, "TIMEOUT": 1, "ERROR": 1}
    restored = tuple(IdentityResult.from_dict(item) for item in data["results"])
    assert restored == RUN.results


def test_json_keeps_unicode() -> None:
    run = replace(RUN, results=(replace(PROVED, title="Σ über ∂"),))
    out = render("json", run)
    assert "Σ über ∂" in out
    assert json.loads(out)["results"][0]["title"] == "Σ über ∂"


# --------------------------------------------------------------------------- junit

HOSTILE = '<b>&amp; "quoted" ]]> \x00\x07\x1b\ud800 \ufffe end'


def test_junit_structure() -> None:
    root = ET.fromstring(render("junit"))
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.get("name") == "derivation-verifier"
    assert suite.get("tests") == "5"
    assert suite.get("failures") == "1"
    assert suite.get("errors") == "2"
    assert suite.get("skipped") == "0"
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert list(cases) == [r.id for r in RUN.results]
    assert cases["calc.square"].get("classname") == "calculus"
    assert cases["calc.logsumexp"].get("classname") == "derivations.calc"
    assert cases["calc.square"].get("time") == "0.120"
    failure = cases["softmax.jacobian"].find("failure")
    assert failure is not None
    assert failure.get("type") == "FAILED"
    assert "z_1 = -2.7101" in (failure.text or "")
    assert "entry [2, 1]" in (failure.get("message") or "")
    error = cases["norm.layer"].find("error")
    assert error is not None and error.get("type") == "TIMEOUT"
    assert "symbolic: simplify step 2" in (error.text or "")
    assert error.get("message") == "timed out in symbolic: simplify step 2: budget of 5.0s exhausted"
    assert cases["loss.xent"].find("error").get("type") == "ERROR"  # type: ignore[union-attr]
    assert "step 1: PROVED" in (cases["calc.square"].findtext("system-out") or "")


def test_junit_escapes_hostile_text() -> None:
    evil = replace(FAILED, id=f"id {HOSTILE}", title=HOSTILE, source=f"{HOSTILE}.py:3")
    evil_error = replace(ERROR, message=HOSTILE, tags=(HOSTILE,))
    skipped = IdentityResult(id="s", title=HOSTILE, statement="", verdict=Verdict.SKIPPED, message=HOSTILE)
    out = render("junit", replace(RUN, results=(evil, evil_error, skipped), catalog=HOSTILE))
    root = ET.fromstring(out)  # well-formed
    cases = list(root.iter("testcase"))
    assert cases[0].get("name", "").startswith('id <b>&amp; "quoted" ]]> ')
    assert "\\x07" in (cases[1].find("error").get("message") or "")  # type: ignore[union-attr]
    assert cases[2].find("skipped") is not None
    assert "\x00" not in out and "\ud800" not in out


def test_junit_empty_run_fails_ci() -> None:
    suite = ET.fromstring(render("junit", EMPTY)).find("testsuite")
    assert suite is not None
    assert suite.get("errors") == "1"
    assert suite.find("testcase/error") is not None


# --------------------------------------------------------------------------- markdown

EVIL_TITLE = "<script>alert(1)</script> | *x* "


def test_markdown_escapes_user_text() -> None:
    evil = replace(FAILED, title=EVIL_TITLE, id="a|b_[c]`d`", source="<x>.py:1")
    evil_error = replace(ERROR, message="<img src=x onerror=alert(1)> & `rm` | $5")
    out = render("markdown", replace(RUN, results=(PROVED, evil, evil_error)))
    assert "<script>" not in out
    assert "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\*" in out
    overview = out.split("\n\n")[3].splitlines()  # title, status, facts, then the table
    header, rule, *rows = overview
    columns = len(re.split(r"(?<!\\)\|", header))
    assert len(rows) == 3
    for row in [rule, *rows]:
        assert len(re.split(r"(?<!\\)\|", row)) == columns, row
    assert "a\\|b\\_\\[c\\]\\`d\\`" in out
    assert "\\$5" in out


def test_markdown_math_guard() -> None:
    assert md_math(r"\frac{a}{b} < c") == r"\frac{a}{b} < c"
    assert md_math("a $ b") == r"a \$ b"
    assert md_math(r"a \$ b") == r"a \$ b"
    assert "</script>" not in md_math("x </script><script>alert(1)")
    assert md_math("a\n\n\nb") == "a\nb"


def test_markdown_content() -> None:
    out = render("markdown")
    assert out.startswith("# ")
    assert "**ERROR** — 1 proved, 1 passed, 1 failed, 1 timed out, 1 error in 6.39s" in out
    assert "### softmax.jacobian — Jacobian of the softmax" in out
    assert "$$\n\\frac{\\partial p}{\\partial z} = \\operatorname{diag}(p) - p p^{\\top}\n$$" in out
    assert "$\\operatorname{diag}(p) + p p^{\\top}$" in out
    assert "| z\\_1 | -2.7101 |" in out
    assert "- difference = `-0.0694`" in out
    assert "`verify softmax.jacobian --seed 7 --size K=2`" in out
    assert "`verify loss.xent --seed 7`" in out
    assert "| calc.square | Square of a product | PROVED |  |" in out
    assert "| softmax.jacobian | Jacobian of the softmax | **FAILED** | step 2 (K=2): " in out


def test_markdown_empty_run() -> None:
    out = render("markdown", EMPTY)
    assert "**ERROR**" in out
    assert "no identities were checked" in out


# --------------------------------------------------------------------------- any text at all


@settings(max_examples=60, deadline=None, database=None)
@given(title=st.text(max_size=40), message=st.text(max_size=40), ident=st.text(min_size=1, max_size=20))
def test_any_user_text_is_safe(title: str, message: str, ident: str) -> None:
    """Whatever a catalog contains, the XML parses and the Markdown table keeps its columns."""
    failed = replace(FAILED, id=ident, title=title, source=message)
    errored = replace(ERROR, id=ident, title=title, message=message)
    run = replace(RUN, results=(failed, errored), catalog=title)
    ET.fromstring(render("junit", run))
    json.loads(render("json", run))
    render("text", run)
    md = render("markdown", run)
    table = md.split("\n\n")[3].splitlines()
    assert len(table) == 4
    assert {len(re.split(r"(?<!\\)\|", row.replace("\\\\", ""))) for row in table} == {6}
    assert "<" not in "".join(table)


# --------------------------------------------------------------------------- log safety (issue 9 §6)

HOSTILE_TEXT = (
    "ok\n::add-mask::secret\n  ::stop-commands::tok\n:::x ##[set-env name=A]1 \x1b[2J\x1b[31mred\u202eevil\u2066"
)
HOSTILE_FAILED = replace(
    FAILED,
    id="::error::fake-id",
    title=HOSTILE_TEXT,
    source="::warning file=x::notes/##[group]a.md:3",
    message=HOSTILE_TEXT,
    stage="::debug::stage",
    steps=(
        _step(
            1,
            Verdict.FAILED,
            lhs=HOSTILE_TEXT,
            rhs="::notice::rhs",
            message=HOSTILE_TEXT,
            counterexample=Counterexample(
                point=(("::x", "##[endgroup]"),), lhs="::a::", rhs="1", difference="1", reproduce="verify ::y::"
            ),
        ),
    ),
)
HOSTILE_ERROR = replace(ERROR, id="::group::g", message=HOSTILE_TEXT, source="##[error]x.py")
HOSTILE_RUN = replace(RUN, results=(PROVED, HOSTILE_FAILED, HOSTILE_ERROR), catalog="::set-output name=x::y")
OUR_COMMAND = re.compile(r"^::(error|warning|notice) [^:]*::")


def _commands(text: str, fmt: str) -> list[str]:
    """Lines GitHub Actions would run as workflow commands, other than the github format's own annotations."""
    bad = []
    for line in text.splitlines():
        if "##[" in line:
            bad.append(line)
        elif line.lstrip().startswith("::") and not (fmt == "github" and OUR_COMMAND.match(line)):
            bad.append(line)
    return bad


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_user_text_becomes_a_workflow_command(fmt: str) -> None:
    out = render(fmt, HOSTILE_RUN)
    assert _commands(out, fmt) == []
    assert "\x1b" not in out and not re.search("[\u202a-\u202e\u2066-\u2069\u200e\u200f]", out)


def test_the_text_report_on_a_terminal_carries_no_command_or_escape() -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, width=100, force_terminal=False, color_system=None)
    TextReporter.print_to(console, HOSTILE_RUN)
    out = buffer.getvalue()
    assert _commands(out, "text") == []
    assert "\x1b" not in out and "\u202e" not in out
    assert "add-mask" in out and "red" in out  # neutralised, not dropped


def test_the_github_format_emits_only_its_own_commands() -> None:
    out = render("github", HOSTILE_RUN)
    commands = [line for line in out.splitlines() if line.startswith("::")]
    assert [OUR_COMMAND.match(line).group(1) for line in commands] == ["error", "error"]  # type: ignore[union-attr]


def test_json_is_log_safe_and_still_the_same_data() -> None:
    out = render("json", HOSTILE_RUN)
    assert "::" not in out and "##[" not in out and "\u202e" not in out
    data = json.loads(out)
    assert data["results"][1]["message"] == HOSTILE_TEXT
    assert data["results"][1]["id"] == "::error::fake-id"
    assert data["catalog"] == "::set-output name=x::y"
