r"""Do the same notes get the same verdicts written in LaTeX as in Markdown?

Run from the repository root::

    python benchmarks/texparity.py benchmarks/probes/fresh37            # one probe set
    python benchmarks/texparity.py benchmarks/probes --limit 200        # the first 200 Markdown notes

Each Markdown note (``.md``; the probe sets' correct notes and their planted copies alike) is written again as a
LaTeX document, line for line: a preamble and ``\begin{document}`` on two lines before it, ``#`` headings as
``\section``/``\subsection``/…, ``$$…$$`` displays and MyST ``{math}`` and GitLab ``math`` blocks as ``\[…\]``
(GitLab's inline ``$`x`$`` and MyST's ``{math}`x``` as ``$x$``; a MyST ``:::{math}`` block too), a MyST directive
whose body is prose (``{note}``, ``{admonition}``, …) as a ``quote``, other fenced code as ``verbatim``, a bare
``%`` as ``\%``, and ``\end{document}`` after. The notes say the same thing, so every step should get the same
verdict on the same line (two lines down). The script prints each step whose verdict differs, and a tally of the
changes (``FAILED -> PROVED`` on a planted copy is a false green the LaTeX reading lets through; ``SKIPPED ->
FAILED`` on a correct note a false alarm). Readings that look at the notes' raw text with Markdown-only patterns
show up here (stop 48: ``\begin{document}`` taken for one formula hid every formula of a ``.tex`` file from several
of them). Not a test: the figures go to the README, never asserted. """

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verifier.cli import doc_sympy_cache  # noqa: E402

doc_sympy_cache()

from verifier.documents.pool import DocumentTask, check_many  # noqa: E402
from verifier.documents.records import DocumentCheck  # noqa: E402
from verifier.engine import Settings  # noqa: E402

PREAMBLE = ("\\documentclass{article}\\usepackage{amsmath,amssymb}", "\\begin{document}")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# a MyST directive whose body is prose, not code or math: ```{note}, ```{admonition} Title, ```{tip}, ```{proof}
_PROSE_DIRECTIVE = re.compile(r"^`{3,}\{(?!math\}|code|sourcecode|eval-rst|literalinclude|raw)[\w:-]+\}")
_LEVELS = ("section", "subsection", "subsubsection", "paragraph", "subparagraph", "subparagraph")


def as_latex(markdown: str) -> str:
    """``markdown`` written as a LaTeX document, line for line after :data:`PREAMBLE` (module docstring)."""
    out = list(PREAMBLE)
    display = fenced = myst = colon = False
    prose: list[str] = []  # the fences of MyST directives whose body is prose ({note}, {admonition}, …) now open
    for row in markdown.split("\n"):
        if not fenced and not myst and row.strip().startswith(":::{math}"):  # a MyST colon fence: a display
            out.append("\\[")
            myst = colon = True
            continue
        if myst and colon and row.strip() == ":::":
            out.append("\\]")
            myst = colon = False
            continue
        if row.lstrip().startswith("```"):
            if not fenced and re.match(r"```(?:\{math\}|math\s*$)", row.strip()):  # MyST/GitLab math: a display
                out.append("\\[")
                myst = True
            elif myst:
                out.append("\\]")
                myst = False
            elif not fenced and _PROSE_DIRECTIVE.match(row.strip()):  # its body is Markdown: a quote
                out.append("\\begin{quote}")
                prose.append(row.strip().split("{")[0])
            elif not fenced and prose and row.strip() == prose[-1]:
                out.append("\\end{quote}")
                prose.pop()
            else:
                out.append("\\end{verbatim}" if fenced else "\\begin{verbatim}")
                fenced = not fenced
            continue
        if fenced or myst:
            out.append("" if myst and row.lstrip().startswith(":") else row)  # a MyST option (:label:) is no math
            continue
        if not display and (h := _HEADING.match(row)):
            out.append(f"\\{_LEVELS[len(h.group(1)) - 1]}{{{h.group(2)}}}")
            continue
        # GitLab's inline $`x`$ and MyST's {math}`x`
        row = re.sub(r"\$`([^`]*)`\$|\{math\}`([^`]*)`", lambda m: f"${m.group(1) or m.group(2)}$", row)
        pieces = re.split(r"(?<!\\)\$\$", row)
        rebuilt = pieces[0]
        for piece in pieces[1:]:
            rebuilt += ("\\]" if display else "\\[") + piece
            display = not display
        out.append(re.sub(r"(?<!\\)%", r"\\%", rebuilt))
    out.append("\\end{document}")
    return "\n".join(out) + "\n"


def _by_line(check: DocumentCheck, shift: int) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for c in check.chains:
        for s, line in zip(c.result.steps, c.step_lines, strict=True):
            out.setdefault(line - shift, []).append(s.verdict.value)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", metavar="DIR", help="folders of Markdown notes (searched recursively)")
    parser.add_argument("--limit", type=int, default=0, help="at most this many notes (0: all)")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per chain, as verify doc")
    parser.add_argument("--jobs", type=int, default=0, help="workers (0: one per core)")
    args = parser.parse_args(argv)
    notes = sorted(p for d in args.paths for p in Path(d).rglob("*.md") if p.name != "README.md")
    if args.limit:
        notes = notes[: args.limit]
    started = time.perf_counter()
    settings = Settings()
    with tempfile.TemporaryDirectory(prefix="texparity-") as tmp:
        pairs: list[tuple[Path, Path]] = []
        for k, note in enumerate(notes):
            tex = Path(tmp) / f"{k:05d}-{note.stem}.tex"
            tex.write_text(as_latex(note.read_text(encoding="utf-8")), encoding="utf-8")
            pairs.append((note, tex))
        tasks = [DocumentTask(p, settings, display=str(p)) for pair in pairs for p in pair]
        checks = [check for check, _ in check_many(tasks, timeout=args.timeout, jobs=args.jobs)]
    changes: Counter[str] = Counter()
    same = differ = 0
    for k, (note, _) in enumerate(pairs):
        md, tex = _by_line(checks[2 * k], 0), _by_line(checks[2 * k + 1], len(PREAMBLE))
        for line in sorted(set(md) | set(tex)):
            a, b = md.get(line, []), tex.get(line, [])
            if a == b:
                same += len(a)
                continue
            differ += 1
            change = f"{'/'.join(a) or 'none'} -> {'/'.join(b) or 'none'}"
            changes[change] += 1
            print(f"{note}:{line}: {change}")
    print(f"\n{len(pairs)} notes; steps the same on {same} links; {differ} lines differ")
    for change, n in changes.most_common():
        print(f"  {n:4}  {change}")
    print(f"time: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
