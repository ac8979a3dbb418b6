"""``verify explain ID``: one entry as a reader needs it (statement, domains, steps, sizes, source)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from verifier.catalog import Entry, member_text
from verifier.config import load_config
from verifier.exitcodes import ExitCode
from verifier.loader import load_catalog
from verifier.reporters.base import printable
from verifier.runner import DEFAULT_TIMEOUT, run_in_worker


def _describe(entry: Entry, sizes: dict[str, int]) -> tuple[list[tuple[str, str]], list[str]]:
    """In the worker: build the claim and describe its variables and members as text."""
    claim = entry.build(sizes)
    variables = []
    for v in claim.variables:
        shape = "scalar" if v.shape is None else f"{v.shape[0]}x{v.shape[1]}"
        variables.append((v.name, f"{shape}, {v.domain.describe()}"))
    return variables, [member_text(m) for m in claim.members]


def main(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(prog="verify explain", description="Show one catalog entry in full.")
    p.add_argument("id")
    p.add_argument("--derivations", metavar="DIR")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="budget for building the entry (default 60)")
    try:
        args = p.parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    config = load_config()
    root = Path(args.derivations or config.base / str(config.get("derivations", "derivations")))
    if not root.is_dir():
        err.print(f"verify explain: error: catalog directory {printable(repr(str(root)))} does not exist", markup=False)
        return ExitCode.USAGE_ERROR
    entries = load_catalog(root, import_timeout=args.timeout).by_id()
    entry = entries.get(args.id)
    if entry is None:
        import difflib

        close = difflib.get_close_matches(args.id, list(entries), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        err.print(f"verify explain: error: no identity {printable(repr(args.id))}{hint}", markup=False)
        return ExitCode.USAGE_ERROR
    sizes = entry.instances()[0]
    # The builder is author code: it runs in a killable worker, which sends back only text.
    outcome = run_in_worker(_describe, entry, sizes, timeout=args.timeout)
    if not outcome.ok or outcome.value is None:
        why = {"timeout": f"did not finish within {args.timeout:g}s", "raised": f"raised {outcome.message}"}
        reason = printable(why.get(outcome.status, outcome.message))
        err.print(f"verify explain: the builder of {entry.id} {reason}", markup=False)
        return ExitCode.REFUTED
    variables, members = outcome.value
    out = Console(highlight=False, width=max(Console().width, 100))
    out.rule(Text(printable(f"{entry.id} — {entry.title}"), style="bold"), align="left")
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    facts.add_row("statement", Text(printable(entry.statement)))
    facts.add_row("source", Text(printable(entry.source)))
    facts.add_row("defined at", Text(printable(entry.location)))
    facts.add_row("tags", Text(", ".join(entry.tags) or "-"))
    facts.add_row("sizes", Text("; ".join(", ".join(f"{k}={v}" for k, v in s) for s in entry.sizes if s) or "-"))
    out.print(facts)
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
