"""Re-verify the catalog entries and notes that change on save (for authors writing notes).

Runs everything once, then, after each save, only what changed: the entries of an edited catalog
module, every module when a shared ``_helper.py`` changed, an edited note of ``[tool.verify]
documents``, everything when pyproject.toml changed. Ctrl-C stops it.
"""

from __future__ import annotations

import argparse

OPTIONS = ("catalog", "check")


def add_arguments(p: argparse.ArgumentParser) -> None:
    del p  # the catalog and verification options only


def run(args: argparse.Namespace) -> int:
    from verifier.watch import watch

    return watch(args)
