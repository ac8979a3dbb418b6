"""A mistyped option of a subcommand is answered with that subcommand's usage.

``verify doc --anotate`` printed the top-level usage (``usage: verify [-h] [--version] COMMAND
...``) and ``verify: error: unrecognized arguments``, which lists none of ``doc``'s options: the
user had to find ``verify doc --help``. argparse reports options no subparser knows from the top
parser; the error now comes from the subcommand's own parser, as a wrong value of a known option
already did. Exit status 2 either way.
"""

from __future__ import annotations

import pytest

from verifier.cli import main as cli_main
from verifier.exitcodes import ExitCode


@pytest.mark.parametrize("command", ["doc", "check", "list", "init"])
def test_an_unknown_option_shows_the_subcommands_usage(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli_main([command, "--anotate", "x"])
    err = capsys.readouterr().err
    assert code == ExitCode.USAGE_ERROR
    assert f"usage: verify {command} " in err
    assert f"verify {command}: error: unrecognized arguments: --anotate" in err


def test_an_unknown_option_of_a_run_shows_the_runs_options(capsys: pytest.CaptureFixture[str]) -> None:
    """``verify all --sed 3`` is the ``run`` subcommand: its usage lists ``--seed`` and ``--derivations``."""
    code = cli_main(["all", "--sed", "3"])
    err = capsys.readouterr().err
    assert code == ExitCode.USAGE_ERROR
    assert "error: unrecognized arguments: --sed" in err and "--seed SEED" in err and "--derivations" in err
