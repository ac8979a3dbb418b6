r"""``u \times v`` of two vectors: the cross product, which no reading checks.

The parser reads ``\times`` (and the typed ``×``, latex.unicodetyping) as multiplication, and two vectors of one
shape multiplied are read entry-wise (documents.arithmetic) — a reading that suits ``u v`` written against each
other, never ``u \times v`` of two vectors of ℝ³, which every reader takes for the cross product. Read so, "let
$\times$ denote the cross product … $$u \times v = v \times u$$" was PROVED (commuted, a slip) and the cross
product's anti-commutativity FAILED (red62). A member that writes × between two vectors (declared, or inferred
so from the notes) is not read, with the reason; scalars (``a \times b`` of a, b ∈ ℝ, ``2 \times 3``) keep ×.
"""

from __future__ import annotations

import re

from verifier.documents.context import Scope, VarDecl
from verifier.latex.vocabulary import GREEK_ALTERNATION

__all__ = ["cross_product"]

#: a name on one side of ×: a letter or Greek command, bold or with an arrow, with a subscript (its base is taken)
_NAME = rf"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{{\s*)?(\\(?:{GREEK_ALTERNATION})|[A-Za-z])\s*\}}?(?:_\{{?\w+\}}?)?"
_CROSS = re.compile(rf"(?<![\\A-Za-z]){_NAME}\s*(?:\\times(?![A-Za-z])|×)\s*{_NAME}")


def _vector(name: str, scope: Scope) -> bool:
    """Is ``name`` (a letter, or a Greek command with its backslash) a vector in ``scope``: declared, or inferred
    from the notes (an annotation ``u \\in \\mathbb{R}^3``, a norm), as the product would be read?"""
    entry = scope.names.get((name.lstrip("\\"), ()))
    return isinstance(entry, VarDecl) and entry.kind in ("vector", "simplex", "onehot")


def cross_product(latex: str, scope: Scope) -> str:
    """Why the member ``latex`` is not read (it writes × between two vectors of ``scope``), or ""."""
    for m in _CROSS.finditer(latex):
        if _vector(m.group(1), scope) and _vector(m.group(2), scope):
            return (f"{m.group(0).strip()}: × between two vectors is their cross product, which is not checked "
                    "(write the components)")  # fmt: skip
    return ""
