"""Set up a course repository: [tool.verify], an example entry and note, CI workflow, pre-commit."""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("directory", nargs="?", default=".", help="the repository to set up (default: .)")
    p.add_argument(
        "--source",
        metavar="URL@REV",
        help="what the workflow installs: a git repository at a tag or commit, or a pip requirement "
        "(default: where this derivation-verifier was installed from, when that is public)",
    )


def run(args: argparse.Namespace) -> int:
    from verifier.scaffold import init

    return init(args)
