"""How a finished run reaches the user: the terminal table, ``--output FILE``, stdout formats, CI hooks.

Shared by ``verify run`` and ``verify doc`` (and ``verify check``), so ``--output report.xml``
means JUnit everywhere and the GitHub step summary is written the same way.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from verifier.errors import UsageError
from verifier.results import IdentityResult, RunResult
from verifier.settings import Options

if TYPE_CHECKING:
    from rich.console import Console

    from verifier.documents.records import DocumentCheck


def print_text(run: RunResult, console: Console | None = None) -> None:
    from verifier.reporters.text import TextReporter

    if console is None:
        from rich.console import Console

        console = Console(highlight=False, soft_wrap=False)
    TextReporter(width=max(console.width, 100)).print_to(console, run)


def emit(run: RunResult, options: Options, outputs: Sequence[str] | None, plots: dict[str, str] | None = None) -> None:
    """Each ``--output`` file in its format; the terminal gets the table, or github/--format on stdout."""
    from verifier.reporters import get_reporter

    outputs = list(outputs or ())
    for output in outputs:
        target = Path(output)
        reporter = get_reporter(options.file_format(output), plots=plots or {}, base_dir=target.parent)
        try:
            target.write_text(reporter.render(run), encoding="utf-8")
        except OSError as exc:  # checked before the run; a folder removed meanwhile is still not a bug
            raise UsageError(f"--output {output!r}: {exc.strerror or exc}") from None
    fmt = options.terminal_format(outputs)
    if fmt == "text":
        print_text(run)
    else:
        sys.stdout.write(get_reporter(fmt).render(run))


def write_step_summary(run: RunResult, console: Console) -> None:
    """Append the Markdown report to ``$GITHUB_STEP_SUMMARY``, which Actions shows on the run's page."""
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    from verifier.reporters.markdown import MarkdownReporter

    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(MarkdownReporter().render(run))
    except OSError as exc:  # the run's verdict matters more than its summary page
        console.print(f"verify: cannot write GITHUB_STEP_SUMMARY: {exc}", markup=False, highlight=False)


def with_document_rerun(check: DocumentCheck, command: str) -> DocumentCheck:
    """Every result of a document reproduced by ``command`` (``verify doc`` and the pytest plugin alike)."""
    check.errors = [with_rerun(r, command) for r in check.errors]
    for chain in check.chains:
        chain.result = with_rerun(chain.result, command)
    return check


def with_rerun(result: IdentityResult, command: str, expected: str = "") -> IdentityResult:
    """The result with the command that reproduces it (in counterexamples too) and its expectation."""
    steps = tuple(
        replace(s, counterexample=replace(s.counterexample, reproduce=command)) if s.counterexample else s
        for s in result.steps
    )
    return replace(result, steps=steps, rerun=command, expected=expected or result.expected)
