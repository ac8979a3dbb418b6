"""How paths and locations are shown and read: relative to the working directory when inside it,
and ``file:line`` / notebook ``file: cell N, line M`` sources split into file and file line.

That is what users type, what editors open on click and what GitHub annotations need; one
helper so that the CLI, the reports, the pytest plugin and the documents all agree.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path


def display_path(path: str | Path, base: str | Path | None = None) -> str:
    """``path`` relative to ``base`` (default: the working directory) in POSIX form, if inside it."""
    if not str(path):
        return ""
    try:
        return Path(path).resolve().relative_to(Path(base or Path.cwd()).resolve()).as_posix()
    except (ValueError, OSError):
        return str(path)


_CELL = re.compile(r"^(?P<path>.+?):\s*cell\s+(?P<cell>\d+),\s*line\s+(?P<line>\d+)$")


@dataclass(frozen=True)
class Location:
    """Where a result is written: a file, a line in it, and for notebooks the cell and its line.

    ``line`` is always a line of the file itself (what CI annotations and JUnit need); for a
    notebook it is the line of the ``.ipynb`` JSON that holds the cell's source line, and
    ``detail`` says "cell N, line M" for people.
    """

    path: str
    line: int = 0
    detail: str = ""


def parse_location(source: str) -> Location:
    """``path:LINE`` or ``path: cell N, line M`` (notebooks); anything else is a bare path."""
    m = _CELL.match(source)
    if m:
        cell, line = int(m["cell"]), int(m["line"])
        return Location(m["path"], notebook_line(m["path"], cell, line), f"cell {cell}, line {line}")
    path, sep, line = source.rpartition(":")
    if sep and line.strip().isdecimal():  # not isdigit: int() rejects "²"
        return Location(path, int(line))
    return Location(source)


def notebook_line(path: str | Path, cell: int, line: int) -> int:
    """The line of the notebook file (JSON) where line ``line`` of cell ``cell`` is written; 0 if unknown.

    Notebooks store a cell's source as a list of strings, one per line (nbformat writes one per
    file line), so the JSON literal of that line is found after the cell's ``"source"`` key.
    """
    try:
        raw = Path(path).read_text(encoding="utf-8")
        cells = json.loads(raw).get("cells", [])
        source = cells[cell - 1].get("source", "")
    except (OSError, ValueError, IndexError, AttributeError, TypeError):
        return 0
    lines = source if isinstance(source, list) else [source]
    text = "".join(lines).split("\n")
    if not 1 <= line <= len(text):
        return 0
    start = raw.find('"cells"')
    for _ in range(cell):  # the cell's own "source" key: every cell has one, in order
        start = raw.find('"source"', start + 1)
        if start < 0:
            return 0
    if not isinstance(source, list):
        return raw.count("\n", 0, start) + 1
    # index of the list item that holds line ``line`` (items end with "\n")
    item = next((i for i, _ in enumerate(lines) if "".join(lines[: i + 1]).count("\n") >= line), len(lines) - 1)
    at = start
    for literal in lines[: item + 1]:
        found = raw.find(json.dumps(literal), at)
        if found < 0:
            found = raw.find(json.dumps(literal, ensure_ascii=False), at)
        if found < 0:
            return raw.count("\n", 0, start) + 1
        at = found + 1
    return raw.count("\n", 0, at - 1) + 1
