"""``--format github``: workflow-command annotations at the catalog line of each failure, on Actions.

The CLI runs in-process over a temporary course repository (cwd = its root, as in Actions),
so annotation paths, exit codes and the step summary are checked end to end.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support import GOOD_AND_BAD

from verifier.cli import main
from verifier.reporters import REPORTERS
from verifier.results import Counterexample, IdentityResult, RunResult, StepResult, Verdict

FAST = ["--points", "50", "--jobs", "1", "--no-progress"]
ANNOTATION = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No Actions environment leaks in (the suite itself may run on Actions); the registry is restored.

    ``verifier.reporters`` does not import the github format, so registering it here must not
    change what other tests see in ``REPORTERS``.
    """
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    saved = dict(REPORTERS)
    yield
    REPORTERS.clear()
    REPORTERS.update(saved)


@pytest.fixture
def course(make_catalog: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """A course repository (cwd) with derivations/calculus.py: one true, one false identity."""
    root = make_catalog(calculus=GOOD_AND_BAD).parent
    (root / "pyproject.toml").write_text('[tool.verify]\nderivations = "derivations"\n', encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def _line_of(source: str, ident: str) -> int:
    for number, line in enumerate(source.splitlines(), start=1):
        if line.startswith(f'@identity("{ident}"'):
            return number
    raise AssertionError(ident)


def _annotations(out: str) -> list[tuple[str, dict[str, str], str]]:
    """(command, properties, message) of every workflow command in ``out``."""
    found = []
    for line in out.splitlines():
        m = ANNOTATION.match(line)
        if m:
            props = dict(p.split("=", 1) for p in m.group(2).split(","))
            found.append((m.group(1), props, m.group(3)))
    return found


def test_annotation_points_at_the_failing_entry(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["all", *FAST, "--format", "github"])
    out = capsys.readouterr().out
    assert code == 1
    [(command, props, message)] = _annotations(out)
    assert command == "error"
    assert props["file"] == "derivations/calculus.py"  # relative to the cwd, the repository root
    assert props["line"] == str(_line_of(GOOD_AND_BAD, "sigmoid-wrong"))
    assert props["title"] == "FAILED sigmoid-wrong%3A sign flip"
    assert "\n" not in message and "%0A" in message
    lines = message.split("%0A")
    assert lines[0] == "FAILED sigmoid-wrong — sign flip"
    assert any(line.startswith("  step 1: d/dz") for line in lines)
    assert "  Falsifying example:" in lines
    assert any(line.startswith("    z = ") for line in lines)
    assert any(line.startswith("  reproduce: verify sigmoid-wrong --seed ") for line in lines)
    good = f"PROVED sigmoid-derivative (derivations/calculus.py:{_line_of(GOOD_AND_BAD, 'sigmoid-derivative')})"
    assert any(line.startswith(good) for line in out.splitlines())
    assert re.search(r"^verify: 1 proved, 1 failed in \d+\.\d\ds$", out, re.M)


def test_a_true_catalog_exits_0_without_annotations(
    make_catalog: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    good = GOOD_AND_BAD.split('@identity("sigmoid-wrong"')[0]
    monkeypatch.chdir(make_catalog(calculus=good).parent)
    assert main(["all", *FAST, "--format", "github"]) == 0
    out = capsys.readouterr().out
    assert _annotations(out) == []
    assert "verify: 1 proved in " in out


def test_module_that_cannot_be_imported_is_annotated(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (course / "derivations" / "broken.py").write_text("import sympy\n\ndef f(:\n", encoding="utf-8")
    assert main(["all", *FAST, "--format", "github"]) == 2
    found = {props["file"]: props for _, props, _ in _annotations(capsys.readouterr().out)}
    assert found["derivations/broken.py"]["line"] == "3"
    assert "derivations/calculus.py" in found


def test_github_actions_selects_the_format(
    course: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert main(["sigmoid-wrong", *FAST]) == 1
    assert [c for c, _, _ in _annotations(capsys.readouterr().out)] == ["error"]
    # An explicit --format wins.
    assert main(["sigmoid-wrong", *FAST, "--format", "text"]) == 1
    out = capsys.readouterr().out
    assert _annotations(out) == [] and "sigmoid-wrong" in out


def test_without_actions_the_default_stays_text(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sigmoid-wrong", *FAST]) == 1
    out = capsys.readouterr().out
    assert "::error" not in out and "Falsifying example" in out


def test_step_summary_receives_the_markdown_report(
    course: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = tmp_path / "step_summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert main(["all", *FAST, "--format", "github"]) == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n")  # appended, as Actions expects
    assert "# Derivation check report" in text
    assert "| sigmoid-wrong |" in text and "**FAILED**" in text
    capsys.readouterr()


# --------------------------------------------------------------------------- escaping

HOSTILE = "100% sure,\r\nreally: %0A::set-output name=x::y\n::error::injected"


def _hostile_run() -> RunResult:
    cx = Counterexample(point=(("z", "1.5"),), lhs="1", rhs="2", difference="-1", reproduce="verify evil --seed 1")
    step = StepResult(
        index=1, lhs="a", rhs="b", lhs_latex="a", rhs_latex="b", verdict=Verdict.FAILED, counterexample=cx
    )
    failed = IdentityResult(
        id="evil",
        title=HOSTILE,
        statement="",
        verdict=Verdict.FAILED,
        steps=(step,),
        source="derivations/we,ird:name.py:7",
        message=HOSTILE,
    )
    skipped = IdentityResult(id="skip", title="t", statement="", verdict=Verdict.SKIPPED, message="not read")
    return RunResult(results=(failed, skipped), seed=1, points=50, duration=0.5)


def test_hostile_text_cannot_break_out_of_its_command(tmp_path: Path) -> None:
    from verifier.reporters.github import GitHubReporter, escape_data, escape_property

    out = GitHubReporter(cwd=tmp_path).render(_hostile_run())
    assert "\r" not in out
    commands = [line for line in out.splitlines() if line.lstrip().startswith("::")]
    assert len(commands) == 2  # one per non-ok identity, nothing injected
    error, warning = commands
    assert warning.startswith("::warning title=SKIPPED skip%3A t::")
    props, _, message = error.removeprefix("::error ").partition("::")
    assert props.split(",") == ["file=derivations/we%2Cird%3Aname.py", "line=7", props.split(",")[2]]
    title = props.split(",")[2]
    assert title.startswith("title=FAILED evil%3A 100%25 sure%2C")
    assert "%250A%3A\u200b%3Aset-output name=x%3A\u200b%3Ay %3A\u200b%3Aerror%3A\u200b%3Ainjected" in title
    assert re.search(r"%0A +:\u200b:error:\u200b:injected", message)  # newline escaped, :: broken (issue 9 §6)
    assert "%250A:\u200b:set-output" in message
    assert escape_data("%\r\n") == "%25%0D%0A"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert out.splitlines()[-1] == "verify: 1 skipped, 1 failed in 0.50s"
