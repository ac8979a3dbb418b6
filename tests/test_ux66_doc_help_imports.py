"""``verify doc --help`` (and a mistyped option) answer without loading the document engine.

``verifier.commands.doc`` imported the whole engine (SymPy, the LaTeX grammar, ~1,500 regular
expressions: about 1.5 s of CPU) at its top, and the ``verify`` parser imports a subcommand's module
to build its options, so ``verify doc --help`` took as long to start as a run; ``verify all --help``
and ``verify init --help`` do not. The engine is now imported when documents are checked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import json, sys
from verifier.cli import main
main(sys.argv[1:])
heavy = ("sympy", "verifier.documents.check", "verifier.engine")
print("loaded", json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""


def _loaded(*argv: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, env=env, check=False, timeout=120
    )
    last = done.stdout.strip().splitlines()
    assert last and last[-1].startswith("loaded"), done.stdout + done.stderr
    return json.loads(last[-1].removeprefix("loaded "))


def test_doc_help_does_not_load_the_engine() -> None:
    assert _loaded("doc", "--help") == []


def test_a_mistyped_doc_option_does_not_load_the_engine() -> None:
    assert _loaded("doc", "--anotate", "notes.md") == []
