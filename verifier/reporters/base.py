"""The reporter interface, the registry of output formats, and helpers they share.

Modelled on flake8's ``formatting`` package: every output format is a small class that
turns the same immutable records (:mod:`verifier.results`) into text. Reporters never see
SymPy objects, so all formats state exactly the same facts. The helpers below hold the
wording that several formats share (summary line, step labels, the "falsifying example"
block), so the formats cannot drift apart.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from verifier.logsafe import neutralise_commands, printable, sanitize
from verifier.results import IdentityResult, RunResult, StepResult, Verdict

__all__ = [
    "NOTHING_CHECKED",
    "REPORTERS",
    "Line",
    "Reporter",
    "Segment",
    "UnknownReporterError",
    "chains_prefix",
    "detail_lines",
    "detail_member",
    "failure_cell",
    "format_seconds",
    "get_reporter",
    "members_short",
    "neutralise_commands",
    "one_line",
    "plain",
    "printable",
    "register",
    "sanitize",
    "shorten",
    "step_label",
    "step_summary_lines",
    "summary_line",
    "summary_parts",
]

#: Width budget for the two members of a step in a table cell (the details show them whole).
TABLE_MEMBER_CHARS = 60
ELLIPSIS = "…"
NOTHING_CHECKED = "no identities were checked"


class Reporter:
    """One output format: ``render(run)`` returns the whole report as a string.

    Options (``width``, ``color`` ...) are keyword arguments kept in ``self.options``; like
    flake8 formatters, each format reads the options it understands and ignores the rest,
    so a CLI can pass the same options to every format.
    """

    name: ClassVar[str] = ""
    #: Conventional file extension, so a CLI can name an output file after the format.
    extension: ClassVar[str] = ".txt"

    def __init__(self, **options: Any) -> None:
        self.options: dict[str, Any] = dict(options)

    def render(self, run: RunResult) -> str:
        """The complete report for ``run``; must not raise on odd but well-typed records."""
        raise NotImplementedError

    @property
    def plots(self) -> dict[str, str]:
        """Option ``plots``: ``{identity id: image path}`` for the formats that embed pictures."""
        return dict(self.options.get("plots") or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.options!r})"


#: Output formats by name, in registration order (filled by the format modules on import).
REPORTERS: dict[str, type[Reporter]] = {}

R = TypeVar("R", bound=type[Reporter])


def register(cls: R) -> R:
    """Class decorator adding a format to ``REPORTERS`` under its ``name``."""
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no name")
    existing = REPORTERS.get(cls.name)
    again = existing is not None and (existing.__module__, existing.__qualname__) == (cls.__module__, cls.__qualname__)
    if existing is not None and existing is not cls and not again:  # again: its module imported anew (a reload)
        raise ValueError(f"reporter name {cls.name!r} is taken by {existing.__name__}")
    REPORTERS[cls.name] = cls
    return cls


class UnknownReporterError(KeyError, ValueError):
    """No format of that name; a ``KeyError`` (registry lookup) and a ``ValueError`` (bad option)."""

    def __str__(self) -> str:  # KeyError would show the message quoted
        return str(self.args[0]) if self.args else ""


def get_reporter(name: str, **options: Any) -> Reporter:
    """A reporter instance for ``name``; the error lists the known names."""
    try:
        cls = REPORTERS[name]
    except KeyError:
        known = ", ".join(sorted(REPORTERS)) or "(none registered)"
        raise UnknownReporterError(f"unknown report format {name!r}; known formats: {known}") from None
    return cls(**options)


# --------------------------------------------------------------------------- text helpers

# The sanitiser lives in verifier.logsafe (below reporters: the CLI's error messages use it too).


def one_line(text: str) -> str:
    """Collapse whitespace runs (including newlines) to single spaces, for cells and headings."""
    return " ".join(printable(text).split())


def shorten(text: str, limit: int = TABLE_MEMBER_CHARS) -> str:
    """One-line ``text`` cut to at most ``limit`` characters, ending in "…" when cut."""
    s = one_line(text)
    if limit <= 0:
        return ""
    if len(s) <= limit:
        return s
    return s[: max(limit - 1, 0)].rstrip() + ELLIPSIS


def format_seconds(seconds: float) -> str:
    """``0.12s``; tolerant of odd values (NaN, None) so a report never crashes on timing."""
    try:
        value = float(seconds)
    except (TypeError, ValueError):
        return "?"
    if not math.isfinite(value):
        return "?"
    return f"{value:.2f}s"


def step_label(step: StepResult) -> str:
    """``step 2 (K=3)``: the step index and the concrete sizes it was checked at."""
    sizes = step.size_label
    return f"step {step.index} ({sizes})" if sizes else f"step {step.index}"


def members_short(step: StepResult, limit: int = TABLE_MEMBER_CHARS) -> str:
    """``lhs = rhs`` with each member shortened so the pair fits in about ``limit`` chars."""
    half = max((limit - 3) // 2, 8)
    return f"{shorten(step.lhs, half)} = {shorten(step.rhs, half)}"


def failure_cell(result: IdentityResult, limit: int = TABLE_MEMBER_CHARS) -> str:
    """What a table shows as "first failing step": label and short members, or the reason."""
    if result.outcome == "XPASS":
        return f"expected {result.expected}, but it holds"
    step = result.first_failure
    if step is not None:
        return f"{step_label(step)}: {members_short(step, limit)}"
    if result.verdict.ok:
        return ""
    if result.stage:
        return shorten(f"{result.stage}: {result.message}" if result.message else result.stage, limit)
    if result.message:
        return shorten(result.message, limit)
    if not result.steps:
        return "no steps were checked"
    return ""


#: the message of an expected failure that no longer fails
XPASS_MESSAGE = (
    "XPASS: expected {expected}, but every step holds; restore the mistake or remove the expectation"
)


def _plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


_SUMMARY_WORDS: dict[Verdict, Callable[[int], str]] = {
    Verdict.PROVED: lambda n: "proved",
    Verdict.PASSED: lambda n: "passed",
    Verdict.SKIPPED: lambda n: "skipped",
    Verdict.FAILED: lambda n: "failed",
    Verdict.TIMEOUT: lambda n: "timed out",
    Verdict.ERROR: lambda n: _plural(n, "error"),
}


def summary_parts(run: RunResult) -> list[tuple[Verdict, str]]:
    """``[(PROVED, "12 proved"), (FAILED, "1 failed"), ...]`` for the verdicts that occur."""
    tally = run.tally()
    outcomes = [r.outcome for r in run.results]
    for r, outcome in zip(run.results, outcomes, strict=True):
        if outcome in ("XFAIL", "XPASS"):  # counted on their own, not as the verdict they carry
            tally[r.verdict.value] -= 1
    parts = []
    for verdict in Verdict:
        n = tally.get(verdict.value, 0)
        if n:
            parts.append((verdict, f"{n} {_SUMMARY_WORDS[verdict](n)}"))
    # styled as a pass (green) and as a failure (red): an XPASS turns the run red
    for outcome, style, words in (("XFAIL", Verdict.PROVED, "xfailed"), ("XPASS", Verdict.FAILED, "XPASS")):
        n = outcomes.count(outcome)
        if n:
            parts.append((style, f"{n} {words}"))
    return parts


def chains_prefix(run: RunResult) -> str:
    """``54 chains: `` before a document run's tally, ``""`` for the catalog's.

    A document run has one record per chain (a display's ``a = b = c``) while the line under it counts
    steps (each ``=``): bare, the two tallies read as disagreeing counts of the same thing.
    """
    if not run.documents or run.catalog or not run.results:
        return ""
    n = len(run.results)
    return f"{n} chain{'' if n == 1 else 's'}: "


def summary_line(run: RunResult) -> str:
    """pytest-style ``12 proved, 3 passed, 1 failed, 1 error in 2.31s`` (``N chains: …`` for documents)."""
    parts = summary_parts(run)
    counts = chains_prefix(run) + ", ".join(text for _, text in parts) if parts else NOTHING_CHECKED
    suffix = "" if parts else " (nothing was verified: this is not a pass)"
    return f"{counts} in {format_seconds(run.duration)}{suffix}"


def step_summary_lines(result: IdentityResult) -> list[str]:
    """One line per step (``step 1 (K=2): PROVED [symbolic: cancel] 0.01s``), for logs."""
    lines = []
    for step in result.steps:
        line = f"{step_label(step)}: {step.verdict.value}"
        if step.method:
            line += f" [{one_line(step.method)}]"
        if step.points:
            line += f" {step.points} points"
        line += f" {format_seconds(step.duration)}"
        if step.message:
            line += f" - {one_line(step.message)}"
        lines.append(line)
    if not lines:
        lines.append("no steps were checked")
    return lines


# --------------------------------------------------------------------------- detail block


@dataclass(frozen=True)
class Segment:
    """A piece of a detail line with a semantic role; the text format maps roles to styles."""

    text: str
    role: str = ""  # "", "verdict", "id", "title", "label", "member", "value", "message", "command"


Line = tuple[Segment, ...]


def plain(lines: list[Line]) -> str:
    """The detail block as plain text (JUnit bodies, logs)."""
    return "\n".join("".join(seg.text for seg in line) for line in lines)


def _indented(prefix: str, label: str, text: str, role: str) -> Iterator[Line]:
    """``label`` then ``text``; continuation lines of a multi-line text are indented under it."""
    pieces = printable(text).splitlines() or [""]
    yield (Segment(prefix), Segment(label, "label"), Segment(pieces[0], role))
    pad = prefix + " " * len(label)
    for piece in pieces[1:]:
        yield (Segment(pad), Segment(piece, role))


DETAIL_MEMBER_CHARS = 2000


def detail_member(text: str) -> str:
    """A member for the detail block: whole unless it runs to pages (then the JSON report has it)."""
    text = printable(text)
    if len(text) <= DETAIL_MEMBER_CHARS:
        return text
    return f"{text[:DETAIL_MEMBER_CHARS // 4]}{ELLIPSIS} ({len(text)} characters; --format json has it whole)"


def detail_lines(result: IdentityResult, indent: str = "  ") -> list[Line]:
    """The "falsifying example" block for a non-ok identity, shown the way Hypothesis does.

    Identity and title, the first wrong step ``lhs = rhs`` with its sizes, then each
    coordinate of the counterexample on its own line, the two values and their difference,
    the differing entry and one command that reproduces it -- or the ERROR/TIMEOUT reason.
    Members are shown whole up to DETAIL_MEMBER_CHARS (a backprop member expands to pages);
    the JSON report always carries them in full.
    """
    verdict = result.outcome  # XPASS for an expected failure that holds
    head: list[Segment] = [Segment(verdict, "verdict"), Segment(" "), Segment(printable(result.id), "id")]
    if result.title:
        head += [Segment(" — "), Segment(one_line(result.title), "title")]
    lines: list[Line] = [tuple(head)]
    if result.source:
        lines.append((Segment(indent), Segment("source: ", "label"), Segment(printable(result.source))))
    if result.stage:
        lines.extend(_indented(indent, "stage: ", result.stage, "message"))
    if result.message:
        lines.extend(_indented(indent, "message: ", result.message, "message"))
    if result.outcome == "XPASS":
        lines.extend(_indented(indent, "message: ", XPASS_MESSAGE.format(expected=result.expected), "message"))

    step = result.first_failure
    reproduce = result.reproduce
    if step is not None:
        lines.append(
            (
                Segment(indent),
                Segment(f"step {step.index}: ", "label"),
                Segment(detail_member(step.lhs), "member"),
                Segment(" = "),
                Segment(detail_member(step.rhs), "member"),
            )
        )
        if step.sizes:
            lines.append((Segment(indent), Segment("sizes: ", "label"), Segment(step.size_label)))
        if step.verdict is not result.verdict:
            lines.append((Segment(indent), Segment("step verdict: ", "label"), Segment(step.verdict.value)))
        if step.method:
            lines.append((Segment(indent), Segment("method: ", "label"), Segment(printable(step.method))))
        if step.message and step.message != result.message:
            lines.extend(_indented(indent, "message: ", step.message, "message"))
        cx = step.counterexample
        if cx is not None:
            inner = indent * 2
            lines.append((Segment(indent), Segment("Falsifying example:", "label")))
            width = max((len(printable(name)) for name, _ in cx.point), default=0)
            for name, value in cx.point:
                lines.append(
                    (
                        Segment(inner),
                        Segment(printable(name).ljust(width), "id"),
                        Segment(" = "),
                        Segment(printable(value), "value"),
                    )
                )
            if cx.entry:
                lines.append((Segment(inner), Segment("entry ", "label"), Segment(printable(cx.entry), "value")))
            for label, value in (
                ("left  = ", cx.lhs),
                ("right = ", cx.rhs),
                ("difference = ", cx.difference),
            ):
                lines.append((Segment(inner), Segment(label, "label"), Segment(printable(value), "value")))
            if cx.reproduce:
                reproduce = cx.reproduce
        elif step.verdict is Verdict.FAILED:
            lines.append((Segment(indent), Segment("no counterexample was recorded", "message")))
    elif not result.message and not result.stage:
        lines.append((Segment(indent), Segment(failure_cell(result) or "no reason was recorded", "message")))
    lines.append((Segment(indent), Segment("reproduce: ", "label"), Segment(printable(reproduce), "command")))
    return lines
