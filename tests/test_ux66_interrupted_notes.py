"""Ctrl-C while ``verify all`` checks the notes of ``[tool.verify] documents``.

The catalog's verdicts were already in when the notes' phase began, but a Ctrl-C there went
straight to the entry point's "verify: interrupted": exit 130 with nothing else, where the README
promises "exits 130 after printing the results so far". The catalog's results are now printed,
and the last line says the notes were not checked to the end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.cli import main as cli_main
from verifier.exitcodes import ExitCode

ENTRY = """
import sympy as sp

from verifier.catalog import D, identity


@identity("square-derivative", title="d/dx x^2", statement="2x", source="lecture 1")
def _(b):
    x = b.real("x")
    return b.chain(D(x**2, x), 2 * x)
"""


def test_a_ctrl_c_among_the_notes_still_prints_the_catalog_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.verify]\ndocuments = ["notes/*.md"]\n', encoding="utf-8")
    (tmp_path / "derivations").mkdir()
    (tmp_path / "derivations" / "square.py").write_text(ENTRY, encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "week1.md").write_text("$$\\frac{d}{dx} x^2 = 2x$$\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def ctrl_c(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("verifier.commands.doc.check_paths", ctrl_c)
    code = cli_main(["all", "--no-cache", "--no-progress", "--points", "40"])
    out, err = capsys.readouterr()
    assert code == ExitCode.INTERRUPTED
    assert "square-derivative" in out and "PROVED" in out
    assert "interrupted while checking the notes" in err and "Traceback" not in err
