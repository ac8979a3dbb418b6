r"""Member parse rate: how many members (the pieces between ``=``) of real notes the grammar reads.

Usage::

    python benchmarks/parse_rate.py DIR_OR_FILE... [--top N] [--failures]

Documents are read with the project's own front end (``load_document``, ``extract_math``,
``join_chains``), so the figure measures the member grammar on the notes *as they are*: no
context block, default function names, and the prime variable taken from the chain (as
``verify doc`` does). A member counts as parsed when some reading of ``parse_readings`` reads it
(``--literal``: only the default reading), or a fallback reading of the document layer reads it
(``read_member``: lists with an ellipsis, derivatives with respect to an expression, ..., as
``verify doc`` reads them; counted apart). It prints the parse rate per document and in total,
how many members only another reading reads, then the most frequent failure reasons (a
reason is the parser's message with its column and quoted specifics folded,
so that one missing construct counts as one reason).
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from verifier.latex import LatexError, join_chains, parse_latex, parse_readings

try:  # the front end moved to verifier.documents.sources (macros expanded there)
    from verifier.documents.sources import extract_math, load_document
except ImportError:  # pragma: no cover - older layout
    from verifier.latex import extract_math, load_document  # type: ignore[attr-defined,no-redef]

SUFFIXES = (".md", ".tex", ".ipynb", ".txt", ".markdown")


@dataclass
class DocumentRate:
    """Parse counts of one document, and its failures as (reason, member) pairs."""

    path: str
    members: int = 0
    parsed: int = 0
    other_reading: int = 0  # parsed only under a non-default reading
    fallback: int = 0  # parsed only by a fallback reading of the document layer (verify doc's read_member)
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def refused(self) -> int:
        """Members refused on purpose (integrals, expectations, P(x | y), ellipses, ...)."""
        return sum(1 for reason, _ in self.failures if by_design(reason))

    @property
    def rate(self) -> float:
        return self.parsed / self.members if self.members else 1.0


# Notation refused on purpose (issue 8: reported SKIPPED with its reason): not a gap in the grammar
BY_DESIGN = ("an integral", "a limit", "an expectation", "a conditional", "an optimisation", "a variance",
             "a covariance", "a probability", "a vertical ellipsis", "ellipsis", "a supremum", "an infimum",
             "the set", "relation \\sim", "relation \\propto")  # fmt: skip
# (\sim and \propto are not equalities: issue 8 reports such a link SKIPPED "not an equality")


def by_design(reason: str) -> bool:
    return reason.startswith(BY_DESIGN)


def reason_of(message: str) -> str:
    """Fold a parser message into a reason: drop the column, keep the construct's name."""
    message = re.sub(r" \(column \d+\)$", "", message)
    message = re.sub(r"unexpected '[^']*'", "unexpected token", message)
    message = re.sub(r"relation '[^']*'", "relation", message)
    return message[:100]


def _prime_var(latex: str | None) -> object:
    if latex is None:
        return None
    try:
        return parse_latex(latex)
    except LatexError:
        return None


def _blocks(path: Path, macro_files: list[Path]) -> list[Any]:
    text = load_document(path)
    if macro_files and "macro_files" in inspect.signature(extract_math).parameters:
        return list(extract_math(text, str(path), macro_files=tuple(macro_files)))  # type: ignore[call-arg]
    return list(extract_math(text, str(path)))


def _fallback(latex: str, prime_var: object) -> bool:
    """Does a fallback reading of the document layer (``read_member``: a list with an ellipsis, a
    derivative with respect to an expression, ...) read the member, as ``verify doc`` would?"""
    try:
        from verifier.documents.readings import read_member
    except ImportError:  # pragma: no cover - older layout
        return False
    try:
        read_member(latex, lambda src: parse_latex(src, prime_var=prime_var))  # type: ignore[arg-type]
    except LatexError:
        return False
    return True


def measure(path: Path, macro_files: list[Path] | None = None, literal: bool = False) -> DocumentRate:
    """Parse every member of every chain of one document (by any reading, or the default one)."""
    result = DocumentRate(str(path))
    for chain in join_chains(_blocks(path, macro_files or [])):
        prime_var = _prime_var(chain.derivative_variable)
        for member in chain.members:
            result.members += 1
            try:
                if literal:
                    parse_latex(member.latex, prime_var=prime_var)  # type: ignore[arg-type]
                    readings = [{}]
                else:
                    readings = [r.options for r in parse_readings(member.latex, prime_var=prime_var)]  # type: ignore[arg-type]
            except LatexError as exc:
                if not literal and _fallback(member.latex, prime_var):
                    result.parsed += 1
                    result.fallback += 1
                    continue
                result.failures.append((reason_of(exc.message), member.latex))
            else:
                result.parsed += 1
                result.other_reading += readings[0] != {}
    return result


def documents(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*") if f.suffix.lower() in SUFFIXES and f.name not in
                                ("README.md", "SOURCES.md")))  # fmt: skip
        else:
            found.append(p)
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help="documents or directories of documents")
    ap.add_argument("--top", type=int, default=25, help="how many failure reasons to list")
    ap.add_argument("--failures", action="store_true", help="print every failing member")
    ap.add_argument("--literal", action="store_true", help="count only the default reading")
    ap.add_argument(
        "--macros",
        action="append",
        default=[],
        metavar="DOC=FILE",
        help="macro definitions for documents whose name contains DOC (when the front end takes macro files)",
    )
    args = ap.parse_args(argv)
    macros: dict[str, list[Path]] = {}
    for item in args.macros:
        doc, _, file = item.partition("=")
        macros.setdefault(doc, []).append(Path(file))
    rates = [
        measure(p, [f for doc, fs in macros.items() if doc in p.name for f in fs], args.literal)
        for p in documents(args.paths)
    ]
    width = max((len(Path(r.path).name) for r in rates), default=10)
    print(f"{'document':<{width}}  parsed/members          refused by design   parsed of the rest")
    rows = [(Path(r.path).name, r.parsed, r.members, r.refused) for r in rates]
    rows.append(("TOTAL", sum(r.parsed for r in rates), sum(r.members for r in rates), sum(r.refused for r in rates)))
    for name, parsed, members, refused in rows:
        rest = members - refused
        print(
            f"{name:<{width}}  {parsed:5d}/{members:<5d} {100 * parsed / max(members, 1):6.1f} %"
            f"   {refused:5d}             {100 * parsed / max(rest, 1):6.1f} %"
        )
    other = sum(r.other_reading for r in rates)
    if other:
        print(f"\n{other} parsed members are read only under another reading (application, index, …)")
    fallback = sum(r.fallback for r in rates)
    if fallback:
        print(f"{fallback} parsed members are read only by a fallback reading of verify doc (lists with ellipses, …)")
    reasons = Counter(reason for r in rates for reason, _ in r.failures)
    print(f"\nmost frequent failure reasons ({sum(reasons.values())} failures):")
    for reason, count in reasons.most_common(args.top):
        print(f"  {count:5d}  {reason}")
    if args.failures:
        for r in rates:
            for reason, member in r.failures:
                print(f"{Path(r.path).name}: {reason}\n    {member}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
