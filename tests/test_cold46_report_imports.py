"""What ``verify all``'s report imports after the run (cold46): only the format it prints.

The text report is printed after the last worker, on the run's serial tail, and a warm run (every verdict
served from the cache) is little more than its imports. Importing ``verifier.reporters.text`` imported the
package's ``__init__``, which imported all six reporters (HTML with ``html.entities``, ``xml.etree`` and
the plots, JUnit, Markdown, ...); the GitHub step summary imported the Markdown reporter before it looked
at ``$GITHUB_STEP_SUMMARY``; and the table's plain-string headers went through Rich's markup, whose emoji
replacement imports Rich's table of emoji codes. Every format stays reachable by name
(``get_reporter``, ``REPORTERS``, the classes), as before.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import GOOD_AND_BAD

from verifier.results import IdentityResult, RunResult, Verdict

ROOT = Path(__file__).resolve().parent.parent
UNUSED_ON_A_TEXT_RUN = (
    "verifier.reporters.html",
    "verifier.reporters.junit",
    "verifier.reporters.markdown",
    "verifier.reporters.json_report",
    "verifier.reporters.github",
    "verifier.plots",
    "rich._emoji_codes",
)


def _modules_after(code: str, cwd: Path | None = None) -> tuple[set[str], str]:
    probe = code + "\nimport sys\nprint('\\nMODULES', *sorted(sys.modules))\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("GITHUB_STEP_SUMMARY", None)
    env.pop("GITHUB_ACTIONS", None)
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=300, cwd=cwd or ROOT
    )
    assert out.returncode == 0, out.stdout + out.stderr
    before, after = out.stdout.rsplit("MODULES", 1)
    return set(after.split()), before


@pytest.mark.parametrize("run", ["cold", "warm"])
def test_a_text_run_imports_no_other_reporter_and_no_emoji_table(make_catalog, run: str) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    flags = ["--no-cache"] if run == "cold" else []
    call = f"main(['all', '--derivations', {str(root)!r}, '--points', '30', '--no-progress', *{flags!r}])"
    code = f"from verifier.cli import main\ntry:\n    {call}\nexcept SystemExit:\n    pass"
    if run == "warm":  # a first run fills the cache; the second is served from it (what is measured)
        cli = [sys.executable, "-m", "verifier.cli", "all", "--derivations", str(root), "--points", "30"]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        first = subprocess.run(cli, capture_output=True, env=env, cwd=root.parent, timeout=300)
        assert first.returncode == 1, first.stderr
    modules, printed = _modules_after(code, cwd=root.parent)
    assert run == "cold" or "cached" in printed
    assert "verifier.reporters.text" in modules and "FAILED" in printed  # the report was printed
    assert not modules.intersection(UNUSED_ON_A_TEXT_RUN), sorted(modules.intersection(UNUSED_ON_A_TEXT_RUN))


def test_every_built_in_format_is_still_found_by_name() -> None:
    _, printed = _modules_after(
        "import verifier.reporters as r\n"
        "names = ('text', 'json', 'junit', 'markdown', 'html', 'github')\n"
        "print(sorted(type(r.get_reporter(n)).__name__ for n in names))\n"
        "print(sorted(r.REPORTERS), r.HtmlReporter.name, r.JUnitReporter.name)"
    )
    classes = ["GitHubReporter", "HtmlReporter", "JUnitReporter", "JsonReporter", "MarkdownReporter", "TextReporter"]
    assert str(classes) in printed
    assert "['github', 'html', 'json', 'junit', 'markdown', 'text'] html junit" in printed


def test_an_unknown_format_names_every_built_in_one() -> None:
    _, printed = _modules_after(
        "import verifier.reporters as r\n"
        "try:\n    r.get_reporter('nope')\nexcept r.UnknownReporterError as e:\n    print(e)"
    )
    assert "unknown report format 'nope'; known formats: github, html, json, junit, markdown, text" in printed


def test_the_terminal_table_is_printed_as_before(tmp_path: Path) -> None:
    from verifier.reporters.text import TextReporter

    results = [
        IdentityResult(id="a:smile:[b]", title="t", statement="", verdict=Verdict.PROVED, source="x.py:1", seed=0),
        IdentityResult(id="b", title="t", statement="", verdict=Verdict.FAILED, source="x.py:2", seed=0, message="m"),
    ]
    text = TextReporter(width=100).render(RunResult(results=tuple(results), seed=0, points=30, duration=1.0))
    header = next(line for line in text.splitlines() if "verdict" in line)
    assert header.split() == ["id", "verdict", "first", "failing", "step", "time"]
    assert "a:smile:[b]" in text



def test_a_reporter_module_imported_again_registers_its_class_again() -> None:
    """A format's module imported a second time (``importlib.reload``, or pytester's in-process runs, which
    take away the modules a run imported: now a reporter's module may be imported after ``reporters.base``)
    replaces its own class; a different class under a taken name is still refused."""
    import importlib

    import verifier.reporters.json_report as json_report
    from verifier.reporters import REPORTERS, register
    from verifier.reporters.base import Reporter

    again = importlib.reload(json_report)
    assert REPORTERS["json"] is again.JsonReporter

    class Impostor(Reporter):
        name = "json"

    with pytest.raises(ValueError, match="taken by JsonReporter"):
        register(Impostor)
