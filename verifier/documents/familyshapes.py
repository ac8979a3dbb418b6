r"""An annotated family of vectors (``x_1, \dots, x_n \in \mathbb{R}^d``, ``x_i \in \mathbb{R}^d``) at every index.

Notes annotate their samples once ("Let the data $x_1, \dots, x_n \in \mathbb{R}^d$", "$x_i \in \mathbb{R}^d$") and
then index them with whatever letter a sum uses. The annotations were keyed literally (x_1, x_n, x_i), so
``w^\top x_j`` read x_j as an entry of a vector x, a row came out of an inner product, and a chain with a
dropped ``1/n`` was SKIPPED ("the shapes … do not fit"). A family is a base annotated at an index letter
(``x_i``), or at 1 and at a size letter (the list with an ellipsis, same shape); its shape is given to the
base at every other index letter the notes might use, and at every number where the family is annotated at a
letter (``\mu_k \in \mathbb{R}^d``, then ``\Sigma^{-1}(\mu_1 - \mu_2)``: the means of classes 1 and 2, gaps56).
Not when the base alone is annotated (``x \in \mathbb{R}^n`` makes x_j its entries), and only for one-subscript
keys of the same shape; a member annotated apart keeps its own."""

from __future__ import annotations

import re

from verifier.documents.context import Key

__all__ = ["with_family_letters"]

#: letters that index samples in course notes
_INDEX_LETTERS = ("i", "j", "k", "l", "m", "p", "q", "r", "s", "t")
#: the last subscript of a list x_1, \dots, x_n: a size
_SIZE_LETTERS = frozenset({"n", "N", "m", "M", "T", "K", "k"})


def with_family_letters(shapes: dict[Key, tuple[object, ...]], text: str = "") -> dict[Key, tuple[object, ...]]:
    """``shapes`` plus, for each annotated family of vectors, its shape at every index letter (and at each
    number ``text`` writes as a subscript of the base, where the family is annotated at a letter)."""
    out = dict(shapes)
    bases: dict[str, dict[str, tuple[object, ...]]] = {}
    for (base, raw), dims in shapes.items():
        if len(raw) == 1:
            bases.setdefault(base, {})[raw[0]] = dims
    for base, subs in bases.items():
        if (base, ()) in shapes or len(set(subs.values())) != 1:
            continue
        dims = next(iter(subs.values()))
        if len(dims) != 1:  # a family of vectors only (W_1, W_2 \in R^{m×n} are layers, not samples)
            continue
        letter = any(s in _INDEX_LETTERS for s in subs)
        listed = "1" in subs and any(s in _SIZE_LETTERS for s in subs)
        if not (letter or listed):
            continue
        for s in (*_INDEX_LETTERS, *(_numbered(text, base) if letter else ())):
            out.setdefault((base, (s,)), dims)
    return out


def _numbered(text: str, base: str) -> list[str]:
    r"""The one-digit subscripts ``text`` writes on ``base`` (``\mu_1``, ``\mu_{2}``, ``x_0``), in order."""
    pattern = r"(?<![A-Za-z\\])\\?" + re.escape(base) + r"\s*_\s*(?:\{\s*(\d)\s*\}|(\d)(?!\d))"
    return sorted({a or b for a, b in re.findall(pattern, text)})
