"""``verify doc --annotate``: a copy of the document with the verdict after every display.

After each display block that holds steps, one line lists a mark per step, the way a grader
writes in the margin::

    > ✓ step 1 (line 23): PROVED · ✗ step 2 (line 25): FAILED at x = 1.2 (left 0.25, right 0.75)
    > ? step 3 (line 27): SKIPPED — right member (line 27) cannot be read: ellipsis ...

Markdown documents are written as ``<name>.annotated.md``; reStructuredText as ``<name>.annotated.rst`` with the
marks as comments after the block that holds the display (inside a ``.. math::`` body they would end it); LaTeX
documents as
``<name>.annotated.tex`` with the marks as ``%`` comments, so they still compile; notebooks as
``<name>.annotated.ipynb`` — the same notebook (code cells and outputs untouched, written with
nbformat) whose markdown cells carry the marks, so it opens in Jupyter like the original.

With ``--annotate-dir DIR`` the copies keep the notes' folders below the folder all of them share
(``notes/week1/intro.md`` and ``notes/week2/intro.md`` give ``DIR/week1/…`` and ``DIR/week2/…``):
written flat, two notes of one name overwrote each other (ux66), and a common folder never puts a
copy outside ``DIR``.
"""

from __future__ import annotations

import bisect
import os
import warnings
from collections.abc import Sequence
from pathlib import Path

from verifier.documents.check import DocumentCheck
from verifier.documents.sources import CELL_MARKER, read_notebook
from verifier.results import StepResult, Verdict

__all__ = ["annotate", "annotate_notebook", "annotated_path", "annotation_dirs", "mark", "write_annotated"]

MAX_POINT_ITEMS = 6
MAX_VALUE_CHARS = 40


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _where(step: StepResult, path: str) -> str:
    rest = step.source[len(path) :].lstrip(":").strip() if step.source.startswith(path) else step.source
    return f"line {rest}" if rest.isdigit() else rest


def mark(step: StepResult, path: str) -> str:
    """``✓ step 2 (line 17): PROVED`` / ``✗ …: FAILED at …`` / ``? …: SKIPPED — reason``."""
    head = f"step {step.index} ({_where(step, path)})"
    if step.verdict.ok:
        return f"✓ {head}: {step.verdict.value}"
    if step.verdict is Verdict.FAILED:
        cx = step.counterexample
        if cx is not None:
            items = ", ".join(f"{n} = {_short(v, MAX_VALUE_CHARS)}" for n, v in cx.point[:MAX_POINT_ITEMS])
            more = ", …" if len(cx.point) > MAX_POINT_ITEMS else ""
            entry = f" entry {cx.entry}" if cx.entry else ""
            values = f"left{entry} {_short(cx.lhs, 24)}, right {_short(cx.rhs, 24)}"
            return f"✗ {head}: FAILED at {items}{more} ({values})"
        return f"✗ {head}: FAILED — {_short(step.message, 200)}"
    if step.verdict is Verdict.SKIPPED:
        return f"? {head}: SKIPPED — {_short(step.message, 200)}"
    return f"! {head}: {step.verdict.value} — {_short(step.message, 200)}"


def annotate(check: DocumentCheck, tex: bool = False, rst: bool = False) -> str:
    """The document's text with a line of marks after every display block that holds steps."""
    lines = check.text.split("\n")
    spans = [(b.line, b.line + b.text.count("\n")) for b in check.blocks]
    starts = [s for s, _ in spans]
    after: dict[int, list[str]] = {}

    def anchor(line: int) -> int:
        k = bisect.bisect_right(starts, line) - 1
        if k >= 0 and spans[k][0] <= line <= spans[k][1]:
            return spans[k][1]
        return line

    for chain in check.chains:
        for step, line in zip(chain.result.steps, chain.step_lines, strict=True):
            after.setdefault(anchor(line), []).append(mark(step, check.path))
    for err in check.context_errors:
        after.setdefault(err.line, []).append(f"? context line {err.line}: {err.message}")
    if rst:
        moved: dict[int, list[str]] = {}
        for number, marks in sorted(after.items()):
            moved.setdefault(_block_end(lines, number), []).extend(marks)
        after = moved
    out: list[str] = []
    for number, text in enumerate(lines, start=1):
        out.append(text)
        marks = after.get(number)
        if not marks:
            continue
        if tex:
            out.extend(f"% {m}" for m in marks)
        elif rst:
            out.extend(["", *(f".. {m}" for m in marks), ""])
        else:
            out.extend(["", "> " + " · ".join(marks), ""])
    return "\n".join(out)


def _block_end(lines: list[str], number: int) -> int:
    """The last line (1-based) of the reStructuredText block that holds line ``number``: its paragraph, or the
    directive whose indented body it is in (the lines up to the next unindented one after a blank)."""
    j = number
    while j < len(lines):
        if lines[j].strip():
            j += 1
            continue
        k = j
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k < len(lines) and lines[k][:1] in (" ", "\t") and lines[number - 1][:1] in (" ", "\t", "."):
            j = k  # the body goes on after the blank lines
            continue
        break
    return j


def annotated_path(source: Path, out_dir: Path | None = None) -> Path:
    """``hw.md`` → ``hw.annotated.md`` (next to it, or in ``out_dir``); ``.tex``, ``.ipynb`` and ``.rst``
    keep their suffix."""
    suffix = source.suffix.lower() if source.suffix.lower() in (".tex", ".ipynb", ".rst", ".rest") else ".md"
    name = f"{source.stem}.annotated{suffix}"
    return (out_dir or source.parent) / name


def annotation_dirs(sources: Sequence[Path], out_dir: Path | None) -> list[Path | None]:
    """Where each of ``sources`` gets its annotated copy: beside it (None) without ``out_dir``; else
    ``out_dir`` joined with the source's folder relative to the folder every source lies in."""
    if out_dir is None or not sources:
        return [None] * len(sources)
    folders = [s.resolve().parent for s in sources]
    base = Path(os.path.commonpath(folders))
    return [out_dir / f.relative_to(base) for f in folders]


def annotate_notebook(check: DocumentCheck, source: Path) -> str:
    """The notebook ``source`` as JSON, each markdown cell replaced by its annotated text."""
    nb = read_notebook(source.read_text(encoding="utf-8"))
    text = annotate(check)
    markers = list(CELL_MARKER.finditer(text))
    for k, m in enumerate(markers):
        end = markers[k + 1].start() - 1 if k + 1 < len(markers) else len(text)
        index = int(m.group(1)) - 1
        if 0 <= index < len(nb.cells) and nb.cells[index].get("cell_type") == "markdown":
            nb.cells[index]["source"] = text[m.end() + 1 : max(end, m.end() + 1)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # old notebooks without cell ids: written as they came
        import nbformat  # where a notebook is written, not at import (read_notebook)

        return nbformat.writes(nb)


def write_annotated(check: DocumentCheck, source: Path, out_dir: Path | None = None) -> Path:
    target = annotated_path(source, out_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.suffix == ".ipynb":
        target.write_text(annotate_notebook(check, source), encoding="utf-8")
    else:
        rst = target.suffix in (".rst", ".rest")
        target.write_text(annotate(check, tex=target.suffix == ".tex", rst=rst), encoding="utf-8")
    return target
