r"""What ``verify doc`` did on a set of documents, counted: steps found, checked, SKIPPED by reason.

Shared by ``verify doc --stats`` and ``benchmarks/corpus.py`` so both report the same figures.

* **found**: steps (links between two members) the checker reported, including non-equality
  links and definitions (both SKIPPED with their reason);
* **checked**: PROVED + PASSED + FAILED;
* **definitions**: SKIPPED steps that are the notes' own definitions (``L = …`` learned and used
  by the lines after it, a value named mid-chain): nothing to check, so besides the share of all
  steps checked the table gives the share of the *claims* (the other steps) checked;
* **SKIPPED by reason**: the checker's message reduced to its kind (names, lines and quoted
  text removed, see :func:`reason_group`), so that 40 "x is not declared" count as one reason;
* **raw '='**: the ``=`` signs of the display blocks the reader found, counted by
  :func:`verifier.latex.count_equals` (``=``, ``:=``, ``\coloneqq``, ``\triangleq``,
  ``\stackrel{…}{=}`` outside every bracket of each row);
* **silent drops**: raw ``=`` signs that became neither a step (an equality or a definition) nor
  an ``=`` reported in a chain's notes (a side condition such as ``\quad i = 1, \ldots, n``).
  ``max(0, raw - accounted)`` per document: a nested equation ``s(a = b)`` read as an extra step
  can make ``accounted`` exceed ``raw``, which is not a drop.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from verifier.documents.check import DocumentCheck
from verifier.latex import count_equals, join_chains
from verifier.results import Verdict

__all__ = ["DocumentStats", "document_stats", "is_definition", "reason_group", "render_table", "total"]


@dataclass(frozen=True)
class DocumentStats:
    """The counts of one document (or, from :func:`total`, of several)."""

    path: str
    found: int = 0
    proved: int = 0
    passed: int = 0
    failed: int = 0
    errors: int = 0  # ERROR or TIMEOUT
    definitions: int = 0  # SKIPPED as the notes' definitions (is_definition)
    skipped: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    raw_equals: int = 0
    accounted_equals: int = 0  # equality/definition steps + '=' reported in notes
    seconds: float = 0.0
    documents: int = 1

    @property
    def checked(self) -> int:
        return self.proved + self.passed + self.failed

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    @property
    def silent_drops(self) -> int:
        return max(0, self.raw_equals - self.accounted_equals)

    @property
    def checked_share(self) -> float:
        return self.checked / self.found if self.found else 0.0

    @property
    def claims(self) -> int:
        return self.found - self.definitions

    @property
    def claims_share(self) -> float:
        return self.checked / self.claims if self.claims else 0.0


_NAME_NOT_DECLARED = re.compile(r"^\S+ is not declared or defined; cannot differentiate by it")
_NOT_DECLARED = re.compile(r"^\S+ is not declared\b")
_WHERE = re.compile(r"^(?:left|right) member(?: \(line \d+\))?:?\s*|\(line \d+\)|\bline \d+\b")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_UNSUPPORTED = re.compile(r"unsupported command (\\[A-Za-z]+)")
MAX_REASON = 70


# an update rule "defines the next iterate … (a recurrence), not an identity" (documents.updaterule): no claim
_DEFINITION = re.compile(r"^(?:defines |names the value |a definition\b|an update rule\b)")


def is_definition(message: str) -> bool:
    """Is a SKIPPED step's message the report of one of the notes' definitions (not a claim)?"""
    return _DEFINITION.match(_WHERE.sub("", message).strip()) is not None


def reason_group(message: str) -> str:
    """The kind of a SKIPPED message: ``left member (line 3): x is not declared (…)`` → ``name not declared``."""
    text = _WHERE.sub("", message).strip()
    if text.startswith("its condition: "):  # a step condition (\stackrel, "if i = j :") that cannot be read
        return "condition: " + reason_group(text[len("its condition: ") :])
    if text.startswith("not an equality"):
        return "not an equality"
    if text.startswith("a definition"):
        return "definition"
    if _NAME_NOT_DECLARED.match(text):
        return "derivative variable not declared"
    if _NOT_DECLARED.match(text):
        return "name not declared"
    text = _QUOTED.sub("'…'", text)
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1] + "…"


def document_stats(check: DocumentCheck, seconds: float = 0.0) -> DocumentStats:
    """The counts of one :class:`verifier.documents.check.DocumentCheck`."""
    verdicts: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    non_equalities = 0
    found = definitions = 0
    for chain in check.chains:
        for step in chain.result.steps:
            found += 1
            verdicts[step.verdict.value] += 1
            if step.verdict is Verdict.SKIPPED:
                definitions += is_definition(step.message)
                group = reason_group(step.message)
                reasons[group] += 1
                non_equalities += group == "not an equality"
    blocks = check.blocks
    raw = sum(count_equals(b.text) for b in blocks)
    noted = sum(c.noted_equals for c in join_chains(blocks))
    return DocumentStats(
        path=check.path,
        found=found,
        proved=verdicts[Verdict.PROVED.value],
        passed=verdicts[Verdict.PASSED.value],
        failed=verdicts[Verdict.FAILED.value],
        errors=verdicts[Verdict.ERROR.value] + verdicts[Verdict.TIMEOUT.value],
        definitions=definitions,
        skipped=MappingProxyType(dict(reasons)),
        raw_equals=raw,
        accounted_equals=found - non_equalities + noted,
        seconds=seconds,
    )


def total(stats: Iterable[DocumentStats], path: str = "TOTAL") -> DocumentStats:
    """The sum of several documents' counts (silent drops add up per document)."""
    items = list(stats)
    reasons: Counter[str] = Counter()
    for s in items:
        reasons.update(s.skipped)
    drops = sum(s.silent_drops for s in items)
    raw = sum(s.raw_equals for s in items)
    return DocumentStats(
        path=path,
        found=sum(s.found for s in items),
        proved=sum(s.proved for s in items),
        passed=sum(s.passed for s in items),
        failed=sum(s.failed for s in items),
        errors=sum(s.errors for s in items),
        definitions=sum(s.definitions for s in items),
        skipped=MappingProxyType(dict(reasons)),
        raw_equals=raw,
        accounted_equals=raw - drops,
        seconds=sum(s.seconds for s in items),
        documents=sum(s.documents for s in items),
    )


