r"""Names the prose calls row vectors, one by one: "with $v$ a row vector", "$v$ is a row vector", "let $v$ be a row
vector", "a row vector $v$", "the row $v = (1, -1)$".

Without it a plain ``v`` was read the way a vector is by default, a column, and ``\hat y = v h`` with ``h`` a column
was a product of two columns taken entry-wise: ``\frac{\partial L}{\partial v} = (\hat y - y) h^\top``, right for a
row v, FAILED (redlead70's p07). Read here, v is a ``1×n`` row (``documents.inferevidence.annotations``), as
``v \in \mathbb{R}^{1 \times n}`` makes it. Samples ``x^{(i)}`` the prose calls rows are
``annotations.stated_row_vectors``' (a family, not one name).

Only the name the words are about counts: the formula right before "(is | be) a row vector" or right after "a row
vector" / "the row"; "the row $i$ of $X$" and "the $i$-th row" name an index, not a vector (a lone index letter,
or a name followed by "of", is left out), and a sentence that calls the same name a column says nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from verifier.documents.context import Key

__all__ = ["stated_row_names"]

# one inline formula, ``$…$`` or ``\(…\)``: its body is group "name" (a name, perhaps stated equal to something)
_FORMULA = r"(?:\$(?P<{0}>[^$]{{1,80}}?)\$|\\\((?P<{0}b>.{{1,80}}?)\\\))"
_ROW_WORDS = r"row(?:\s*-\s*|\s+)vector"
# "$v$ a row vector", "$v$ is a row vector", "let $v$ be a row vector", "$v$, a row vector"
_BEFORE = re.compile(_FORMULA.format("n1") + r"\s*,?\s*(?:(?:is|be|as|denotes?)\s+)?an?\s+" + _ROW_WORDS, re.I)
# "a row vector $v$", "the row vector $v$", "the row $v = (1, -1)$" (not "the row $i$ of $X$")
_AFTER = re.compile(r"\b(?:an?|the|some)\s+(?:" + _ROW_WORDS + r"|row)\s+" + _FORMULA.format("n2")
                    + r"(?!\s*(?:of\b|-\s*th\b))", re.I)  # fmt: skip
# the names an index is written with: "the row $i$" is an index, never a vector
_INDEX_LETTERS = frozenset("ijklmnrst")


_COLUMN_WORDS = r"column(?:\s*-\s*|\s+)vector"
_COLUMN_BEFORE = re.compile(_FORMULA.format("n1") + r"\s*,?\s*(?:(?:is|be|as|denotes?)\s+)?an?\s+" + _COLUMN_WORDS,
                            re.I)  # fmt: skip
_COLUMN_AFTER = re.compile(r"\b(?:an?|the|some)\s+(?:" + _COLUMN_WORDS + r"|column)\s+" + _FORMULA.format("n2")
                           + r"(?!\s*(?:of\b|-\s*th\b))", re.I)  # fmt: skip


def _name_of(body: str) -> str:
    r"""The name a formula's body is about: ``v`` of ``v``, ``v = (1, -1)``, ``v \in \mathbb{R}^{1 \times 2}``."""
    return re.split(r"=|\\in\b|\\coloneqq|:=", body, maxsplit=1)[0].strip()


@functools.lru_cache(maxsize=16)  # a pure function of the notes' text
def _sites(text: str, before: re.Pattern[str], after: re.Pattern[str]) -> tuple[str, ...]:
    """The names as written that the words ``before`` / ``after`` the formula are about, in order."""
    return tuple([_name_of(m.group("n1") or m.group("n1b")) for m in before.finditer(text)]
                 + [_name_of(m.group("n2") or m.group("n2b")) for m in after.finditer(text)])


def stated_row_names(text: str, key_of_text: Callable[[str], Key | None]) -> frozenset[Key]:
    r"""The keys of the names the prose of ``text`` calls row vectors (read with ``key_of_text``), each a plain name
    (no family ``x^{(i)}``, no index letter); a name the text also calls a column vector is left out."""
    out: set[Key] = set()
    for name in _sites(text, _BEFORE, _AFTER):
        key = key_of_text(name) if name else None
        if key is None or "^(" in key[0] or (key[0] in _INDEX_LETTERS and not key[1]):
            continue  # a family x^{(i)} (annotations.stated_row_vectors), or a letter notes index rows with
        out.add(key)
    columns = {key_of_text(name) for name in _sites(text, _COLUMN_BEFORE, _COLUMN_AFTER) if name}
    return frozenset(out - columns)

