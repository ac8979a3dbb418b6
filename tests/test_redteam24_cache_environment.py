"""redteam24: a cached verdict outlived a change of an environment variable its builder read.

A builder that takes a coefficient from the environment (``os.environ``/``os.getenv``), and the
verifier's own switches read while the entry is verified (``VERIFY_SYMENGINE``,
``VERIFY_SIZE_GENERIC``), decide the verdict as much as a data file does: the cache must check them
again before it serves a verdict.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier.cli import main

READS_ENVIRONMENT = """
import os
import sympy as sp
from verifier.catalog import identity

@identity("reads-env", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    factor = int(os.environ.get("RT24_FACTOR", "2"))
    return b.claim(factor * x, 2 * x)
"""

CHECKS_PRESENCE = """
import os
from verifier.catalog import identity

@identity("env-presence", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    factor = 3 if "RT24_WRONG" in os.environ else 2
    return b.claim(factor * x, 2 * x)
"""


@pytest.fixture(autouse=True)
def _private_key_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("RT24_FACTOR", raising=False)
    monkeypatch.delenv("RT24_WRONG", raising=False)
    return home


def verdicts(root: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, tuple[str, bool]]:
    main(["all", "--derivations", str(root), "--points", "30", "--format", "json", "--jobs", "1"])
    data = json.loads(capsys.readouterr().out)
    return {r["id"]: (r["verdict"], r["cached"]) for r in data["results"]}


def test_a_changed_variable_the_builder_read_reruns_the_entry(make_catalog, capsys, monkeypatch) -> None:
    root = make_catalog(claims=READS_ENVIRONMENT)
    assert verdicts(root, capsys) == {"reads-env": ("PROVED", False)}
    assert verdicts(root, capsys) == {"reads-env": ("PROVED", True)}
    monkeypatch.setenv("RT24_FACTOR", "3")
    assert verdicts(root, capsys) == {"reads-env": ("FAILED", False)}  # was PROVED, cached


def test_a_variable_set_that_the_builder_asked_about_reruns_the_entry(make_catalog, capsys, monkeypatch) -> None:
    root = make_catalog(claims=CHECKS_PRESENCE)
    assert verdicts(root, capsys) == {"env-presence": ("PROVED", False)}
    assert verdicts(root, capsys) == {"env-presence": ("PROVED", True)}
    monkeypatch.setenv("RT24_WRONG", "1")
    assert verdicts(root, capsys) == {"env-presence": ("FAILED", False)}


def test_the_verifiers_own_switch_is_checked_again(make_catalog, capsys, monkeypatch) -> None:
    root = make_catalog(claims=READS_ENVIRONMENT)
    assert verdicts(root, capsys) == {"reads-env": ("PROVED", False)}
    monkeypatch.setenv("VERIFY_SYMENGINE", "0")
    assert verdicts(root, capsys)["reads-env"][1] is False


RUNS_A_PROGRAM = """
import subprocess
from pathlib import Path
from verifier.catalog import identity

@identity("runs-program", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    factor = int(subprocess.check_output(["cat", str(Path(__file__).parent / "factor.txt")]))
    return b.claim(factor * x, 2 * x)
"""


def test_an_entry_that_ran_a_program_is_never_served_from_the_cache(make_catalog, capsys) -> None:
    """What another program read is recorded nowhere: such a verdict cannot be checked again, so it is
    not stored (it was served, PROVED, after the file the program read made the claim false)."""
    root = make_catalog(claims=RUNS_A_PROGRAM)
    (root / "factor.txt").write_text("2")
    assert verdicts(root, capsys) == {"runs-program": ("PROVED", False)}
    (root / "factor.txt").write_text("3")
    assert verdicts(root, capsys) == {"runs-program": ("FAILED", False)}
