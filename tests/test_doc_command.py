"""``verify doc``: the progress line names the chain being checked; ``--stats`` counts per document."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

from rich.console import Console

from verifier.cli import main
from verifier.commands.doc import check_paths
from verifier.exitcodes import ExitCode
from verifier.settings import resolve

NOTE = textwrap.dedent(
    r"""
    ```verify
    x: real
    ```

    $$\frac{d}{dx} x^2 = 2x$$

    $$\frac{d}{dx} x^3 = 2x^2$$

    $$\frac{d}{dx} x^4 = \frobnicate{x}$$
    """
)


def test_progress_names_the_chain_being_checked(tmp_path: Path, monkeypatch) -> None:
    from rich.status import Status

    (tmp_path / "a.md").write_text(NOTE, encoding="utf-8")
    shown: list[str] = []
    update = Status.update

    def record(self: Status, status: object = None, **kwargs: object) -> None:
        shown.append(str(status))
        update(self, status, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Status, "update", record)
    console = Console(file=io.StringIO(), force_terminal=True, width=150)
    checks = check_paths([tmp_path / "a.md"], resolve(points=30, cwd=tmp_path), console, progress=True)
    # each chain is announced before it is checked, not after it finished
    assert shown == [f"document 1/1: checking {checks[0].path}:{line}" for line in (6, 8, 10)]


def test_no_progress_prints_nothing_on_a_terminal(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(NOTE, encoding="utf-8")
    buffer = io.StringIO()
    check_paths([tmp_path / "a.md"], resolve(points=30, cwd=tmp_path), Console(file=buffer, force_terminal=True),
                progress=False)  # fmt: skip
    assert buffer.getvalue() == ""


def test_stats_per_document_and_in_total(tmp_path: Path, capsys, monkeypatch) -> None:
    (tmp_path / "a.md").write_text(NOTE, encoding="utf-8")
    (tmp_path / "b.md").write_text(NOTE.split("$$\\frac{d}{dx} x^3")[0], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["doc", "a.md", "b.md", "--points", "30", "--stats"])
    out = capsys.readouterr().out
    assert code == ExitCode.REFUTED
    cells = [ln.split() for ln in out.splitlines()]
    rows = {c[0]: c[1:] for c in cells if len(c) == 12 and c[0] in ("a.md", "b.md", "TOTAL")}
    # found, checked, %, proved, passed, failed, skipped, errors, raw =, drops, seconds
    assert rows["a.md"][:10] == ["3", "2", "67", "1", "0", "1", "1", "0", "3", "0"]
    assert rows["b.md"][:10] == ["1", "1", "100", "1", "0", "0", "0", "0", "1", "0"]
    assert rows["TOTAL"][:10] == ["4", "3", "75", "2", "0", "1", "1", "0", "4", "0"]
    assert all(float(r[10]) >= 0 for r in rows.values())
    assert "1  cannot be read: unsupported command \\frobnicate" in out
