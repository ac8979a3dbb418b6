"""Summary cells that are math: a document chain's title, the first failing step's members.

The pages that can show math (HTML, Markdown) show it in the overview too; the terminal and
JUnit keep plain text.

A catalog title is prose ("Sigmoid derivative"); a document chain has none, so the checker
titles it with its (possibly labelled, possibly shortened) LaTeX, e.g. ``c) \\frac{d}{dx} x^2 = 2x``.
Escaped as text that is raw LaTeX in the summary, and cut at a character count it is not even
valid LaTeX. The reporters that can show math (HTML, Markdown) use :func:`document_title`
instead: the label, and the statement cut at whole members so what is shown still reads.

The first failing step is summarised from plain-text members (``Derivative(x**3, x) =
2*x**2``), which is not what the author wrote (``\\frac{d}{dx} x^3 = 2x^2``): when both
members have LaTeX short enough for a table cell, :func:`failing_step` gives it.
"""

from __future__ import annotations

from dataclasses import dataclass

from verifier.reporters.base import step_label
from verifier.results import IdentityResult

__all__ = ["DocumentTitle", "document_title", "failing_step"]

JOIN = " = "  # how the document checker joins a chain's members into its statement


@dataclass(frozen=True)
class DocumentTitle:
    label: str  # text written before the chain ("c)", "(3)"), or ""
    latex: str  # the statement, or its first members followed by "= \ldots"
    cut: bool  # members were left out

    @property
    def label_is_math(self) -> bool:
        """``\\star``, ``\\Rightarrow``: a label written as a LaTeX command is shown as math."""
        return self.label.startswith("\\")


def document_title(result: IdentityResult, limit: int = 80) -> DocumentTitle | None:
    """The label and (at most ``limit`` characters of whole members of) the statement of a document chain.

    None for anything else (catalog identities, load errors, a document result without a
    statement): those titles are plain text.
    """
    if result.kind != "document" or not result.statement.strip():
        return None
    statement = " ".join(result.statement.split())
    title = " ".join(result.title.split())
    label = ""
    head = title.removesuffix("…")
    for k in range(len(head) + 1):  # the title is "label statement", maybe cut with "…"
        rest = head[k:]
        if rest and statement.startswith(rest) and (k == 0 or head[k - 1] == " "):
            label = head[:k].strip()
            break
    members = _members(statement)
    shown = members[0]
    for member in members[1:]:
        if len(shown) + len(JOIN) + len(member) > limit:
            break
        shown += JOIN + member
    cut = shown != statement
    if cut:
        shown += r" = \ldots"
    return DocumentTitle(label, shown, cut)


def _members(statement: str) -> list[str]:
    """``a = b = c`` split at the top-level ``" = "`` only (not inside ``\\sum_{i = 1}``)."""
    members, depth, start, i = [], 0, 0, 0
    while i < len(statement):
        c = statement[i]
        if c == "\\":
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth == 0 and statement.startswith(JOIN, i):
            members.append(statement[start:i])
            start = i = i + len(JOIN)
            continue
        i += 1
    return [*members, statement[start:]]


def failing_step(result: IdentityResult, limit: int = 80) -> tuple[str, str] | None:
    """``("step 2", r"1 - \\tanh^2(x) = 1 + \\tanh^2(x)")`` for the summary, or None for plain text.

    None when there is no failing step to show (an XPASS explains itself), when a member has
    no LaTeX, or when the pair would not fit ``limit`` characters.
    """
    if result.outcome == "XPASS":
        return None
    step = result.first_failure
    if step is None:
        return None
    lhs, rhs = (" ".join(m.split()) for m in (step.lhs_latex, step.rhs_latex))
    if not lhs or not rhs or len(lhs) + len(rhs) + 3 > limit:
        return None
    return step_label(step), f"{lhs} = {rhs}"
