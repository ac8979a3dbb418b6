"""Re-verify the catalog entries and notes that change on save (for authors writing notes)."""

from __future__ import annotations

import argparse

OPTIONS = ("catalog", "check")


def add_arguments(p: argparse.ArgumentParser) -> None:
    del p


def run(args: argparse.Namespace) -> int:
    from verifier.watch import watch

    return watch(args)
