"""``verify COMMAND --help`` shows its description as plain text.

The descriptions are the first paragraph of each subcommand module's docstring, written in
reStructuredText: ``verify all --help`` showed "Verify the catalog: ``verify all`` (every
identity, and the notes of ``[tool.verify] documents``)" and ``verify mutate --help``
"``verify mutate``: the kill rate…", with the doubled backquotes of the markup. A terminal shows
them as 'verify all' now.
"""

from __future__ import annotations

import re

import pytest

from verifier.cli import main as cli_main
from verifier.commands import COMMANDS


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_subcommands_help_has_no_restructuredtext_markup(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert not re.search(r"(?<!`)``(?!`)", out)  # a Markdown fence (```verify) is what users write: kept
