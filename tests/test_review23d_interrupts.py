"""review23d: Ctrl-C ends the CLI with status 130 and leaves the caller's signal state as it was.

* ``python -m verifier`` exited killed by SIGINT (-2 to a caller that is not a shell) in about 2 of
  25 interrupted runs of ``verify doc``, after printing "verify: interrupted": CPython marks a
  KeyboardInterrupt that leaves code it ran from a string (``dataclasses``, ``namedtuple``, SymPy's
  ``lambdify`` and ``sympify`` do so; a Ctrl-C that comes while such a string is compiled is raised
  in it) as unhandled, even when caught later, and ``python -m`` then kills itself with SIGINT at
  exit instead of returning the status ``sys.exit`` was given.

Each test cleans up what it started; none is timed: bounds only catch a hang.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import ctrl_c_reaches

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX signals")

_CTRL_C_IN_CODE_FROM_A_STRING = r"""
import os, runpy, signal
import rich.console  # imported by the time a real run is interrupted (its progress line, its reports)
import verifier.cli

def interrupted(name):  # a Ctrl-C raised in code run from a string, as one that comes while it is compiled
    exec("os.kill(os.getpid(), signal.SIGINT)", {"os": os, "signal": signal})

verifier.cli._module = interrupted
runpy.run_module("verifier", run_name="__main__", alter_sys=True)
"""


@pytest.mark.slow(2)
def test_python_m_verifier_exits_130_when_the_ctrl_c_went_through_code_run_from_a_string(tmp_path: Path) -> None:
    (tmp_path / "ctrl_c_entry.py").write_text(_CTRL_C_IN_CODE_FROM_A_STRING)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    with ctrl_c_reaches():
        done = subprocess.run(
            [sys.executable, "-m", "ctrl_c_entry", "list"], capture_output=True, text=True, env=env, timeout=120
        )
    assert "verify: interrupted" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 130, (done.returncode, done.stderr)
