r"""A sum over the members of a set the notes list: ``A = \{1, 2, 4\}`` … ``\sum_{x \in A} (x - \tfrac73)^2``.

``\sum_{w \in V}`` is read as a sum over an index w of an inferred range 1..n (a vocabulary, a set of samples:
latex.build ``limits_in``). Where the notes list the set's members, the sum runs over those values instead, and
the index reading is another formula: a correct step was FAILED (1, 2, 3 for 1, 2, 4: fresh27's silhouette
note) and a step could be PROVED by coincidence (``G = \{2, 3, 7\}``: the squares about 4 sum to 14 over 1, 2, 3
too). This module owns which steps write such a sum (:func:`listed_set_sum`); their link is not judged.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from verifier.latex.braces import without_braces

__all__ = ["listed_set_sum"]

_NAME = r"\\?[A-Za-z]+(?:_\{?\w+\}?)?"
_SET_SUM = re.compile(r"\\sum_\{\s*(" + _NAME + r")\s*\\in\s*(" + _NAME + r")\s*\}")
_LISTED = re.compile(r"(?<![\\\w])(" + _NAME + r")\s*=\s*\\\{([^{}$]*,[^{}$]*)\\\}")


def listed_set_sum(texts: Iterable[str], notes: str) -> str | None:
    """Why a link whose members (``texts``) sum over a set the ``notes`` list member by member is not read,
    or None where no member does."""
    listed = _listed(notes)
    for text in texts:
        for m in _SET_SUM.finditer(text):
            members = listed.get(without_braces(m.group(2)))
            if members is not None:
                return (f"the sum over ${m.group(1)} \\in {m.group(2)}$ runs over the members the notes list for "
                        f"${m.group(2)}$ ({{{members}}}), not over an index range: not read")
    return None


@functools.lru_cache(maxsize=16)
def _listed(notes: str) -> dict[str, str]:
    """The sets the ``notes`` list member by member, by their bare name (asked for every step the doubts read:
    scanned once per text, speed41; the callers only read it)."""
    return {without_braces(m.group(1)): m.group(2).strip() for m in _LISTED.finditer(notes)}
