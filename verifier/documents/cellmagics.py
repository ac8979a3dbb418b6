r"""Code cells of a notebook whose source is the author's math or prose: IPython's ``%%latex`` and ``%%markdown``.

A notebook's code cells are code, and what they print is computed (a ``text/latex`` output of SymPy is never a
claim the author wrote), so the reader reads only the markdown cells and the raw cells marked LaTeX. Two cell
magics turn a code cell into the author's own writing, though: ``%%latex`` shows its body as LaTeX (MathJax
renders it in Jupyter; notes use it for an ``align`` of a derivation), ``%%markdown`` (``%%md``) as Markdown.
Left unread, the derivation in such a cell was silently missing from the steps, a wrong one included.

:func:`magic_source` gives such a cell's body to read (as a raw LaTeX cell's, or as a markdown cell's), the
magic's line blanked so every line keeps its number in the cell; any other code cell gives None.
"""

from __future__ import annotations

import re

__all__ = ["magic_source"]

#: the cell magics whose body is shown as the author wrote it (IPython's display magics), by what the body is
_MAGICS = {"latex": "latex", "markdown": "markdown", "md": "markdown"}
#: IPython drops a cell's leading blank lines before it looks for the magic (inputtransformer2's
#: leading_empty_lines): "\n%%latex" is a %%latex cell, and its math was never read (review35b)
_MAGIC_LINE = re.compile(r"(?:[ \t]*\n)*%%([A-Za-z]+)[ \t]*(?:\n|$)")


def magic_source(cell_type: object, source: object) -> tuple[str, str] | None:
    """``(kind, body)`` of a ``%%latex`` / ``%%markdown`` code cell — kind "latex" or "markdown", the body
    with the magic's line left empty — or None for any other cell. A cell magic is only one on the cell's
    first line that is not blank (IPython's rule)."""
    if cell_type != "code" or not isinstance(source, str):
        return None
    m = _MAGIC_LINE.match(source)
    if m is None or m.group(1).lower() not in _MAGICS:
        return None
    return _MAGICS[m.group(1).lower()], "\n" * max(1, m.group(0).count("\n")) + source[m.end():]
