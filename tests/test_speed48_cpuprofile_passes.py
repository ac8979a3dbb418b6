"""benchmarks/cpuprofile.py --passes: the CPU of a document check split by document, chain and pass."""

from __future__ import annotations

import importlib.util
import signal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _cpuprofile():  # the benchmark is a script, not a module of the package
    spec = importlib.util.spec_from_file_location("cpuprofile_under_test", ROOT / "benchmarks" / "cpuprofile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_passes_names_the_document_its_chains_and_the_lines_of_the_chain_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from verifier.documents import doubts, orientation

    monkeypatch.setattr(doubts, "READINGS_SECONDS", doubts.READINGS_SECONDS)  # the profiler lifts the limits
    monkeypatch.setattr(orientation, "ROW_SECONDS", orientation.ROW_SECONDS)
    note = tmp_path / "note.md"
    note.write_text("Expanding the square:\n\n$$\\frac{d}{dx}(x+1)^3 = 3(x+1)^2 = 3x^2 + 6x + 3$$\n\n"
                    "and a second one:\n\n$$\\frac{d}{dx} \\sin(2x) = 2\\cos(2x)$$\n", encoding="utf-8")
    previous = signal.getsignal(signal.SIGPROF)
    try:
        assert _cpuprofile().main([str(note), "--passes", "--interval", "0.001", "--top", "5"]) == 0
    finally:
        signal.signal(signal.SIGPROF, previous)
    out = capsys.readouterr().out
    documents = out.split("-- per document")[1].split("-- per chain")[0]
    chains = out.split("-- per chain")[1].split("-- per line")[0]
    lines = out.split("-- per line")[1].split("-- inclusive")[0]
    assert "note.md" in documents
    assert "note.md:3" in chains or "note.md:7" in chains  # a chain by its line
    assert "verifier/documents/chaincheck.py:" in lines and " check" in lines  # a line of _Document.check
    inclusive = out.split("-- inclusive")[1]
    assert "chain:" not in inclusive and "document:" not in inclusive  # the marks are not functions
