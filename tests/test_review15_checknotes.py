r"""``verify check`` of whole vectors and matrices (commands/checknotes.py) declares ``--positive`` and
``--integer`` names in the note it checks; a subscripted name (``s_1``) was dropped without a word, so
``\sqrt{s_1^2} x^\top x = s_1 x^\top x --positive s_1`` was not PROVED. A name it cannot declare is a
usage error, never ignored."""

from __future__ import annotations

import pytest

from verifier.catalog import CatalogError
from verifier.cli import main
from verifier.commands.checknotes import note_of
from verifier.exitcodes import ExitCode


def test_a_subscripted_positive_name_is_declared(capsys) -> None:
    code = main(["check", r"\sqrt{s_1^2} x^\top x", r"s_1 x^\top x", "--positive", "s_1", "--vector", "x:n",
                 "--points", "40"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == ExitCode.OK and "PROVED" in out


def test_a_name_the_note_cannot_declare_is_refused() -> None:
    with pytest.raises(CatalogError, match="--positive"):
        note_of(["x^\\top x", "0"], {"s-1"}, set(), [], ["x:n"], [])
    with pytest.raises(CatalogError, match="--integer"):
        note_of(["x^\\top x", "0"], set(), {"k!"}, [], ["x:n"], [])
