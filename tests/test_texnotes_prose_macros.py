r"""The prose's inline formulas are read with the same macros as the displays (sources.Sources.prose):
a macro from a macro file (or an ``\input`` file) used in an inline definition, on notes written here."""

from __future__ import annotations

from pathlib import Path

from verifier.documents.check import check_text
from verifier.results import Verdict

_NOTES = (
    "\\documentclass{article}\n\\begin{document}\n"
    "Let $\\pp = \\sigma(z)$ be the prediction.\n"
    "\\[\n\\frac{\\partial \\pp}{\\partial z} = CLAIM\n\\]\n\\end{document}\n"
)


def _verdict(tmp_path: Path, claim: str) -> Verdict:
    macros = tmp_path / "macros.tex"
    macros.write_text("\\newcommand{\\pp}{p}\n", encoding="utf-8")
    check = check_text(_NOTES.replace("CLAIM", claim), str(tmp_path / "notes.tex"), macro_files=[macros])
    return [s for c in check.chains for s in c.result.steps][-1].verdict


def test_an_inline_definition_written_with_a_file_macro_is_learned(tmp_path: Path) -> None:
    assert _verdict(tmp_path, "\\pp(1 - \\pp)") in (Verdict.PROVED, Verdict.PASSED)


def test_a_wrong_derivative_of_it_fails(tmp_path: Path) -> None:
    assert _verdict(tmp_path, "\\pp(1 + \\pp)") is Verdict.FAILED
