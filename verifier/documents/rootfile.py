r"""The root document of a LaTeX fragment: the file whose ``\input``/``\include`` makes the fragment
part of a compiled document (a chapter, one part of a homework).

A fragment (no ``\documentclass``) checked on its own uses the macros its root defines, in its
preamble or in the macro files it inputs, as LaTeX does when it compiles the root; without them
every step written with the course's shorthand was SKIPPED "unsupported command". The root is named
by a ``% !TEX root = main.tex`` line (the TeXShop/TeXstudio/VS Code convention) or found among the
``.tex`` files of the fragment's folder: the one with a ``\documentclass`` that inputs the fragment
by its name (with or without ``.tex``), or, failing that, in the folders up to :data:`MAX_UP` above
it, the one that inputs it by its path from there (``\\input{chapters/ch1}``: review30c). Nothing is
guessed beyond that: no root, no change.
"""

from __future__ import annotations

import re
from pathlib import Path

from verifier.documents.hidden import commented_out

__all__ = ["root_of"]

_MAGIC = re.compile(r"^\s*%\s*!\s*TEX\s+root\s*=\s*(\S.*?)\s*$", re.M | re.I)
_INPUTS = re.compile(r"\\(?:input|include|subfile)\s*\{([^{}]+)\}")
_CLASS = re.compile(r"\\documentclass")
#: a folder with more .tex files than this is not searched (a root is named there, or not used)
MAX_SIBLINGS = 60
MAX_ROOT_CHARS = 400_000
#: the folders above a fragment's searched for its root (``chapters/ch1.tex`` of ``main.tex``: one; review30c)
MAX_UP = 2


def root_of(path: Path, text: str) -> Path | None:
    """The root document of the fragment ``path`` (whose text is ``text``), or None."""
    if _CLASS.search(text):
        return None
    magic = _MAGIC.search(text[:2000])
    if magic:
        named = (path.parent / magic.group(1)).resolve()
        return named if named.is_file() and named != path.resolve() else None
    for folder in [path.parent, *path.parent.parents][: 1 + MAX_UP]:
        root = _root_in(folder, path)
        if root is not None:
            return root
    return None


def _root_in(folder: Path, path: Path) -> Path | None:
    """The ``.tex`` file of ``folder`` with a ``\\documentclass`` that inputs ``path`` (resolved from
    ``folder``, as LaTeX resolves a root's inputs), or None."""
    try:
        siblings = sorted(p for p in folder.glob("*.tex") if p.resolve() != path.resolve())
    except OSError:
        return None
    if len(siblings) > MAX_SIBLINGS:
        return None
    for candidate in siblings:
        try:
            if candidate.stat().st_size > MAX_ROOT_CHARS:
                continue
            body = candidate.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if not _CLASS.search(body):
            continue
        for m in _INPUTS.finditer(body):
            if commented_out(body, m.start()):
                continue
            named = (candidate.parent / m.group(1).strip()).resolve()
            if path.resolve() in (named, named.with_name(named.name + ".tex")):
                return candidate
    return None
