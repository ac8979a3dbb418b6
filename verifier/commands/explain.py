"""``verify explain ID``: one entry as a reader needs it (statement, domains, steps, sizes, source)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from verifier.catalog import member_text
from verifier.config import load_config
from verifier.exitcodes import ExitCode
from verifier.loader import load_catalog


def main(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(prog="verify explain", description="Show one catalog entry in full.")
    p.add_argument("id")
    p.add_argument("--derivations", metavar="DIR")
    try:
        args = p.parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    config = load_config()
    root = Path(args.derivations or config.base / str(config.get("derivations", "derivations")))
    if not root.is_dir():
        err.print(f"verify explain: error: catalog directory {str(root)!r} does not exist")
        return ExitCode.USAGE_ERROR
    entries = load_catalog(root).by_id()
    entry = entries.get(args.id)
    if entry is None:
        import difflib

        close = difflib.get_close_matches(args.id, list(entries), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        err.print(f"verify explain: error: no identity {args.id!r}{hint}")
        return ExitCode.USAGE_ERROR
    sizes = entry.instances()[0]
    claim = entry.build(sizes)
    out = Console(highlight=False, width=max(Console().width, 100))
    out.rule(Text(f"{entry.id} — {entry.title}", style="bold"), align="left")
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    facts.add_row("statement", Text(entry.statement))
    facts.add_row("source", Text(entry.source))
    facts.add_row("defined at", Text(entry.location))
    facts.add_row("tags", Text(", ".join(entry.tags) or "-"))
    facts.add_row("sizes", Text("; ".join(", ".join(f"{k}={v}" for k, v in s) for s in entry.sizes if s) or "-"))
    out.print(facts)
    at = ", ".join(f"{k}={v}" for k, v in sizes.items())
    domains = Table(
        "variable", "domain", title=f"declared variables{f' (at {at})' if at else ''}", title_justify="left"
    )
    for v in claim.variables:
        shape = "scalar" if v.shape is None else f"{v.shape[0]}x{v.shape[1]}"
        domains.add_row(v.name, f"{shape}, {v.domain.describe()}")
    out.print(domains)
    steps = Table("#", "member", title="chain (every link is checked)", title_justify="left")
    for i, m in enumerate(claim.members):
        text = member_text(m)
        steps.add_row(str(i), Text(text if len(text) < 400 else text[:400] + " …"))
    out.print(steps)
    if entry.notes:
        out.print(Text(entry.notes, style="italic"))
    return ExitCode.OK