def render_table(stats: Iterable[DocumentStats], *, reasons: int = 15) -> str:
    """A plain-text table, one row per document and a TOTAL row, then SKIPPED reasons (most first)."""
    items = list(stats)
    all_ = total(items)
    header = ("document", "found", "checked", "%", "defs", "% claims", "proved", "passed", "failed", "skipped",
              "errors", "raw =", "drops", "s")  # fmt: skip
    rows = [header]
    for s in [*items, all_]:
        rows.append((s.path, str(s.found), str(s.checked), f"{100 * s.checked_share:.0f}", str(s.definitions),
                     f"{100 * s.claims_share:.0f}", str(s.proved), str(s.passed), str(s.failed),
                     str(s.skipped_total), str(s.errors), str(s.raw_equals), str(s.silent_drops),
                     f"{s.seconds:.1f}"))  # fmt: skip
    widths = [max(len(r[k]) for r in rows) for k in range(len(header))]
    lines = []
    for n, r in enumerate(rows):
        if n == len(rows) - 1:
            lines.append("  ".join("-" * w for w in widths))
        lines.append(
            "  ".join(c.ljust(w) if k == 0 else c.rjust(w) for k, (c, w) in enumerate(zip(r, widths, strict=True)))
        )
    if all_.skipped:
        lines.append("")
        lines.append(f"SKIPPED by reason ({all_.skipped_total} steps):")
        ranked = sorted(all_.skipped.items(), key=lambda kv: (-kv[1], kv[0]))
        for reason, n in ranked[:reasons]:
            lines.append(f"  {n:5d}  {reason}")
        rest = sum(n for _, n in ranked[reasons:])
        if rest:
            lines.append(f"  {rest:5d}  ({len(ranked) - reasons} other reasons)")
    return "\n".join(lines)
