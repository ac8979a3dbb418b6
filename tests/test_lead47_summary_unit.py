"""`verify doc`'s chain summary names its unit, so it cannot be read against the step counts.

The run's records are one per chain (a display's `a = b = c`), the document line below counts steps
(each `=`). Printed bare, "1 proved, 1 skipped" above "3 steps found: 2 proved, 1 SKIPPED" reads as
two disagreeing tallies of the same thing (a new user's report). The catalog's summary is unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.cli import main as cli_main
from verifier.reporters.base import summary_line
from verifier.results import RunResult

NOTE = r"""# Two chains

$$\frac{d}{dx} x^2 = 2x = x + x$$

$$f(x) = x^3$$
"""


def test_a_document_run_s_summary_counts_chains_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = tmp_path / "note.md"
    note.write_text(NOTE, encoding="utf-8")
    cli_main(["doc", str(note), "--points", "20", "--no-progress"])
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if " in " in line and "proved" in line]
    chain_line = next(line for line in lines if not line.startswith("document"))
    assert chain_line.startswith("2 chains: "), chain_line
    assert "1 proved" in chain_line and "1 skipped" in chain_line
    assert "document 3 steps found" in out


def test_the_catalog_summary_is_not_relabelled() -> None:
    run = RunResult(results=(), seed=1, points=1, catalog="derivations")
    assert not summary_line(run).startswith("0 chains")
    doc_run = RunResult(results=(), seed=1, points=1, documents="notes/")
    assert summary_line(doc_run).startswith("no identities were checked")
