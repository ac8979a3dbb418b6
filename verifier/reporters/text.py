"""Terminal report with ``rich``: a verdict table, falsifying examples, a pytest-style summary.

All user text goes through :class:`rich.text.Text`, never through markup strings, so an id
such as ``[bold]x`` or a title with ``:smile:`` is printed literally.
"""

from __future__ import annotations

import io
from typing import ClassVar

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from verifier.reporters.base import (
    NOTHING_CHECKED,
    Line,
    Reporter,
    chains_prefix,
    detail_lines,
    failure_cell,
    format_seconds,
    printable,
    register,
    summary_line,
    summary_parts,
)
from verifier.results import IdentityResult, RunResult, Verdict
from verifier.unread import not_read_line

VERDICT_STYLES: dict[Verdict, str] = {
    Verdict.PROVED: "green",
    Verdict.PASSED: "cyan",
    Verdict.SKIPPED: "dim",
    Verdict.FAILED: "bold red",
    Verdict.TIMEOUT: "yellow",
    Verdict.ERROR: "bold magenta",
}

ROLE_STYLES: dict[str, str] = {
    "id": "bold",
    "title": "italic",
    "label": "dim",
    "member": "",
    "value": "bold",
    "message": "",
    "command": "bold cyan",
}


#: an expected failure that fails is green; one that holds is a failure
OUTCOME_STYLES: dict[str, str] = {"XFAIL": "green", "XPASS": "bold red"}


def outcome_text(result: IdentityResult) -> Text:
    return Text(result.verdict_text, style=OUTCOME_STYLES.get(result.outcome) or VERDICT_STYLES[result.verdict])


def _time_cell(result: IdentityResult) -> str:
    return "cached" if result.cached else format_seconds(result.duration)


def _styled(line: Line, verdict: Verdict) -> Text:
    text = Text()
    for seg in line:
        style = VERDICT_STYLES[verdict] if seg.role == "verdict" else ROLE_STYLES.get(seg.role, "")
        text.append(seg.text, style=style)
    return text


@register
class TextReporter(Reporter):
    """Human-readable report; ``render`` is deterministic, ``print_to`` targets a real terminal.

    Options: ``width`` (default 100), ``color`` (default False: no escape codes),
    ``color_system`` (default "standard" when colour is on).
    """

    name: ClassVar[str] = "text"
    extension: ClassVar[str] = ".txt"

    def render(self, run: RunResult) -> str:
        color = bool(self.options.get("color", False))
        buffer = io.StringIO()
        console = Console(
            file=buffer,
            width=int(self.options.get("width", 100)),
            height=25,
            force_terminal=color,
            force_jupyter=False,
            force_interactive=False,
            color_system=self.options.get("color_system", "standard") if color else None,
            legacy_windows=False,
            highlight=False,
            markup=False,
            emoji=False,
            _environ={},  # ignore COLUMNS, NO_COLOR, FORCE_COLOR, TERM...: same output everywhere
        )
        self.print_to(console, run)
        return buffer.getvalue()

    @classmethod
    def print_to(cls, console: Console, run: RunResult) -> None:
        """Print the report to ``console`` (the CLI's, with the user's terminal settings)."""
        for renderable in cls.renderables(run):
            console.print(renderable, soft_wrap=isinstance(renderable, Text))

    @classmethod
    def renderables(cls, run: RunResult) -> list[Table | Text]:
        """The report as rich renderables: header, table, detail blocks, summary."""
        out: list[Table | Text] = []
        header = Text(f"derivation-verifier: seed {run.seed}, {run.points} points", style="bold")
        if run.catalog:
            header.append(f", catalog {printable(run.catalog)}")
        if run.documents:
            header.append(f", documents {printable(run.documents)}")
        out.append(header)
        if run.not_read:
            out.append(Text(printable(not_read_line(run.not_read)), style="yellow"))
        if run.results:
            out.append(cls.table(run))
        for result in run.results:
            if not result.passes:
                style = Verdict.FAILED if result.outcome == "XPASS" else result.verdict
                out.append(Text(""))
                out.extend(_styled(line, style) for line in detail_lines(result))
        out.append(Text(""))
        out.append(cls.summary(run))
        return out

    @staticmethod
    def table(run: RunResult) -> Table:
        """One row per identity: id, coloured verdict, first failing step, time."""
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
        # Headers as Text, like every cell: a plain string would go through the console's markup and
        # emoji replacement, which imports Rich's emoji table (~5-10 ms on the run's serial tail).
        # The id never wraps: it is what the user types next (`verify ID`), and a folded id cannot be
        # copied.  The verdict and the failing step wrap instead; the failing-step column is left out
        # when no row has one, so an all-green catalog fits 80 columns (a CI log) with its ids whole.
        failures = [failure_cell(result) for result in run.results]
        table.add_column(Text("id"), no_wrap=True)
        table.add_column(Text("verdict"), overflow="fold")  # "PROVED for all Dx, H, Dy ≥ 1" may wrap
        if any(failures):
            table.add_column(Text("first failing step"), overflow="fold")
        table.add_column(Text("time"), justify="right", no_wrap=True)
        for result, failure in zip(run.results, failures, strict=True):
            cells = [Text(printable(result.id)), outcome_text(result)]
            if any(failures):
                cells.append(Text(failure))
            cells.append(Text(_time_cell(result), style="dim" if result.cached else ""))
            table.add_row(*cells)
        return table

    @staticmethod
    def summary(run: RunResult) -> Text:
        """The last line, coloured by the worst verdict; an empty run is shown as an error."""
        parts = summary_parts(run)
        if not parts:
            text = Text(NOTHING_CHECKED.upper(), style=VERDICT_STYLES[Verdict.ERROR])
            text.append(summary_line(run)[len(NOTHING_CHECKED) :], style=VERDICT_STYLES[Verdict.ERROR])
            return text
        text = Text(chains_prefix(run))
        for i, (verdict, words) in enumerate(parts):
            if i:
                text.append(", ")
            text.append(words, style=VERDICT_STYLES[verdict])
        text.append(f" in {format_seconds(run.duration)}")
        return text
