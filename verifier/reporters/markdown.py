"""A Markdown report that GitHub renders (PR comments, job summaries, wiki pages).

Statements and members are shown as GitHub math (``$…$``, ``$$ … $$``). Every plain-text
field that comes from a catalog (ids, titles, messages, sources, values) is escaped, so a
title cannot inject HTML, break a table row or start emphasis. Inside math only two things
are guarded: a ``$`` that would end the math early and a ``<`` that would open an HTML tag.
Commands and values in backticks are code spans, which GitHub always shows literally.

Option ``plots`` (``{identity id: path}``, as made by :func:`verifier.plots.plots_for_run`)
embeds a plot of both sides along a line through the counterexample after the refuted step;
paths are written percent-encoded, relative to wherever the caller made them relative to.
"""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import quote

from verifier.plots import ALT_TEXT, plot_step
from verifier.reporters.base import (
    DETAIL_MEMBER_CHARS,
    NOTHING_CHECKED,
    XPASS_MESSAGE,
    Reporter,
    detail_member,
    failure_cell,
    format_seconds,
    one_line,
    printable,
    register,
    shorten,
    step_label,
    summary_line,
)
from verifier.reporters.titles import DocumentTitle, document_title, failing_step
from verifier.results import IdentityResult, RunResult, StepResult, Verdict, worst
from verifier.unread import not_read_line

_MD_ESCAPES = {
    "\\": "\\\\",
    "`": "\\`",
    "*": "\\*",
    "_": "\\_",
    "[": "\\[",
    "]": "\\]",
    "|": "\\|",
    "~": "\\~",
    "#": "\\#",
    "$": "\\$",  # GitHub would start inline math
    "<": "&lt;",
    ">": "&gt;",
    "&": "&amp;",
}
_MD_TABLE = str.maketrans(_MD_ESCAPES)

_UNESCAPED_DOLLAR = re.compile(r"(?<!\\)((?:\\\\)*)\$")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")


def md_text(text: object, limit: int | None = None) -> str:
    """Plain text as inert Markdown on one line (optionally shortened before escaping)."""
    s = shorten(str(text), limit) if limit is not None else one_line(str(text))
    return s.translate(_MD_TABLE)


def md_math(latex: str) -> str:
    """LaTeX that cannot leave its ``$`` delimiters or open an HTML tag; blank lines removed."""
    s = printable(latex)
    s = _UNESCAPED_DOLLAR.sub(lambda m: m.group(1) + "\\$", s)
    s = _TAG_START.sub("< ", s)
    return "\n".join(line for line in s.splitlines() if line.strip()).strip()


def md_inline_math(latex: str, fallback: str) -> str:
    """``$latex$``, or the plain-text member as code when there is no LaTeX (or it runs to pages)."""
    s = " ".join(md_math(latex).split())
    if len(s) > DETAIL_MEMBER_CHARS:
        return md_code(detail_member(fallback))
    return f"${s}$" if s else md_code(fallback)


def md_failure(result: IdentityResult) -> str:
    """The overview's "first failing step": its label and its members as inline math when short."""
    step = failing_step(result)
    if step is None:
        return md_text(failure_cell(result))
    return f"{md_text(step[0])}: {md_inline_math(_no_bars(step[1]), _no_bars(step[1]))}"


def _no_bars(latex: str) -> str:
    """A table row ends at any ``|``, even inside math: bars become ``\\vert``/``\\Vert``."""
    return latex.replace("\\|", r"\Vert ").replace("|", r"\vert ")


def md_title(result: IdentityResult, limit: int = 80) -> str:
    """The overview's title cell: prose as text; a document chain's statement as inline math."""
    title = document_title(result, limit)
    if title is None:
        return md_text(result.title, limit)
    latex = _no_bars(title.latex)
    math = md_inline_math(latex, latex)
    return f"{md_label(title)} {math}" if title.label else math


def md_label(title: DocumentTitle) -> str:
    """A chain's label: ``c)`` as text, ``\\star`` as inline math."""
    return md_inline_math(_no_bars(title.label), title.label) if title.label_is_math else md_text(title.label)


def md_code(text: str) -> str:
    """A code span whose fence is longer than any run of backticks inside ``text``."""
    s = one_line(text)
    if not s:
        return ""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", s)), default=0) + 1)
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def md_message(label: str, text: str) -> list[str]:
    """``- label: text``; a multi-line text (a traceback) becomes a quoted block, line by line."""
    lines = [md_text(line) for line in printable(text).splitlines() if line.strip()]
    if len(lines) <= 1:
        return [f"- {label}: {lines[0] if lines else ''}"]
    return [f"- {label}:", "", "  > " + "\\\n  > ".join(lines), ""]


def marker(verdict: Verdict) -> str:
    """Non-ok verdicts in bold so they stand out without emoji."""
    return verdict.value if verdict.ok else f"**{verdict.value}**"


def outcome_marker(result: IdentityResult) -> str:
    """The verdict ("PROVED for all K ≥ 1", "PROVED at K = 2, 3"), or XFAIL/XPASS for an expected
    failure; bold when it turns the run red."""
    return result.verdict_text if result.passes else f"**{result.verdict_text}**"


