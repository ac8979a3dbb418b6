"""``verify doc --help`` says what the command reads and writes.

The PATH help listed ".md, .mdx, .qmd, .Rmd, .tex, .ipynb": a folder's ``.rst`` and ``.markdown``
notes are read too (``DOCUMENT_SUFFIXES``), so a Sphinx course read the help as "not supported".
``--annotate`` said it writes ``<name>.annotated.md`` for every note; a ``.tex``, ``.ipynb`` or
``.rst`` note keeps its own suffix (``hw.annotated.tex``), which is what a user looks for.
"""

from __future__ import annotations

import pytest

from verifier.cli import main as cli_main


def _help(capsys: pytest.CaptureFixture[str]) -> str:
    assert cli_main(["doc", "--help"]) == 0
    return " ".join(capsys.readouterr().out.split())


def test_the_path_help_names_every_kind_of_note_a_folder_is_searched_for(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys)
    for suffix in (".md", ".markdown", ".qmd", ".Rmd", ".tex", ".ipynb", ".rst"):
        assert f"{suffix}," in text or f"{suffix};" in text or f"{suffix} " in text, suffix


def test_the_annotate_help_says_a_note_keeps_its_suffix(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys)
    assert "<name>.annotated.tex" in text and "<name>.annotated.ipynb" in text
