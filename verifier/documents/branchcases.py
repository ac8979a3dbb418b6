r"""A step about one branch of a name the notes define by cases, the branch named in the prose.

"Differentiating the cosine branch, $$\frac{d\eta}{dt} = …$$" after ``\eta(t) = \begin{cases} \eta_{\max} t / T_w,
& t \le T_w \\ \ldots \cos(\ldots), & T_w < t \le T \end{cases}``.

Checked against the whole definition, the step is sampled on every branch: the slope of the cosine branch FAILED
at a point of the warmup branch (fresh61's warmup note), though the prose says which branch it is about. A
reader takes the step for a claim on the branch the lead-in names.

This module owns that reading (:func:`on_a_branch`): a FAILED step whose lead-in sentence speaks of a branch
("branch", "piece", "case", "regime", "phase", "segment") and which reaches a definition written as a whole
``cases`` block is checked again with the definition read as each row's expression alone. Where it holds with
some row and fails with another, it is SKIPPED, naming the row it holds on (which of the rows the step means is
the prose's word, not checked). Where it fails with every row (a lost factor in the slope), or holds with every
one, the FAILED stands: the step is wrong on every branch it could be about.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from verifier.documents.context import Definition
from verifier.documents.infer import names_in
from verifier.documents.numberpoints import called_names
from verifier.documents.resolve import ResolveError
from verifier.documents.specialcases import lead_in
from verifier.documents.steps import _Checker
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document
    from verifier.documents.context import Scope
    from verifier.documents.members import _Chain

__all__ = ["case_rows", "on_a_branch"]

_BRANCH_WORDS = re.compile(r"\b(?:branch|branches|piece|case|regime|phase|segment)\b", re.I)
_CASES = re.compile(r"^\s*\\begin\{cases\}(?P<rows>.*)\\end\{cases\}\s*[.,;]?\s*$", re.S)
_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _top_level_split(text: str, at: re.Pattern[str]) -> list[str]:
    """``text`` split where ``at`` matches outside braces."""
    out, depth, start, k = [], 0, 0, 0
    while k < len(text):
        c = text[k]
        if c == "\\" and k + 1 < len(text) and text[k + 1] in "{}":
            k += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif depth == 0 and (m := at.match(text, k)) is not None:
            out.append(text[start:k])
            start = k = m.end()
            continue
        k += 1
    out.append(text[start:])
    return out


_ROW_END = re.compile(r"\\\\(?:\s*\[[^\]]*\])?")
_CELL = re.compile(r"&")


def case_rows(body: str) -> list[tuple[str, str]]:
    r"""(expression, condition) of each row of a body written as one ``cases`` block, or [] for any other body."""
    m = _CASES.match(body)
    if m is None:
        return []
    rows = []
    for row in _top_level_split(m.group("rows"), _ROW_END):
        if not row.strip():
            continue
        cells = _top_level_split(row, _CELL)
        if len(cells) != 2 or not cells[0].strip():
            return []
        rows.append((cells[0].strip().rstrip(",").strip(), cells[1].strip().rstrip(".,").strip()))
    return rows if len(rows) >= 2 else []


def _reached(doc: _Document, chain: _Chain, k: int, scope: Scope) -> set[str] | None:
    st = chain.steps[k]
    names: set[str] = set()
    for i in (st.left, st.right):
        try:
            tree = doc.parse_plain(chain.members[i].latex)
        except LatexError:
            return None
        names |= names_in(tree) | called_names(tree)
    return doc._reach(names, scope)


def _lead(doc: _Document, chain: _Chain) -> str:
    """The sentence leading in to ``chain``: for a display, the last paragraph of the prose before it."""
    if chain.inline:
        return lead_in(doc, chain)[2]
    prose = doc._prose_before(chain, display=True)[1].replace("$$", "\n\n")
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", prose) if p.strip()]
    return paragraphs[-1] if paragraphs else ""


def on_a_branch(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED step that holds on one branch of a definition by cases, where the lead-in
    speaks of a branch, SKIPPED (module docstring)."""
    if not any(r.verdict is Verdict.FAILED for r in steps) or not _BRANCH_WORDS.search(_lead(doc, chain)):
        return steps
    out = list(steps)
    for k, r in enumerate(steps):
        if r.verdict is not Verdict.FAILED:
            continue
        reached = _reached(doc, chain, k, scope)
        if reached is None:
            continue
        for key, d in list(scope.names.items()):
            if key[0] not in reached or not isinstance(d, Definition) or not d.body:
                continue
            rows = case_rows(d.body)
            held: list[tuple[str, bool]] = []
            for expression, condition in rows:
                alt = scope.copy()
                alt.names[key] = replace(d, body=expression)
                index = chain.steps[k].index
                try:
                    found = _Checker(doc, chain, alt, {index}, frozenset({index})).run()[k]
                except ResolveError:
                    held = []
                    break
                held.append((condition, found.verdict in _GREEN))
            on = [c for c, ok in held if ok]
            if on and len(on) < len(held):
                out[k] = r.skipped(f"holds on the case {on[0]} of {key[0]}'s definition (line {d.line}) and fails on "
                                   "another: the prose names a branch, and which one the step is about is its word")
                break
    return out
