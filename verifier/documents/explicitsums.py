r"""Indices the notes sum explicitly, where an implied sum over them is not their convention.

Einstein notes drop the ∑ and say so ("repeated indices are summed", cs224d-style "in Einstein
notation the sum is implied"), or never write a ∑ at all (backprop notes in index notation). Notes
that write ``\sum_{n=1}^N`` over an index and never name a convention do not sum it silently: a step
``∂L/∂w = -\frac{2}{N}(y_n - w x_n) x_n`` after ``L = \frac{1}{N}\sum_n …`` dropped its sum (a
real slip), and reading it with Einstein summation made it PROVED. This module owns only that test
of the text; impliedsums._ImpliedSums._implied_sums leaves such indices out of its readings."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

__all__ = ["convention_mentions", "denies_a_convention", "index_notation", "names_a_convention", "written_sum_indices"]

#: prose that names a summation convention: the implied readings stay for every index
_CONVENTION = re.compile(
    r"einstein|repeated\s+ind|summation\s+convention|implied\s+sum|implicit(?:ly)?\s+sum|summ?ed\s+implicitly"
    r"|sum(?:med)?\s+over\s+repeated",
    re.IGNORECASE,
)
#: a convention named to deny it: "We do not use the Einstein convention", "no summation convention", "without
#: Einstein summation" (a negation a few words before, in the same clause), "repeated indices are not summed",
#: "Einstein summation is not used"
_DENIED_BEFORE = re.compile(r"(?:\b(?:not|never|no|without|neither|nor)|n't)\s+(?:(?:the|a|an)\s+)?"
                            r"(?:[A-Za-z-]+\s+){0,3}\Z", re.IGNORECASE)
_DENIED_AFTER = re.compile(r"[a-z]*(?:\s+[a-z]+){0,2}\s+(?:are|is)\s+(?:not|never)\b", re.IGNORECASE)
#: prose that says the notes are written in index notation (a summation convention only without any ∑)
_INDEX_NOTATION = re.compile(r"\b(?:index|tensor|suffix)\s+notation\b", re.IGNORECASE)
_ANY_SUM = re.compile(r"\\sum(?![A-Za-z])|∑")
#: \sum_i, \sum_{n=1}^N, \sum\limits_{k}, \sum_{\alpha}: the (first) index letter summed
_SUM = re.compile(r"\\sum(?:\\limits|\\nolimits)?\s*_\s*\{?\s*(\\?[A-Za-z]+)")


def names_a_convention(text: str) -> bool:
    """Does the prose name a summation convention (Einstein, repeated indices summed, an implied sum),
    or say it writes "index notation" in notes that write no ∑ at all (:func:`index_notation`)?
    The reader reads Einstein summation only in such notes (or where a context declares it)."""
    return any(_affirmed(text, m) for m in _CONVENTION.finditer(text)) or index_notation(text)


def convention_mentions(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` where the prose names a summation convention, not to deny it (where each holds
    is documents.einsteinscope's)."""
    return [m.span() for m in _CONVENTION.finditer(text) if _affirmed(text, m)]


@functools.lru_cache(maxsize=16)
def denies_a_convention(text: str) -> bool:
    """Does the prose deny a summation convention ("We do not use the summation convention", "repeated indices
    are not summed") and name none it uses? Then an implied sum is no reading of the notes: a step that holds
    only with one is not rescued by it (trust18: ``x_i y_i = x^T y`` was PROVED "read with Einstein
    summation" after the notes said they do not use it). A function of the text alone, scanned once per text
    (the implied sums' reading asks it for every chain, docspeed20)."""
    found = list(_CONVENTION.finditer(text))
    return bool(found) and not any(_affirmed(text, m) for m in found) and not index_notation(text)


def _affirmed(text: str, m: re.Match[str]) -> bool:
    """Is the convention ``m`` names in ``text`` not denied ("We do not use the Einstein summation
    convention": read as one, a dropped ∑ was PROVED and a literal case split FAILED; review24e)?"""
    return (_DENIED_BEFORE.search(text[max(0, m.start() - 60) : m.start()]) is None
            and _DENIED_AFTER.match(text, m.end()) is None)


def index_notation(text: str) -> bool:
    r"""Notes that say they write tensors in index notation (or tensor notation) and write no ``\sum``
    anywhere: their sums are the repeated indices (``m_b = \frac{1}{H} \mathbf{1}_h x_{bh}`` is a mean
    only summed over h). Notes that write a ∑ somewhere sum explicitly, and keep their indices free."""
    return _INDEX_NOTATION.search(text) is not None and _ANY_SUM.search(text) is None


def written_sum_indices(text: str, chain: Iterable[str] = (), convention: bool | None = None) -> frozenset[str]:
    r"""The index names the notes (``text``) sum with a written ∑ outside the chain being checked (the
    LaTeX of its members, ``chain``: a step that writes an implied sum out, ``y_i p_k = \sum_i y_i p_k``,
    is the notes relating the two forms there), unless the prose names a summation convention (then
    none: any index may be summed implicitly). ``convention``: whether one holds where the chain is (its
    section's, documents.einsteinscope), if not anywhere in the notes."""
    if names_a_convention(text) if convention is None else convention:
        return frozenset()
    counts = Counter(m.group(1).lstrip("\\") for m in _SUM.finditer(text))
    counts.subtract(m.group(1).lstrip("\\") for latex in chain for m in _SUM.finditer(latex))
    return frozenset(name for name, n in counts.items() if n > 0)
