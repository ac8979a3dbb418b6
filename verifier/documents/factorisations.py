r"""A decomposition the prose names: "the thin SVD $X = U S V^\top$", "the eigendecomposition $A = Q \Lambda Q^\top$".

The word gives the factors properties no equation writes: U and V have orthonormal columns (U^\top U = I), a
diagonal middle factor. The checker substitutes the notes' ``X = U S V^\top`` but assumes none of them, so
``\frac{1}{n - 1} X^\top X = V \frac{S^2}{n - 1} V^\top`` was FAILED, a correct step (fresh27's PCA notebook).
This module owns which names such a decomposition ties (:func:`decomposed_names`: the name and its factors,
where a formula ``NAME = F G H^\top`` follows the word within its sentence); a failure of a step writing one
of them is not a FAILED: SKIPPED, naming the decomposition (documents.guesses ``_doubt``).
"""

from __future__ import annotations

import re

from verifier.documents.sentences import SENTENCE_END as _BOUNDARY

__all__ = ["decomposed_names", "decomposition_note"]

_WORD = re.compile(r"\b(?:SVD|singular[- ]value[- ]decomposition|eigen-?decomposition|spectral decomposition|"
                   r"diagonali[sz]ation)\b", re.IGNORECASE)
_FACTOR = r"\\?[A-Za-z]+(?:_\{?\w+\}?)?"
_PRODUCT = re.compile(r"\$\s*(" + _FACTOR + r")\s*=\s*((?:" + _FACTOR + r"\s*(?:\^\s*\{?\s*(?:\\top|T|\\intercal|"
                      r"-1)\s*\}?)?\s*){2,3})\$")
_NAMES = re.compile(_FACTOR)


def decomposed_names(notes: str) -> dict[str, str]:
    """The names a decomposition the ``notes`` name ties, each with the formula that ties it."""
    out: dict[str, str] = {}
    for word in _WORD.finditer(notes):
        before = notes[max(0, word.start() - 150) : word.start()]
        start = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
        after = notes[word.end() : word.end() + 200]
        end = next((m.start() for m in _BOUNDARY.finditer(after)), len(after))
        for m in _PRODUCT.finditer(before[start:] + word.group(0) + after[:end]):  # the word's sentence
            formula = m.group(0).strip("$ ")
            for name in [m.group(1), *_NAMES.findall(m.group(2))]:
                if name not in ("T", "\\top", "\\intercal"):
                    out.setdefault(name.replace("{", "").replace("}", ""), formula)
    return out


def decomposition_note(names: set[str], notes: str) -> str | None:
    """Why a failed step writing ``names`` (as sympy names: ``S``, ``V``, ``Lambda``) is not a FAILED, or None."""
    tied = decomposed_names(notes)
    hit = sorted(n for n in tied if n.lstrip("\\") in names)
    if not hit:
        return None
    formula = tied[hit[0]]
    return (f"${formula}$ is a decomposition the notes name: its factors have properties no equation writes "
            "(orthonormal columns, a diagonal factor), which the checker does not assume")
