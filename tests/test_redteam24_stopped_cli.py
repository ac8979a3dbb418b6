"""redteam24: an entry that stops the CLI (SIGSTOP to its parent) hung the whole run.

Workers run as the same user, so an entry can stop the process that enforces their time budgets; the
run then never ended (a CI job to its own limit) and no other entry was reported. Where no terminal
can continue it (no controlling terminal: CI, a pre-commit hook), the watcher continues the CLI; the
entry still runs against its budget, and the rest of the run completes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

STOPS_THE_CLI = """
import os
import signal
from verifier.catalog import identity

@identity("stops-the-cli", title="t", statement="s", source="test")
def _(b):
    os.kill(os.getppid(), signal.SIGSTOP)
    x = b.real("x")
    return b.claim(x, x)

@identity("after-it", title="t", statement="s", source="test")
def _(b):
    x = b.real("x")
    return b.claim(x, 2 * x)
"""


@pytest.mark.slow(4)
def test_an_entry_that_stops_the_cli_does_not_hang_the_run(tmp_path: Path) -> None:
    root = tmp_path / "derivations"
    root.mkdir()
    (root / "stops.py").write_text(textwrap.dedent(STOPS_THE_CLI))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    done = subprocess.run(
        [sys.executable, "-m", "verifier", "all", "--derivations", str(root), "--jobs", "1", "--no-cache",
         "--points", "30", "--no-progress", "--timeout", "30"],
        capture_output=True, text=True, env=env, timeout=90, stdin=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert "after-it" in done.stdout and "FAILED" in done.stdout
