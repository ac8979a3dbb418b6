"""Show one catalog entry as a reader needs it: statement, domains, steps, sizes, source.

An entry whose builder raises is shown with that error and the line it came from (exit 1,
as ``verify`` would report it ERROR), not with a traceback into the verifier.
"""

from __future__ import annotations

import argparse
import difflib
import traceback
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from verifier.catalog import Claim, Entry, member_text
from verifier.commands.run import load
from verifier.errors import UsageError, print_error
from verifier.exitcodes import ExitCode
from verifier.paths import display_path
from verifier.settings import from_args

OPTIONS = ("catalog",)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", help="identity id (see verify list)")


def _build(entry: Entry, sizes: dict[str, int]) -> Claim:
    """The entry's claim at ``sizes`` (the call a time limit wraps)."""
    return entry.build(sizes)


def builder_error(entry: Entry, exc: BaseException) -> str:
    """``TypeError: … (at derivations/x.py:17)``: the innermost line of the entry's own file."""
    where = ""
    for frame in traceback.extract_tb(exc.__traceback__):
        if entry.file and Path(frame.filename).resolve() == Path(entry.file).resolve():
            where = f"{display_path(frame.filename)}:{frame.lineno}"
    detail = f"{type(exc).__name__}: {exc}".strip()
    return detail + (f" (at {where})" if where else "")


def run(args: argparse.Namespace) -> int:
    options = from_args(args)
    entries = load(options).by_id()
    entry = entries.get(args.id)
    if entry is None:
        close = difflib.get_close_matches(args.id, list(entries), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else "; run 'verify list' to see the ids"
        raise UsageError(f"no identity {args.id!r}{hint}")
    sizes = entry.instances()[0]
    out = Console(highlight=False, width=max(Console().width, 100))
    out.rule(Text(f"{entry.id} — {entry.title}", style="bold"), align="left")
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    facts.add_row("statement", Text(entry.statement))
    facts.add_row("source", Text(entry.source))
    facts.add_row("tags", Text(", ".join(entry.tags) or "-"))
    facts.add_row("sizes", Text("; ".join(", ".join(f"{k}={v}" for k, v in s) for s in entry.sizes if s) or "-"))
    if entry.expect:
        facts.add_row("expect", Text(f"{entry.expect} (a find-the-mistake example: XFAIL while it fails)"))
    out.print(facts)
    # on a line of its own, never wrapped: ``file.py:123`` is what an editor opens
    out.print(Text("defined at  ", style="bold") + Text(entry.location), soft_wrap=True)
    try:
        claim = _build(entry, sizes)
    except Exception as exc:  # noqa: BLE001 - a broken builder is the entry's ERROR, shown as such
        print_error(Console(stderr=True), "verify explain", "the builder raised", builder_error(entry, exc))
        return ExitCode.REFUTED
    at = ", ".join(f"{k}={v}" for k, v in sizes.items())
    domains = Table(
        "variable", "domain", title=f"declared variables{f' (at {at})' if at else ''}", title_justify="left"
    )
    for v in claim.variables:
        shape = "scalar" if v.shape is None else f"{v.shape[0]}x{v.shape[1]}"
        domains.add_row(Text(v.name), f"{shape}, {v.domain.describe()}")
    out.print(domains)
    steps = Table("#", "member", title="chain (every link is checked)", title_justify="left")
    for i, m in enumerate(claim.members):
        text = member_text(m)
        steps.add_row(str(i), Text(text if len(text) < 400 else text[:400] + " …"))
    out.print(steps)
    if entry.notes:
        out.print(Text(entry.notes, style="italic"))
    return ExitCode.OK
