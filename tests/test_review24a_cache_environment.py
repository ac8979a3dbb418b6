"""review24a: what the cache records of the environment must be what the CLI sees again.

The worker's environment is not the CLI's: the worker adds its own marker
(``DERIVATION_VERIFIER_WORKER``, a fresh token per worker), and an entry may set a variable itself
before a library (or the entry) reads it back. Recording the set of names with the marker in it, or
the value the entry wrote, made those entries miss the cache at every run (the CLI never has that
marker nor that value). What is recorded must be what the CLI's environment had: the set of names
without the marker, and for a variable written before it was read, the value it had before the write.
A change of what the entry really depends on still re-runs it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier.cli import main

LISTS_ENVIRONMENT = """
import os
from verifier.catalog import identity

@identity("env-prefix", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    course = {k: v for k, v in os.environ.items() if k.startswith("R24A_")}
    factor = int(course.get("R24A_FACTOR", "2"))
    return b.claim(factor * x, 2 * x)
"""

WRITES_THEN_READS = """
import os
from verifier.catalog import identity

@identity("env-written", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    os.environ["R24A_THREADS"] = "1"
    threads = int(os.environ.get("R24A_THREADS", "4"))
    return b.claim(threads * x, x)
"""


@pytest.fixture(autouse=True)
def _private_key_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    for name in ("R24A_FACTOR", "R24A_THREADS"):
        monkeypatch.delenv(name, raising=False)


def verdicts(root: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, tuple[str, bool]]:
    main(["all", "--derivations", str(root), "--points", "30", "--format", "json", "--jobs", "1"])
    data = json.loads(capsys.readouterr().out)
    return {r["id"]: (r["verdict"], r["cached"]) for r in data["results"]}


def test_an_entry_that_lists_the_environment_is_served_from_the_cache(make_catalog, capsys, monkeypatch) -> None:
    root = make_catalog(claims=LISTS_ENVIRONMENT)
    assert verdicts(root, capsys) == {"env-prefix": ("PROVED", False)}
    assert verdicts(root, capsys) == {"env-prefix": ("PROVED", True)}  # was never cached
    monkeypatch.setenv("R24A_FACTOR", "3")  # a new name: the listing changed
    assert verdicts(root, capsys) == {"env-prefix": ("FAILED", False)}


def test_a_variable_written_before_it_was_read_is_served_from_the_cache(make_catalog, capsys, monkeypatch) -> None:
    root = make_catalog(claims=WRITES_THEN_READS)
    assert verdicts(root, capsys) == {"env-written": ("PROVED", False)}
    assert verdicts(root, capsys) == {"env-written": ("PROVED", True)}  # was never cached
    monkeypatch.setenv("R24A_THREADS", "2")  # what it had before the write changed: checked again
    assert verdicts(root, capsys) == {"env-written": ("PROVED", False)}


READS_BYTES_ENVIRONMENT = """
import os
from verifier.catalog import identity

@identity("env-bytes", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    factor = int(os.getenvb(b"R24A_FACTOR", b"2"))
    return b.claim(factor * x, 2 * x)
"""


def test_a_variable_read_as_bytes_is_checked_again(make_catalog, capsys, monkeypatch) -> None:
    """``os.environb``/``os.getenvb`` read the same variables as ``os.environ``: a verdict that read one
    of them is re-run when it changes (it was served, PROVED, after the variable made the claim false)."""
    root = make_catalog(claims=READS_BYTES_ENVIRONMENT)
    assert verdicts(root, capsys) == {"env-bytes": ("PROVED", False)}
    assert verdicts(root, capsys) == {"env-bytes": ("PROVED", True)}
    monkeypatch.setenv("R24A_FACTOR", "3")
    assert verdicts(root, capsys) == {"env-bytes": ("FAILED", False)}
