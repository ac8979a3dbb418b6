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


def test_progress_names_the_chain_being_checked(tmp_path: Path, status_lines: list[str]) -> None:
    (tmp_path / "a.md").write_text(NOTE, encoding="utf-8")
    shown = status_lines
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
    rows = {c[0]: c[1:] for c in cells if len(c) == 14 and c[0] in ("a.md", "b.md", "TOTAL")}
    # found, checked, %, defs, % claims, proved, passed, failed, skipped, errors, raw =, drops, seconds
    assert rows["a.md"][:12] == ["3", "2", "67", "0", "67", "1", "0", "1", "1", "0", "3", "0"]
    assert rows["b.md"][:12] == ["1", "1", "100", "0", "100", "1", "0", "0", "0", "0", "1", "0"]
    assert rows["TOTAL"][:12] == ["4", "3", "75", "0", "75", "2", "0", "1", "1", "0", "4", "0"]
    assert all(float(r[12]) >= 0 for r in rows.values())
    assert "1  cannot be read: unsupported command \\frobnicate" in out


def test_context_file_serves_the_documents(tmp_path: Path, capsys, monkeypatch) -> None:
    """``--context FILE`` is read for every document: its errors are reported at the file's own line."""
    (tmp_path / "a.md").write_text("$$\\frac{d}{dx} x^2 = 2x$$\n", encoding="utf-8")
    (tmp_path / "course.verify").write_text("x: real\nline 99: x > 0\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["doc", "a.md", "--points", "30"]) == ExitCode.OK
    capsys.readouterr()
    code = main(["doc", "a.md", "--points", "30", "--context", "course.verify"])
    out = capsys.readouterr().out
    assert code == ExitCode.REFUTED
    assert "course.verify:2" in out and "line 99" in out


def test_a_missing_context_file_is_a_usage_error(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.md").write_text("$$\\frac{d}{dx} x^2 = 2x$$\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["doc", "a.md", "--context", "nope.verify"]) == ExitCode.USAGE_ERROR


def test_the_report_header_names_what_was_checked(tmp_path: Path, capsys, monkeypatch) -> None:
    """Not "catalog [tool.verify] documents": the documents (and, in ``verify all``, the catalog) by name."""
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.md").write_text("$$\\frac{d}{dx} x^2 = 2x$$\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.verify]\ndocuments = ["notes/*.md"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["doc", "--points", "30", "--no-progress"]) == ExitCode.OK
    header = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("derivation-verifier:"))
    assert header.endswith(", documents notes/*.md") and "catalog" not in header
    assert main(["doc", "notes/a.md", "--points", "30", "--no-progress"]) == ExitCode.OK
    header = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("derivation-verifier:"))
    assert header.endswith(", documents notes/a.md") and "catalog" not in header


def test_verify_all_header_names_the_catalog_and_the_documents(make_catalog, capsys, monkeypatch) -> None:
    from support import GOOD_AND_BAD

    root = make_catalog(course=GOOD_AND_BAD)
    base = root.parent
    (base / "notes").mkdir()
    (base / "notes" / "a.md").write_text("$$\\frac{d}{dx} x^2 = 2x$$\n", encoding="utf-8")
    (base / "pyproject.toml").write_text(f'[tool.verify]\nderivations = "{root.name}"\ndocuments = ["notes/*.md"]\n',
                                         encoding="utf-8")  # fmt: skip
    monkeypatch.chdir(base)
    main(["all", "--points", "30", "--no-progress", "--no-cache"])
    header = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("derivation-verifier:"))
    assert header.endswith(f", catalog {root.name}, documents notes/*.md")


LAYOUT_NOTE = textwrap.dedent(
    r"""
    For one sample, $\hat y = \sigma(w^\top x)$ and $L = -y\log\hat y - (1-y)\log(1-\hat y)$, so

    $$\frac{\partial L}{\partial w} = (\hat y - y)\,x^\top$$

    A worked number: $\sigma(2) \approx 0.88$.
    """
)


def test_a_green_step_says_the_reading_it_rests_on(tmp_path: Path, capsys, monkeypatch) -> None:
    """A step green only under another reading (here numerator layout) or only to the decimals written says
    so on its line: a reader must not take it for the literal claim. The inferences are not repeated there
    (the reports carry them), so the line stays short."""
    (tmp_path / "a.md").write_text(LAYOUT_NOTE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["doc", "a.md", "--points", "30", "--no-progress"])
    lines = [ln for ln in capsys.readouterr().out.splitlines() if " step " in ln]
    gradient = next(ln for ln in lines if "partial L" in ln)
    assert "PROVED" in gradient and "numerator layout" in gradient
    assert "inferred" not in gradient
    rounded = next(ln for ln in lines if "sigma(2)" in ln)
    assert "PASSED" in rounded and "decimals written" in rounded


def test_a_literal_green_step_has_no_note(tmp_path: Path, capsys, monkeypatch) -> None:
    (tmp_path / "a.md").write_text(NOTE.split("$$\\frac{d}{dx} x^3")[0], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["doc", "a.md", "--points", "30", "--no-progress"])
    line = next(ln for ln in capsys.readouterr().out.splitlines() if " step " in ln)
    assert "PROVED" in line and "—" not in line
