"""docspeed60: ``benchmarks/corpus.py --no-readings-cutoff`` lifts the readings' limit for the whole run.

The option entered ``doubts.unlimited_readings()`` and dropped the context manager at once
(``doubts.unlimited_readings().__enter__()``): CPython collected the generator behind it at the end of the
statement, which ran its ``finally`` and put the 4 s limit back before a single document was read. A run
"without the cutoff" was a normal run, and under load (28 at stop 60) it printed "not every plausible reading
could be tried within 4s" on both sides of an A/B, so the dumps depended on the load. Now the documents are
checked inside the block, and the limit is back once ``main`` returns.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from verifier.documents import doubts, orientation

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_benchmark_cutoff", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("pooled", [False, True])
def test_the_documents_are_checked_without_the_readings_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pooled: bool
) -> None:
    (tmp_path / "notes.md").write_text("$$\n(x + 1)^2 = x^2 + 2x + 1\n$$\n", encoding="utf-8")
    module = _module()
    seen: list[tuple[float, float]] = []
    if pooled:
        from verifier.documents import pool

        real_many = pool.check_many

        def many(*args: Any, **kwargs: Any) -> Any:
            seen.append((doubts.READINGS_SECONDS, orientation.ROW_SECONDS))
            return real_many(*args, **kwargs)

        monkeypatch.setattr(pool, "check_many", many)
    else:
        real_check = module.check_document

        def check(*args: Any, **kwargs: Any) -> Any:
            seen.append((doubts.READINGS_SECONDS, orientation.ROW_SECONDS))
            return real_check(*args, **kwargs)

        monkeypatch.setattr(module, "check_document", check)
    limits = doubts.READINGS_SECONDS, orientation.ROW_SECONDS
    argv = [str(tmp_path), "--jobs", "1", "--no-readings-cutoff", *([] if pooled else ["--one-by-one"])]
    assert module.main(argv) == 0
    capsys.readouterr()
    assert seen == [(float("inf"), 1e6)]  # the readings tried to their end while the documents were checked
    assert (doubts.READINGS_SECONDS, orientation.ROW_SECONDS) == limits  # and the limits back after the run
