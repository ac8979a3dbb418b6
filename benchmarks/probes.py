r"""Measure ``verify doc`` on probe notes: correct notes and copies with one planted mistake each.

Run from the repository root::

    python benchmarks/probes.py benchmarks/probes            # every set
    python benchmarks/probes.py benchmarks/probes/fresh16    # one set

A probe set is a folder of notes the project wrote itself (never third-party notes): a correct note
``NAME.md`` (or ``.tex``, ``.ipynb``, ``.rst``, ``.html``) and beside it copies ``NAME.wrong1.md``, …,
each differing from the correct note in exactly one line — a planted mistake of the kind students
make (format: ``benchmarks/probes/README.md``). For each correct note this prints the steps it
found, checked and SKIPPED and every FAILED step (a false alarm: the note is right); for each
planted mistake one of

- ``CAUGHT``: a FAILED step at the planted line (or within two lines of it: a display's member is
  shared by the links on either side of it);
- ``ELSEWHERE``: FAILED, but not near the planted line (and not a step the correct note FAILS too);
- ``SKIPPED``: nothing FAILED, and a step at the planted line is not green (SKIPPED/ERROR/TIMEOUT);
- ``GREEN``: nothing FAILED and every step at the planted line PROVED/PASSED, or no step there at
  all — a false pass, the worst outcome.

At the planted line only the links the mistake wrote count (a link the correct note writes there too,
such as the definition ``\Delta_1 = \partial L/\partial Z_1`` before the changed member, SKIPPED as a
definition, is no sign of the mistake: counting it hid a PROVED wrong link as SKIPPED).

The planted line is found by comparing the two notes' scanned texts (for a notebook, its markdown
cells as ``verify doc`` reads them), so the probe files need no markers. Not a test: the figures
are recorded in the README, never asserted; ``--strict`` exits 1 on a GREEN or a false alarm.
``--no-readings-cutoff``: every other reading of a chain is tried to its end, as in ``corpus.py``, so the false
alarms counted do not depend on the machine's load (under load a false alarm can show as SKIPPED).
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verifier.cli import doc_sympy_cache  # noqa: E402

doc_sympy_cache()

from verifier.documents.check import collect_documents  # noqa: E402
from verifier.documents.doubts import unlimited_readings  # noqa: E402
from verifier.documents.pool import DocumentTask, check_many  # noqa: E402
from verifier.documents.records import DocumentCheck  # noqa: E402
from verifier.engine import Settings  # noqa: E402
from verifier.results import StepResult  # noqa: E402

WRONG = re.compile(r"^(?P<base>.+)\.wrong\d+(?P<ext>\.[^.]+)$")
NEAR = 2  # lines around the planted line where a FAILED step counts as caught
GREEN_VERDICTS = {"PROVED", "PASSED"}


@dataclass(frozen=True)
class Outcome:
    """One planted mistake's outcome."""

    path: str
    planted: tuple[int, ...]
    kind: str  # CAUGHT, ELSEWHERE, SKIPPED, GREEN
    detail: str


def _steps(check: DocumentCheck) -> list[tuple[int, str, str]]:
    """(line, verdict, reason) of every step of a document."""
    return [(line, s.verdict.value, s.message)
            for c in check.chains for s, line in zip(c.result.steps, c.step_lines, strict=True)]  # fmt: skip


def _links(check: DocumentCheck) -> list[tuple[int, StepResult]]:
    """(line, step) of every step of a document."""
    return [(line, s) for c in check.chains for s, line in zip(c.result.steps, c.step_lines, strict=True)]


def planted_lines(correct: str, wrong: str) -> tuple[int, ...]:
    """The 1-based lines of ``wrong`` that differ from ``correct``."""
    out: list[int] = []
    matcher = difflib.SequenceMatcher(a=correct.splitlines(), b=wrong.splitlines(), autojunk=False)
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            out.extend(range(j1 + 1, max(j2, j1 + 1) + 1))
    return tuple(out)


