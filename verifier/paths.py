"""How paths are shown: relative to the working directory (or a given base) when inside it.

That is what users type, what editors open on click and what GitHub annotations need; one
helper so that the CLI, the reports, the pytest plugin and the documents all agree.
"""

from __future__ import annotations

from pathlib import Path


def display_path(path: str | Path, base: str | Path | None = None) -> str:
    """``path`` relative to ``base`` (default: the working directory) in POSIX form, if inside it."""
    if not str(path):
        return ""
    try:
        return Path(path).resolve().relative_to(Path(base or Path.cwd()).resolve()).as_posix()
    except (ValueError, OSError):
        return str(path)
