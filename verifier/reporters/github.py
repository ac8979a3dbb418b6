"""GitHub Actions workflow commands: an annotation at the catalog line of every failing identity.

``::error file=derivations/losses.py,line=42,title=FAILED ce-grad::<detail>`` makes GitHub show
the falsifying example on the pull request, next to the ``@identity`` line that is wrong.
Passes get one plain log line each (notices would be noise and GitHub caps annotations per
step), and a final summary line closes the log.

Everything in a command comes from the catalog, so it is escaped per GitHub's rules: ``%``,
CR and LF in the message; additionally ``:`` and ``,`` in properties. A catalog text can
therefore neither end a command early nor start a new one (every plain line we print starts
with a verdict, never with ``::``).
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from verifier.paths import display_path, parse_location
from verifier.reporters.base import Reporter, detail_lines, format_seconds, one_line, plain, register, shorten
from verifier.reporters.base import summary_line as run_summary
from verifier.results import IdentityResult, RunResult, Verdict

#: Longer annotation messages are cut (GitHub truncates them anyway); the log keeps the facts.
MAX_MESSAGE_CHARS = 8000
MAX_TITLE_CHARS = 200

_COMMANDS: dict[Verdict, str] = {
    Verdict.SKIPPED: "warning",
    Verdict.FAILED: "error",
    Verdict.TIMEOUT: "error",
    Verdict.ERROR: "error",
}


def escape_data(text: str) -> str:
    """The message part of a workflow command (GitHub's ``escapeData``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (``file=``, ``title=``): also ``:`` and ``,``, which delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def split_source(source: str) -> tuple[str, int]:
    """``"path/to/mod.py:42"`` to ``("path/to/mod.py", 42)``; no line number gives 0."""
    path, sep, line = source.rpartition(":")
    if sep and line.isdecimal():  # not isdigit: int() rejects "²"
        return path, int(line)
    return source, 0


@register
class GitHubReporter(Reporter):
    """Workflow commands for GitHub Actions. Option ``cwd``: base for annotation paths (default: cwd)."""

    name: ClassVar[str] = "github"
    extension: ClassVar[str] = ".log"

    def render(self, run: RunResult) -> str:
        lines = [self.annotation(r) if not r.passes else self.log_line(r) for r in run.results]
        lines.append(f"verify: {run_summary(run)}")
        return "\n".join(lines) + "\n"

    def location(self, result: IdentityResult) -> tuple[str, int]:
        """Where the annotation goes: the failing step's own line if it has one, else the entry's."""
        step = result.first_failure
        source = step.source if step is not None and step.source else result.source
        where = parse_location(source)  # a notebook's cell and line become a line of the .ipynb file
        return display_path(where.path, Path(self.options.get("cwd") or Path.cwd())), where.line

    def annotation(self, result: IdentityResult) -> str:
        """``::error file=…,line=…,title=…::detail`` for one identity that is not ok."""
        path, line = self.location(result)
        props = []
        if path:
            props.append(f"file={escape_property(one_line(path))}")
            if line:
                props.append(f"line={line}")
        title = shorten(f"{result.outcome} {result.id}: {result.title}", MAX_TITLE_CHARS)
        props.append(f"title={escape_property(title)}")
        message = plain(detail_lines(result))
        if len(message) > MAX_MESSAGE_CHARS:
            message = message[: MAX_MESSAGE_CHARS - 1] + "…"
        command = _COMMANDS.get(result.verdict, "error")  # an XPASS carries an ok verdict
        return f"::{command} {','.join(props)}::{escape_data(message)}"

    def log_line(self, result: IdentityResult) -> str:
        """``PROVED sigmoid-derivative (derivations/activations.py:12) 0.31s``: a plain log line."""
        path, line = self.location(result)
        where = f" ({one_line(path)}{f':{line}' if line else ''})" if path else ""
        time = "cached" if result.cached else format_seconds(result.duration)
        return f"{result.outcome} {one_line(result.id)}{where} {time}"
