"""``verify init`` in an empty folder gives a course repository where ``verify all`` and ``pytest`` pass."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from support import UNRELATED_PLUGINS

from verifier import __version__
from verifier.cli import main
from verifier.exitcodes import ExitCode
from verifier.scaffold import scaffold

ROOT = Path(__file__).resolve().parents[1]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "GITHUB_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def _run(cwd: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *argv], cwd=cwd, env=_env(), capture_output=True, text=True, timeout=300)


@pytest.mark.slow(10)
def test_init_then_verify_all_and_pytest_pass(tmp_path: Path, capsys, monkeypatch) -> None:
    # `verify init` and `verify all` through main() in this process (what a subprocess would add,
    # the interpreter's start-up, is tested by the CLI tests); the course's own `pytest` runs in a
    # subprocess, as a course runs it.
    monkeypatch.chdir(tmp_path)
    assert main(["init"]) == ExitCode.OK, capsys.readouterr()
    for name in ("pyproject.toml", "derivations/example.py", "notes/example.md", ".github/workflows/verify.yml",
                 ".pre-commit-config.yaml", ".gitignore"):  # fmt: skip
        assert (tmp_path / name).is_file(), name
    capsys.readouterr()
    code = main(["all", "--no-progress"])
    verify = capsys.readouterr()
    assert code == ExitCode.OK, verify.out + verify.err
    assert "sigmoid-derivative" in verify.out and "XFAIL" in verify.out and "example.md:" in verify.out
    tests = _run(tmp_path, "-m", "pytest", "-p", "no:cacheprovider", "-q", *UNRELATED_PLUGINS)
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "2 passed, 1 xfailed" in tests.stdout


def test_init_never_clobbers_and_appends_to_an_existing_pyproject(tmp_path: Path, capsys) -> None:
    original = '[project]\nname = "course"\n\n[tool.ruff]\nline-length = 100'  # no final newline
    (tmp_path / "pyproject.toml").write_text(original, encoding="utf-8")
    (tmp_path / ".gitignore").write_text("*.pyc\n", encoding="utf-8")
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    assert main(["init", str(tmp_path)]) == ExitCode.OK
    out = capsys.readouterr().out
    text = (tmp_path / "pyproject.toml").read_text(encoding="utf-8")
    assert text.startswith(original) and tomllib.loads(text)["tool"]["verify"]["derivations"] == "derivations"
    assert "appended  pyproject.toml" in out and "kept  .pre-commit-config.yaml" in out
    assert (tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8") == "repos: []\n"
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == "*.pyc\n.verify-cache/\n"
    note = tmp_path / "notes" / "example.md"
    note.write_text("my own note\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert main(["init", str(tmp_path)]) == ExitCode.OK  # a second run changes nothing
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    out = capsys.readouterr().out  # ... and says so for every file it would have written
    for name in ("pyproject.toml", "derivations/example.py", "notes/example.md", ".github/workflows/verify.yml",
                 ".pre-commit-config.yaml", ".gitignore"):  # fmt: skip
        assert f"  {name}" in out, name


def test_init_reports_the_example_it_skips_beside_existing_content(tmp_path: Path, capsys) -> None:
    (tmp_path / "derivations").mkdir()
    (tmp_path / "derivations" / "mine.py").write_text("", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "week1.md").write_text("# week 1\n", encoding="utf-8")
    assert main(["init", str(tmp_path)]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "skipped  derivations/example.py" in out and "skipped  notes/example.md" in out
    assert not (tmp_path / "derivations" / "example.py").exists() and not (tmp_path / "notes" / "example.md").exists()


def test_init_uses_the_catalog_directory_of_tool_verify(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.verify]\nderivations = "catalog"\n', encoding="utf-8")
    scaffold(tmp_path)
    assert (tmp_path / "catalog" / "example.py").is_file() and not (tmp_path / "derivations").exists()
    hooks = (tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert "files: ^(catalog/|pyproject\\.toml$)" in hooks and "files: ^notes/" in hooks


def test_init_refuses_a_broken_pyproject(tmp_path: Path, capsys) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool\n", encoding="utf-8")
    assert main(["init", str(tmp_path)]) == ExitCode.USAGE_ERROR
    assert "not valid TOML" in capsys.readouterr().err
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8") == "[tool\n"


def test_version_workflow_hooks_and_readme_agree(tmp_path: Path, capsys) -> None:
    code = main(["--version"])
    assert code == 0 and capsys.readouterr().out.strip() == f"derivation-verifier {__version__}"
    scaffold(tmp_path)
    workflow = (tmp_path / ".github" / "workflows" / "verify.yml").read_text(encoding="utf-8")
    assert "verify-report.md" in workflow and "verify-report.xml" in workflow and "upload-artifact" in workflow
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "- id: verify\n" in hooks and "- id: verify-notes\n" in hooks
    # no document of this repository shows an install line with a placeholder or a tag that may not exist
    for name in ("README.md", "CHANGELOG.md", ".pre-commit-hooks.yaml"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert "<owner>" not in text and not re.search(r"rev: v[0-9]", text), name
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "verify init --source" in readme and "VERIFY_PACKAGE" in readme and "direct_url.json" in readme
