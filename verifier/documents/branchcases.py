r"""A step about one branch of a name the notes define by cases, the branch named in the prose.

"Differentiating the cosine branch, $$\frac{d\eta}{dt} = …$$" after ``\eta(t) = \begin{cases} \eta_{\max} t / T_w,
& t \le T_w \\ \ldots \cos(\ldots), & T_w < t \le T \end{cases}``.

Checked against the whole definition, the step is sampled on every branch: the slope of the cosine branch FAILED
at a point of the warmup branch (fresh61's warmup note), though the prose says which branch it is about. A
reader takes the step for a claim on the branch the lead-in names.

This module owns that reading (:func:`on_a_branch`): a FAILED step whose lead-in sentence speaks of a branch
("branch", "piece", "case", "regime", "phase", "segment"; for an inline claim, also the words after it in its
sentence: "with $g'(z) = z - 1$ on the middle piece", fresh67's smoothed hinge) and which reaches a definition
written as a whole ``cases`` block is checked again with the definition read as each row's expression alone.
Where it holds with some row and fails with another, it is SKIPPED, naming the row it holds on (which of the rows
the step means is the prose's word, not checked). Where it fails with every row (a lost factor in the slope), or
holds with every one, the FAILED stands: the step is wrong on every branch it could be about.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from verifier.documents.claimplace import after_claim
from verifier.documents.context import Definition
from verifier.documents.resolve import ResolveError
from verifier.documents.sentences import SENTENCE_END
from verifier.documents.specialcases import lead_in, step_writes
from verifier.documents.steps import _Checker
from verifier.latex.braces import split_top_level
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document
    from verifier.documents.context import Scope
    from verifier.documents.members import _Chain

__all__ = ["case_rows", "on_a_branch"]

_BRANCH_WORDS = re.compile(r"\b(?:branch|branches|piece|case|regime|phase|segment)\b", re.I)
# "in every case", "on the whole segment", "whatever the case": a claim about every branch names none (redmid62)
_EVERY_BRANCH = re.compile(
    r"\b(?:every|each|any|all|both|either|whatever|whole|no\s+matter\s+(?:which|what))\s+(?:the\s+|of\s+the\s+)?"
    r"(?:\w+\s+)?(?:branch|branches|piece|pieces|case|cases|regime|regimes|phase|phases|segment|segments)\b",
    re.I,
)
_CASES = re.compile(r"^\s*\\begin\{cases\}(?P<rows>.*)\\end\{cases\}\s*[.,;]?\s*$", re.S)
_GREEN = (Verdict.PROVED, Verdict.PASSED)


_ROW_END = re.compile(r"^\\(?:\s*\[[^\]]*\])?")  # what is left of a row's "\\" (or "\\[4pt]") at the next row's start


def _row_end(text: str, k: int) -> bool:
    return text.startswith("\\\\", k) and (k == 0 or text[k - 1] != "\\")


def case_rows(body: str) -> list[tuple[str, str]]:
    r"""(expression, condition) of each row of a body written as one ``cases`` block, or [] for any other body."""
    m = _CASES.match(body)
    if m is None:
        return []
    rows = []
    for row in split_top_level(m.group("rows"), _row_end):
        row = _ROW_END.sub("", row)
        if not row.strip():
            continue
        cells = split_top_level(row, lambda text, k: text[k] == "&")
        if len(cells) != 2 or not cells[0].strip():
            return []
        rows.append((cells[0].strip().rstrip(",").strip(), cells[1].strip().rstrip(".,").strip()))
    return rows if len(rows) >= 2 else []


def _lead(doc: _Document, chain: _Chain) -> str:
    """The sentence leading in to ``chain``: for a display, the last paragraph of the prose before it; for an
    inline claim, its sentence up to it and the words after it to the sentence's end or the next formula ("with
    $g'(z) = z - 1$ on the middle piece": the branch is named after the claim, fresh67)."""
    if chain.inline:
        line = doc.lines[chain.line - 1] if 0 < chain.line <= len(doc.lines) else ""
        after = after_claim(line, chain) or ""
        stop = SENTENCE_END.search(after)
        after = after[: stop.start() if stop else len(after)].split("$", 1)[0]
        return lead_in(doc, chain)[2] + " " + after
    prose = doc._prose_before(chain, display=True)[1].replace("$$", "\n\n")
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", prose) if p.strip()]
    return paragraphs[-1] if paragraphs else ""


def _held_on(doc: _Document, chain: _Chain, scope: Scope, k: int, key: tuple, d: Definition) -> list[tuple[str, bool]]:
    """(condition, whether step ``k`` holds with ``d`` read as that row's expression) for each row of ``d``'s cases;
    [] where a row cannot be read."""
    held: list[tuple[str, bool]] = []
    index = chain.steps[k].index
    for expression, condition in case_rows(d.body):
        alt = scope.copy()
        alt.names[key] = replace(d, body=expression)
        try:
            found = _Checker(doc, chain, alt, {index}, frozenset({index})).run()[k]
        except ResolveError:
            return []
        held.append((condition, found.verdict in _GREEN))
    return held


def on_a_branch(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED step that holds on one branch of a definition by cases, where the lead-in
    speaks of a branch, SKIPPED (module docstring)."""
    failed = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED]
    if not failed or not _BRANCH_WORDS.search(_EVERY_BRANCH.sub(" ", _lead(doc, chain))):
        return steps
    out = list(steps)
    for k in failed:
        written = step_writes(doc, chain, k)
        reached = set() if written is None else doc._reach(written[0] | written[1], scope)
        cases = [(key, d) for key, d in scope.names.items()
                 if key[0] in reached and isinstance(d, Definition) and d.body and case_rows(d.body)]  # fmt: skip
        for key, d in cases:
            held = _held_on(doc, chain, scope, k, key, d)
            on = [c for c, ok in held if ok]
            if on and len(on) < len(held):
                out[k] = steps[k].skipped(f"holds on the case {on[0]} of {key[0]}'s definition (line {d.line}) and "
                                          "fails on another: the prose names a branch, and which one the step is "
                                          "about is its word")
                break
    return out
