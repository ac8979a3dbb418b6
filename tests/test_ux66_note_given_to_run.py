"""``verify notes/week1.md`` (or a table row's ``week1.md:12``) points to ``verify doc``.

``verify ID`` runs catalog identities; a note given there got "no identity matches
'notes/week1.md'; run 'verify list' to see the ids", which says nothing of the command a note
needs. A target that is a note (a file ``verify doc`` reads, or a chain's ``file:line`` of the
table) now gets the ``verify doc`` command to run instead; still exit 2.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.cli import main as cli_main
from verifier.exitcodes import ExitCode

ENTRY = """
from verifier.catalog import D, identity


@identity("square-derivative", title="d/dx x^2", statement="2x", source="lecture 1")
def _(b):
    x = b.real("x")
    return b.chain(D(x**2, x), 2 * x)
"""


@pytest.fixture
def course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text("[tool.verify]\n", encoding="utf-8")
    (tmp_path / "derivations").mkdir()
    (tmp_path / "derivations" / "square.py").write_text(ENTRY, encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "week1.md").write_text("$$\\frac{d}{dx} x^2 = 2x$$\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("target", "hint"), [("notes/week1.md", "verify doc notes/week1.md"), ("week1.md:12", "verify doc")]
)
def test_a_note_given_as_an_id_is_pointed_to_verify_doc(
    course: Path, capsys: pytest.CaptureFixture[str], target: str, hint: str
) -> None:
    code = cli_main([target])
    err = " ".join(capsys.readouterr().err.split())
    assert code == ExitCode.USAGE_ERROR
    assert f"no identity matches {target!r}" in err and hint in err


def test_an_unknown_id_keeps_its_hint(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli_main(["square-derivatve"])
    err = capsys.readouterr().err
    assert code == ExitCode.USAGE_ERROR and "did you mean square-derivative?" in err and "verify doc" not in err
