r"""A step that writes a vector out as the list of its own entries: ``x = \begin{pmatrix} x_1 \\ x_2 \end{pmatrix}``.

Notes that declare ``x\in\mathbb{R}^n`` work a small case by writing x out, entry by entry, at the example's size.
Read at a sampled n (3) the link was a shape mismatch and FAILED (fresh78: a quadratic-form handout's 2×2 check). A
list of the name's own entries, numbered in order from 0 or 1, only says which size the example has: where the
name's size is a symbol, the link is notation, SKIPPED with that reason (:func:`listed_entries` reads the link;
:func:`symbolic_size` asks the scope). Entries out of order, another letter's entries, numbers (a value) or a name
whose size is a written number keep the shape check's verdict."""

from __future__ import annotations

import re

from verifier.documents.context import Scope, VarDecl

__all__ = ["listed_entries", "symbolic_size"]

_NAME = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*([A-Za-z])\s*\}|\\vec\s*([A-Za-z])|([A-Za-z]))"
                   r"\s*$")
_MATRIX = re.compile(r"\s*\\begin\{([bpBvV]?matrix)\}(.*)\\end\{\1\}"
                     r"\s*(\^\s*(?:\{\s*)?(?:T|\\top|\\intercal)(?:\s*\})?)?\s*[.,;]?\s*$", re.S)
_ENTRY_AFTER = r"(?:\s*\})?\s*_\s*(?:\{\s*(\d+)\s*\}|(\d))\s*"  # after the letter: its subscript


def listed_entries(left: str, right: str) -> tuple[str, int] | None:
    r"""``(letter, k)`` where ``left`` is a name and ``right`` a one-column matrix (or a one-row matrix with a
    transpose) of exactly its entries ``letter_1 … letter_k`` (or ``letter_0 … letter_{k-1}``); else None."""
    name = _NAME.match(left)
    literal = _MATRIX.match(right)
    if name is None or literal is None:
        return None
    letter = next(g for g in name.groups() if g)
    body = literal.group(2).strip().rstrip("\\").strip()
    rows = [r.strip() for r in body.split(r"\\")]
    if len(rows) > 1 and literal.group(3) is None and all("&" not in r for r in rows):
        cells = rows
    elif len(rows) == 1 and literal.group(3) is not None:
        cells = [c.strip() for c in rows[0].split("&")]
    else:
        return None
    entry = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?" + re.escape(letter) + _ENTRY_AFTER)
    numbers = []
    for cell in cells:
        m = entry.fullmatch(cell)
        if m is None:
            return None
        numbers.append(int(m.group(1) or m.group(2)))
    if len(numbers) < 2 or not any(numbers == list(range(b, b + len(numbers))) for b in (0, 1)):
        return None
    return letter, len(numbers)


def symbolic_size(scope: Scope, letter: str) -> bool:
    """Is ``letter`` a vector whose length the notes give as a symbol (``x \\in \\mathbb{R}^n``), not a number?"""
    decl = scope.names.get((letter, ()))
    return isinstance(decl, VarDecl) and decl.dims is not None and any(not isinstance(d, int) for d in decl.dims
                                                                        if d != 1)
