"""``python -m verifier`` runs the same ``main`` as the ``verify`` script (as ``python -m pytest``
does): in a fresh clone or a venv whose script folder is not on PATH it is the way to call the tool."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_python_dash_m_verifier_checks_a_claim_and_exits_with_its_code() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    ok = subprocess.run(
        [sys.executable, "-m", "verifier", "check", r"\frac{d}{dx}\tanh x = 1 - \tanh^2 x"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert ok.returncode == 0, ok.stderr
    wrong = subprocess.run(
        [sys.executable, "-m", "verifier", "check", r"\frac{d}{dx}\tanh x = 1 + \tanh^2 x"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert wrong.returncode == 1, wrong.stdout + wrong.stderr
    assert "usage: verify" in subprocess.run(
        [sys.executable, "-m", "verifier", "--help"], capture_output=True, text=True, env=env, timeout=120
    ).stdout
