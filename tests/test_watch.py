"""``verify watch``: each save re-verifies what it touched, in a fresh process."""

from __future__ import annotations

import argparse
import threading
import time
from pathlib import Path

import pytest
from support import GOOD_AND_BAD

from verifier import watch as watch_module
from verifier.cli import main
from verifier.exitcodes import ExitCode
from verifier.settings import resolve

TRUE_ONLY = GOOD_AND_BAD.split('@identity("sigmoid-wrong"')[0]
NOTE = "```verify\nx: real\n```\n\n$$\\frac{d}{dx} x^2 = 2x$$\n"


@pytest.fixture
def course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.verify]\nderivations = "catalog"\ndocuments = ["notes/*.md"]\n', encoding="utf-8"
    )
    (tmp_path / "catalog").mkdir()
    (tmp_path / "catalog" / "a.py").write_text(TRUE_ONLY, encoding="utf-8")
    (tmp_path / "catalog" / "b.py").write_text(TRUE_ONLY.replace("sigmoid-derivative", "other"), encoding="utf-8")
    (tmp_path / "catalog" / "_shared.py").write_text("K = 1\n", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "w1.md").write_text(NOTE, encoding="utf-8")
    (tmp_path / "README.md").write_text("not a note of [tool.verify] documents\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_plan_reruns_only_what_changed(course: Path) -> None:
    options = resolve(cwd=course)
    flags = ["--seed", "3"]
    a, b, shared = (str(course / "catalog" / n) for n in ("a.py", "b.py", "_shared.py"))
    note = str(course / "notes" / "w1.md")
    assert watch_module.plan([a], options, flags) == [["run", str(Path(a).resolve()), "--seed", "3"]]
    assert watch_module.plan([note], options, flags) == [["doc", str(Path(note).resolve()), "--seed", "3"]]
    assert watch_module.plan([str(course / "README.md")], options, flags) == []
    both = watch_module.plan([shared], options, flags)[0]
    assert both[0] == "run" and sorted(both[1:3]) == sorted(str(Path(p).resolve()) for p in (a, b))
    assert watch_module.plan([str(course / "pyproject.toml"), a], options, flags) == [["run", "all", "--seed", "3"]]


def test_a_module_given_as_target_runs_its_entries(course: Path, capsys) -> None:
    code = main(["catalog/b.py", "--points", "30"])
    out = capsys.readouterr().out
    assert code == ExitCode.OK and "other" in out and "sigmoid-derivative" not in out


def test_a_save_triggers_a_run_of_the_changed_module(course: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    monkeypatch.setattr(watch_module, "_run", lambda argv, console: calls.append(argv) or 0)
    stop = threading.Event()
    args = argparse.Namespace(derivations=None, seed=None, points=None, timeout=None, jobs=None, format=None)
    thread = threading.Thread(target=watch_module.watch, args=(args, stop), daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not calls and time.monotonic() < deadline:
        time.sleep(0.05)
    assert calls == [["run", "all"]]
    time.sleep(0.5)  # let the watcher start
    (course / "catalog" / "b.py").write_text(TRUE_ONLY.replace("sigmoid-derivative", "other") + "\n# edited\n", "utf-8")
    while len(calls) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    thread.join(timeout=10)
    assert calls[1] == ["run", str((course / "catalog" / "b.py").resolve())]
