r"""``\sum_{(u,i) \in S}``: a sum over the tuples of a set, read as a sum over every tuple weighted by membership.

Recommender and ranking notes sum over the observed pairs of a data set, ``L = \sum_{(u,i) \in S} (r_{ui} -
p_u^\top q_i)^2`` (also written ``\sum_{u,i \in S}``, ``\sum\limits_{(u,i,j) \in D_S}``), and differentiate by one
user's vector: ``\frac{\partial L}{\partial p_u} = -2\sum_{i: (u,i) \in S} (r_{ui} - p_u^\top q_i) q_i``, a sum
over the items that user rated. Which tuples the set holds is data the notes never write, so the grammar refused
both sums ("a sum over the tuples of a set … cannot be checked") and the definition and every step after it were
SKIPPED.

A reader checks such a step for every set: it must hold whichever tuples S holds. This module owns that reading,
a rewriting of the member tried by :func:`verifier.documents.readings.read_member` (and for a definition's body by
documents.definitions) only after the member as written fails to parse: ``\sum_{(u,i) \in S} E`` is
``\sum_u \sum_i \mathbb{1}[\mathrm{inS}_{u,i} > 0] \cdot E`` and ``\sum_{i: (u,i) \in S} E`` is ``\sum_i
\mathbb{1}[\mathrm{inS}_{u,i} > 0] \cdot E``: the set's membership array (1 for a tuple of S, 0 otherwise), one
array per set name, its indices in the order the tuple is written, drawn through the sign of a sampled real
array ``inS`` so that at every point the checker tries it is a set (about half the tuples in it). The weight is
exactly 0 or 1 there, so a FAILED step fails for a set the notes may hold (not only at weights no set has), and a
green one held for the sets tried; the symbolic stage proves a step for every value of the array, hence every set.
The step reports the reading.

Only these forms are read: a tuple of two or more distinct single-letter indices, with or without its parentheses,
``\in`` a set named by a letter (with a font command or one subscript: ``\mathcal{K}``, ``D_S``), and the filter
``\sum_{i: (u,i) \in S}`` whose index is one of the tuple's entries. A summand that starts with a sign (``\sum_{(u,i)
\in S} -f``) stays unread (the inserted weight would split it), and so does a product over a set of tuples.
"""

from __future__ import annotations

import re

__all__ = ["tuple_sums"]

_LETTER = r"(?:[A-Za-z]|\\(?:alpha|beta|gamma|tau|omega|ell))"
_SET = (
    r"(?P<set>\\(?:mathcal|mathbb|mathscr|mathrm)\s*\{\s*[A-Za-z]\s*\}"
    r"|[A-Za-z](?:_\s*(?:\{\s*[A-Za-z0-9]\s*\}|[A-Za-z0-9]))?)"
)
_TUPLE = rf"(?P<open>\(\s*)?(?P<tuple>{_LETTER}(?:\s*,\s*{_LETTER})+)\s*(?(open)\))"
_SUM = r"\\sum(?:\\limits|\\nolimits)?\s*_\s*\{"
#: ``\sum_{(u,i) \in S}`` / ``\sum_{u,i \in S}``
_OVER = re.compile(rf"{_SUM}\s*{_TUPLE}\s*\\in\s*{_SET}\s*\}}")
#: ``\sum_{i: (u,i) \in S}`` / ``\sum_{i \,:\, (u,i) \in S}`` / ``\sum_{i \mid (u,i) \in S}``
_FILTER = re.compile(
    rf"{_SUM}\s*(?P<index>{_LETTER})\s*(?:\\[,;:!]\s*)*(?::|\\colon|\\mid|\|)\s*(?:\\[,;:!]\s*)*"
    rf"(?P<open>\(\s*)(?P<tuple>{_LETTER}(?:\s*,\s*{_LETTER})+)\s*\)\s*\\in\s*{_SET}\s*\}}"
)


def _weight(set_text: str, indices: list[str]) -> str:
    """The membership array of the set ``set_text`` at ``indices``: ``\\mathrm{inS}_{u,i}``."""
    letters = re.sub(r"\\(?:mathcal|mathbb|mathscr|mathrm)|[^A-Za-z0-9]", "", set_text)
    return f"\\mathbb{{1}}[\\mathrm{{in{letters}}}_{{{','.join(indices)}}} > 0]"


def _indices(tuple_text: str) -> list[str] | None:
    names = [p.strip() for p in tuple_text.split(",")]
    return names if len(set(names)) == len(names) else None


def _signed_summand(text: str, at: int) -> bool:
    """Does the summand after ``at`` start with a sign (or is there none)?"""
    rest = text[at:].lstrip()
    return not rest or rest[0] in "+-=)}]" or rest.startswith(("\\right", "\\pm", "\\mp"))


def tuple_sums(text: str, placeholders: dict[str, str]) -> tuple[str, str] | None:
    """``text`` with each sum over the tuples of a set written as a weighted sum over every tuple (the module
    docstring), and the note to report, or None where there is none (or one this reading leaves unread)."""
    del placeholders
    if "\\in" not in text or "\\sum" not in text:
        return None
    out, read = text, []
    for pattern in (_OVER, _FILTER):
        while (m := pattern.search(out)) is not None:
            indices = _indices(m.group("tuple"))
            if indices is None or _signed_summand(out, m.end()):
                return None
            if pattern is _FILTER:
                if m.group("index") not in indices:
                    return None
                sums = f"\\sum_{{{m.group('index')}}}"
            else:
                sums = "".join(f"\\sum_{{{k}}}" for k in indices)
            weight = _weight(m.group("set"), indices)
            out = f"{out[: m.start()]}{sums} {weight} \\cdot {out[m.end() :].lstrip()}"
            read.append(f"({', '.join(indices)}) \\in {m.group('set').strip()} read as the weight {weight}")
    if not read:
        return None
    return out, (
        "sum over the tuples of a set: " + "; ".join(dict.fromkeys(read))
        + " (1 for a tuple of the set, 0 otherwise: checked for every weight)"
    )

