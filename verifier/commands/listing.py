"""List the catalog: id, title, sizes, tags and where each entry is defined (``file:line``);
modules that cannot be imported are listed with their error."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.table import Table
from rich.text import Text

from verifier.commands.run import load
from verifier.errors import print_error
from verifier.exitcodes import ExitCode
from verifier.logsafe import printable
from verifier.paths import display_path
from verifier.settings import from_args

OPTIONS = ("catalog",)


def add_arguments(p: argparse.ArgumentParser) -> None:
    del p  # only the catalog options


def run(args: argparse.Namespace) -> int:
    options = from_args(args)
    catalog = load(options)
    table = Table(
        title=Text(f"catalog {printable(display_path(catalog.root))}: {len(catalog.entries)} identities"),
        title_justify="left",
    )
    table.add_column("id", style="bold", no_wrap=True)
    table.add_column("title")
    table.add_column("sizes")
    table.add_column("tags")
    expects = any(e.expect for e in catalog.entries)
    if expects:
        table.add_column("expect")
    # The source is what an editor opens: never wrapped or cut, so ``file.py:123`` stays whole.
    widest = max((len(printable(e.location)) for e in catalog.entries), default=6)
    table.add_column("source", no_wrap=True, min_width=widest)
    for e in catalog.entries:
        sizes = "; ".join(", ".join(f"{k}={v}" for k, v in s) for s in e.sizes if s) or "-"
        # user text: no terminal escapes, bidi controls or workflow commands (issue 9 §6)
        cells = [Text(printable(e.id)), Text(printable(e.title)), sizes, Text(printable(", ".join(e.tags)))]
        table.add_row(*cells, *([e.expect] if expects else []), Text(printable(e.location)))
    out = Console(highlight=False, width=max(Console().width, 120))
    out.print(table)
    err = Console(stderr=True)
    for error in catalog.errors:
        print_error(err, "verify list", "load error", f"{error.location}: {error.message}")
    return ExitCode.USAGE_ERROR if catalog.errors else ExitCode.OK
