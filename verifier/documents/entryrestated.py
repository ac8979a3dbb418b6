r"""An entry of a family the notes define, written with a formula of its own: a claim about that entry.

"Student probabilities $p_i = \frac{e^{z_i/T}}{\sum_j e^{z_j/T}}$ … For two classes, $p_1 = \frac{1}{1 +
e^{(z_1 - z_2)/T}}$": the family's key is ``p`` (index ``i``), the entry's ``p_1``, so the entry was learned as
the first definition of a name of its own and never read — a wrong entry left the notes green. The family's
definition already says what ``p_1`` is, so the entry is a restatement of it
(:mod:`verifier.documents.restatements`): checked against the family, a new meaning (SKIPPED) where it does not
hold there, never FAILED on that alone and never green without the check.

Not a recurrence's base case: ``m_t = \beta m_{t-1} + (1-\beta) g_t`` with ``m_0 = 0`` defines ``m_0`` (the
family's body writes the family itself), and not an entry with a letter index (``p_k``: the family renamed)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from verifier.documents.context import Definition

__all__ = ["family_restated"]

_INTEGER = re.compile(r"^\d+$")


def _writes_itself(family: Definition) -> bool:
    r"""Does the family's body write the family (``m_{t-1}`` in ``m_t``'s body): a recurrence."""
    name = family.key[0]
    spelled = re.escape(name) if len(name) == 1 else r"\\?" + re.escape(name)
    return re.search(rf"(?<![A-Za-z]){spelled}\s*_", family.body or "") is not None


def family_restated(entry: Definition, earlier: Iterable[Definition]) -> Definition | None:
    """The latest earlier family definition (``p_i := …``) of which ``entry`` (``p_1 := …``, numbered
    indices only) is an entry, or None: then ``entry`` is a claim about it, not a new name."""
    name, indices = entry.key
    if entry.is_function or not indices or not all(_INTEGER.match(i) for i in indices):
        return None
    found = [
        d for d in earlier
        if d.key == (name, ()) and len(d.index_params) == len(indices) and not d.is_function and d.line < entry.line
    ]  # fmt: skip
    if not found or _writes_itself(found[-1]):
        return None
    return found[-1]