def _join(lines: list[str]) -> str:
    """Lines to a document with no doubled blank lines and one final newline."""
    kept = [line for i, line in enumerate(lines) if line or (i and lines[i - 1])]
    return "\n".join(kept).strip("\n") + "\n"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def md_image(path: str, alt: str = ALT_TEXT) -> str:
    """``![alt](path)`` with the path percent-encoded: spaces or parentheses cannot end the link."""
    return f"![{md_text(alt)}]({quote(printable(path).replace(chr(92), '/'), safe='/._-~')})"


@register
class MarkdownReporter(Reporter):
    """Title, summary line, overview table, then one section per identity.

    Option ``plots``: ``{identity id: image path}``; each is embedded in its identity's section.
    """

    name: ClassVar[str] = "markdown"
    extension: ClassVar[str] = ".md"

    def render(self, run: RunResult) -> str:
        out: list[str] = ["# Derivation check report", ""]
        bad = [r.verdict for r in run.results if not r.passes and not r.verdict.ok]
        status = "OK" if run.ok else (worst(bad).value if bad or not run.results else "XPASS")
        out.append(f"**{status}** — {md_text(summary_line(run))}")
        out.append("")
        facts = f"Seed {run.seed} · {run.points} points per step"
        if run.catalog:
            facts += f" · catalog {md_text(run.catalog)}"
        if run.documents:
            facts += f" · documents {md_text(run.documents)}"
        out += [facts, ""]
        if run.not_read:
            out += [md_text(not_read_line(run.not_read)), ""]
        if not run.results:
            out += [f"**ERROR**: {NOTHING_CHECKED}; nothing was verified.", ""]
            return _join(out)

        out.append(_row(["id", "title", "verdict", "first failing step"]))
        out.append(_row(["---"] * 4))
        for result in run.results:
            out.append(
                _row(
                    [
                        md_text(result.id),
                        md_title(result),
                        outcome_marker(result),
                        md_failure(result),
                    ]
                )
            )
        out += ["", "## Details", ""]
        for result in run.results:
            out += self.section(result)
        return _join(out)

    def section(self, result: IdentityResult) -> list[str]:
        """``### id — title``, the statement, facts, then every step that is not ok."""
        heading = f"### {md_text(result.id)}"
        doc_title = document_title(result)  # a chain's statement is shown as math right below
        if doc_title is None and result.title:
            heading += f" — {md_text(result.title)}"
        elif doc_title is not None and doc_title.label:
            heading += f" — {md_label(doc_title)}"
        out = [heading, ""]
        statement = md_math(result.statement)
        if statement:
            out += ["$$", statement, "$$", ""]
        out.append(f"- Verdict: {outcome_marker(result)}")
        if result.expected:
            out.append(f"- Expected: {md_text(result.expected)} (kept on purpose: XFAIL while it fails)")
        if result.outcome == "XPASS":
            out += md_message("Message", XPASS_MESSAGE.format(expected=result.expected))
        if result.source:
            out.append(f"- Source: {md_text(result.source)}")
        time = "cached" if result.cached else format_seconds(result.duration)
        out.append(f"- Seed: {result.seed} · time: {time}")
        if result.stage:
            out.append(f"- Stage: {md_text(result.stage)}")
        if result.message:
            out += md_message("Message", result.message)
        out.append("")
        reproduce_shown = False
        plot = self.plots.get(result.id)
        plotted = plot_step(result) if plot else None
        for step in result.steps:
            if not step.verdict.ok:
                lines, shown = self.step(step)
                out += lines
                reproduce_shown = reproduce_shown or shown
            if plot and step is plotted:
                out += [md_image(str(plot)), ""]
        if plot and plotted is None:
            out += [md_image(str(plot)), ""]
        if not result.verdict.ok and not reproduce_shown:
            out += [f"Reproduce: {md_code(result.reproduce)}", ""]
        return out

    @staticmethod
    def step(step: StepResult) -> tuple[list[str], bool]:
        """A failing step: members as math, counterexample table, values, reproduce command."""
        out = [f"#### {md_text(step_label(step))}: {marker(step.verdict)}", ""]
        out.append(f"- left member: {md_inline_math(step.lhs_latex, step.lhs)}")
        out.append(f"- right member: {md_inline_math(step.rhs_latex, step.rhs)}")
        if step.method:
            out.append(f"- method: {md_text(step.method)}")
        if step.message:
            out += md_message("message", step.message)
        out.append("")
        cx = step.counterexample
        if cx is None:
            if step.verdict is Verdict.FAILED:
                out += ["No counterexample was recorded.", ""]
            return out, False
        if cx.point:
            out += [_row(["variable", "value"]), _row(["---", "---"])]
            out += [_row([md_text(name), md_text(value)]) for name, value in cx.point]
            out.append("")
        if cx.entry:
            out.append(f"- entry: {md_code(cx.entry)}")
        out.append(f"- left = {md_code(cx.lhs)}")
        out.append(f"- right = {md_code(cx.rhs)}")
        out.append(f"- difference = {md_code(cx.difference)}")
        if cx.reproduce:
            out.append(f"- reproduce: {md_code(cx.reproduce)}")
        out.append("")
        return out, bool(cx.reproduce)
