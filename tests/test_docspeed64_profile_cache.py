"""benchmarks/cpuprofile.py profiles documents with SymPy's cache sized as ``verify doc`` sizes it (docspeed64).

SymPy reads ``SYMPY_CACHE_SIZE`` once, at import. ``verify doc`` and ``benchmarks/corpus.py`` set it to
``cli.DOC_SYMPY_CACHE_SIZE`` first (docspeed10); the profiler did not, so it measured documents with SymPy's default
cache of 1,000 entries a function, where one chain (neylon's line 480) took 10 s of CPU instead of the ~0.8 s it
takes in ``verify doc`` — and the profile sent the work to the wrong place.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from verifier.cli import DOC_SYMPY_CACHE_SIZE

ROOT = Path(__file__).resolve().parent.parent

# the profiler run on one small note in a fresh interpreter; SymPy's cache size printed after it
_PROBE = """
import runpy, sys
sys.argv = ["cpuprofile.py", sys.argv[1], "--top", "1"]
try:
    runpy.run_path({script!r}, run_name="__main__")
except SystemExit:
    pass
import sympy.core.cache as k
print("CACHE", k.SYMPY_CACHE_SIZE)
"""


def _cache_after_profile(tmp_path: Path, env: dict[str, str]) -> str:
    note = tmp_path / "note.md"
    note.write_text("$$\\frac{d}{dx} x^2 = 2x$$\n", encoding="utf-8")
    probe = _PROBE.format(script=str(ROOT / "benchmarks" / "cpuprofile.py"))
    out = subprocess.run([sys.executable, "-c", probe, str(note)], env=env, capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout  # fmt: skip
    return next(line.split()[1] for line in out.splitlines() if line.startswith("CACHE"))


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SYMPY_CACHE_SIZE"}
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_documents_are_profiled_with_the_doc_cache(tmp_path: Path) -> None:
    assert _cache_after_profile(tmp_path, _env()) == DOC_SYMPY_CACHE_SIZE


def test_a_cache_size_the_user_set_is_kept(tmp_path: Path) -> None:
    assert _cache_after_profile(tmp_path, {**_env(), "SYMPY_CACHE_SIZE": "500"}) == "500"