def classify(correct: DocumentCheck, wrong: DocumentCheck) -> Outcome:
    """How the planted mistake of ``wrong`` fared (module docstring)."""
    planted = planted_lines(correct.text, wrong.text)
    steps = _steps(wrong)
    failed_before = Counter(v for _, v, _ in _steps(correct) if v == "FAILED")
    near = [(ln, v, why) for ln, v, why in steps if any(abs(ln - p) <= NEAR for p in planted)]
    at = [(ln, v, why) for ln, v, why in steps if ln in planted] or near
    # the links the mistake wrote: a link of the planted line the correct note also writes (the definition
    # Δ_1 = ∂L/∂Z_1 before the changed member) is no sign of it, SKIPPED or not
    same = {(ln, x.lhs_latex, x.rhs_latex) for ln, x in _links(correct)}
    changed = {(ln, s.verdict.value) for ln, s in _links(wrong) if (ln, s.lhs_latex, s.rhs_latex) not in same}
    at = [(ln, v, why) for ln, v, why in at if (ln, v) in changed] or at
    if any(v == "FAILED" for _, v, _ in near):
        return Outcome(wrong.path, planted, "CAUGHT", "")
    failed = [ln for ln, v, _ in steps if v == "FAILED"]
    if len(failed) > failed_before["FAILED"]:
        return Outcome(wrong.path, planted, "ELSEWHERE", f"FAILED at line(s) {failed}")
    if wrong.errors:
        return Outcome(wrong.path, planted, "SKIPPED", f"error: {wrong.errors[0].message[:100]}")
    if at and not all(v in GREEN_VERDICTS for _, v, _ in at):
        why = next(why for _, v, why in at if v not in GREEN_VERDICTS)
        return Outcome(wrong.path, planted, "SKIPPED", why[:120])
    detail = "no step at the planted line" if not at else ", ".join(f"{ln}: {v}" for ln, v, _ in at)
    return Outcome(wrong.path, planted, "GREEN", detail)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", metavar="DIR", help="probe sets (folders) or a folder of sets")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per chain, as verify doc")
    parser.add_argument("--jobs", type=int, default=0, help="workers (0: one per core)")
    parser.add_argument("--no-readings-cutoff", action="store_true",
                        help="every other reading of a chain tried to its end (doubts.unlimited_readings): under "
                             "load the readings run out of time and a false alarm can show as SKIPPED")
    parser.add_argument("--strict", action="store_true", help="exit 1 on a GREEN planted mistake or a false alarm")
    args = parser.parse_args(argv)
    docs = collect_documents(args.paths)
    # a probe set's web pages (fresh66): verify doc reads a page it is given, a folder scan leaves .html out
    docs += sorted(f for d in args.paths if Path(d).is_dir() for f in Path(d).rglob("*.html") if f not in docs)
    settings = Settings()
    started = time.perf_counter()
    with unlimited_readings() if args.no_readings_cutoff else nullcontext():
        results = {str(Path(p)): check for (check, _), p in zip(
            check_many([DocumentTask(d, settings, display=str(d)) for d in docs], timeout=args.timeout,
                       jobs=args.jobs),
            docs, strict=True)}  # fmt: skip
    correct = {p: c for p, c in results.items() if not WRONG.match(Path(p).name)}
    outcomes: list[Outcome] = []
    alarms: list[str] = []
    orphans: list[str] = []
    totals: Counter[str] = Counter()
    for path, check in sorted(correct.items()):
        steps = _steps(check)
        counts = Counter(v for _, v, _ in steps)
        totals.update(counts)
        alarms.extend(f"{path}:{ln}" for ln, v, _ in steps if v == "FAILED")
        checked = sum(counts[v] for v in ("PROVED", "PASSED", "FAILED"))
        print(f"{path}: {len(steps)} steps, {checked} checked, {counts['SKIPPED']} SKIPPED, {counts['FAILED']} FAILED")
    for path, check in sorted(results.items()):
        m = WRONG.match(Path(path).name)
        if not m:
            continue
        base = str(Path(path).with_name(m["base"] + m["ext"]))
        if base not in correct:
            orphans.append(path)
            continue
        outcomes.append(classify(correct[base], check))
    print()
    for o in outcomes:
        print(f"{o.kind:9} {o.path} (line {', '.join(map(str, o.planted))}){': ' + o.detail if o.detail else ''}")
    kinds = Counter(o.kind for o in outcomes)
    checked = sum(totals[v] for v in ("PROVED", "PASSED", "FAILED"))
    listed = ": " + ", ".join(alarms) if alarms else ""
    print(f"\ncorrect notes: {len(correct)}, {sum(totals.values())} steps, {checked} checked, "
          f"{totals['SKIPPED']} SKIPPED, {len(alarms)} FAILED (false alarms){listed}")
    print(f"planted mistakes: {len(outcomes)}: " + ", ".join(f"{k} {kinds[k]}" for k in
                                                           ("CAUGHT", "ELSEWHERE", "SKIPPED", "GREEN")))
    if orphans:
        print("copies without their correct note: " + ", ".join(orphans))
    print(f"time: {time.perf_counter() - started:.1f} s"
          + ("; readings: no cutoff" if args.no_readings_cutoff else ""))
    return 1 if args.strict and (kinds["GREEN"] or alarms) else 0


if __name__ == "__main__":
    raise SystemExit(main())
