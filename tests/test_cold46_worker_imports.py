"""An entry's worker imports no verifier module the parent could have imported once (cold46).

``verify_recording`` imported ``verifier.reads`` in each worker (33 imports per cold catalog, each with its
page faults), though nothing in that module runs until an entry is recorded: it is imported in the parent
before the first entry's fork, with the engine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support import GOOD_AND_BAD

ROOT = Path(__file__).resolve().parent.parent


def test_the_entries_workers_find_the_recording_module_imported(make_catalog) -> None:
    root = make_catalog(mixed=GOOD_AND_BAD)
    code = (
        "import os, sys\n"
        "fork, seen = os.fork, []\n"
        "def spy():\n"
        "    seen.append('verifier.reads' in sys.modules)\n"
        "    return fork()\n"
        "os.fork = spy\n"
        "from verifier.cli import main\n"
        "try:\n"
        f"    main(['all', '--derivations', {str(root)!r}, '--points', '30', '--no-progress', '--no-cache'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('\\nAT THE LAST FORK', seen[-1], len(seen))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert "AT THE LAST FORK True" in out.stdout, out.stdout + out.stderr
