"""Show one catalog entry as a reader needs it: statement, domains, steps, sizes, source.

The builder is author code, so it runs in a killable worker (issue 9 §5) that sends back only
text: a builder that hangs returns after ``--timeout``, and one that raises is shown with that
error and the line it came from (exit 1, as ``verify`` would report it ERROR), not with a
traceback into the verifier.
"""

from __future__ import annotations

import argparse
import difflib
import traceback
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from verifier.catalog import Entry, member_text
from verifier.commands.run import load
from verifier.errors import UsageError, print_error
from verifier.exitcodes import ExitCode
from verifier.paths import display_path
from verifier.reporters.base import printable
from verifier.runner import run_in_worker
from verifier.settings import from_args

OPTIONS = ("catalog",)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", help="identity id (see verify list)")
    p.add_argument("--timeout", type=float, help="budget in seconds for building the entry (default 60)")


class BuilderFailed(Exception):
    """The entry's builder raised; the message says what and on which line of the entry's file."""


def builder_error(entry: Entry, exc: BaseException) -> str:
    """``TypeError: … (at derivations/x.py:17)``: the innermost line of the entry's own file."""
    where = ""
    for frame in traceback.extract_tb(exc.__traceback__):
        if entry.file and Path(frame.filename).resolve() == Path(entry.file).resolve():
            where = f"{display_path(frame.filename)}:{frame.lineno}"
    detail = f"{type(exc).__name__}: {exc}".strip()
    return detail + (f" (at {where})" if where else "")


def _describe(entry: Entry, sizes: dict[str, int]) -> tuple[list[tuple[str, str]], list[str]]:
    """In the worker: build the claim and describe its variables and members as text."""
    try:
        claim = entry.build(sizes)
    except Exception as exc:  # noqa: BLE001 - a broken builder is the entry's ERROR, shown as such
        raise BuilderFailed(builder_error(entry, exc)) from None
    variables = []
    for v in claim.variables:
        shape = "scalar" if v.shape is None else f"{v.shape[0]}x{v.shape[1]}"
        variables.append((v.name, f"{shape}, {v.domain.describe()}"))
    return variables, [member_text(m) for m in claim.members]


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
    out.rule(Text(printable(f"{entry.id} — {entry.title}"), style="bold"), align="left")
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    facts.add_row("statement", Text(printable(entry.statement)))
    facts.add_row("source", Text(printable(entry.source)))
    facts.add_row("tags", Text(printable(", ".join(entry.tags) or "-")))
    facts.add_row("sizes", Text("; ".join(", ".join(f"{k}={v}" for k, v in s) for s in entry.sizes if s) or "-"))
    if entry.expect:
        facts.add_row("expect", Text(f"{entry.expect} (a find-the-mistake example: XFAIL while it fails)"))
    out.print(facts)
    # on a line of its own, never wrapped: ``file.py:123`` is what an editor opens
    out.print(Text("defined at  ", style="bold") + Text(printable(entry.location)), soft_wrap=True)
    outcome = run_in_worker(_describe, entry, sizes, timeout=options.timeout)
    if not outcome.ok or outcome.value is None:
        if outcome.status == "raised" and outcome.error == "BuilderFailed":
            label, why = "the builder raised", outcome.reason
        elif outcome.status == "timeout":
            label, why = f"the builder of {entry.id}", f"did not finish within {options.timeout:g}s"
        else:
            label, why = "the builder failed", outcome.message or outcome.status
        print_error(Console(stderr=True), "verify explain", label, printable(why))
        return ExitCode.REFUTED
    variables, members = outcome.value
    at = ", ".join(f"{k}={v}" for k, v in sizes.items())
    domains = Table(
        "variable", "domain", title=f"declared variables{f' (at {at})' if at else ''}", title_justify="left"
    )
    for name, description in variables:
        domains.add_row(Text(printable(name)), Text(printable(description)))
    out.print(domains)
    steps = Table("#", "member", title="chain (every link is checked)", title_justify="left")
    for i, text in enumerate(members):
        steps.add_row(str(i), Text(printable(text if len(text) < 400 else text[:400] + " …")))
    out.print(steps)
    if entry.notes:
        out.print(Text(printable(entry.notes), style="italic"))
    return ExitCode.OK
