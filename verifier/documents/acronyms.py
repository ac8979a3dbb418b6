r"""Counts of a confusion matrix and sums of squares written as acronyms: ``TP``, ``FN``, ``RSS``, ``SS_{\text{res}}``.

The counts ``TP``, ``FP``, ``FN``, ``TN``: gaps38 (fresh26 left them); the sums of squares: fresh57.

Notes on precision and recall write ``P = \frac{TP}{TP + FP}``: read letter by letter, ``TP`` is the product of
two names T and P (P the precision itself), every step over it SKIPPED "T appears on one side only", and the
stated counts ("with $TP = 40$") were never learned. Written ``\text{TP}`` or ``\mathrm{FP}`` the parser makes one
name, but a capital name is doubted as a matrix (documents.weights) and the worked numbers stayed unread.

This module owns the reading: in notes that write two or more of the four acronyms (in any font) and speak of
positives, negatives, precision, recall or a confusion matrix, each bare acronym is one name
(:func:`as_acronyms`, before the parse: ``TP`` becomes ``\mathrm{TP}``), and each is a count, a number
(:func:`acronym_counts`, a role annotations give shape inference). A bare ``TP`` elsewhere (one acronym alone,
no such prose) stays the product it was.

Regression notes write the sums of squares the same way: ``R^2 = 1 - \frac{SS_{\text{res}}}{SS_{\text{tot}}}``,
``RSS = \sum_i (y_i - \hat y_i)^2``. Read letter by letter ``SS_{\text{res}}`` is S times S_res, its definition was
never learned and every derivative of R² after it was SKIPPED (fresh57). In notes whose prose speaks of sums of
squares, R² or the coefficient of determination, ``SS`` (before a subscript), ``RSS``, ``TSS``, ``ESS``, ``SSE``,
``SSR`` and ``SST`` are one name each (no role: a sum of squares is what its definition says).
"""

from __future__ import annotations

import re

from verifier.documents.tablevalues import as_names, first_lines

__all__ = ["ACRONYM_ROLE", "acronym_counts", "acronym_names", "as_acronyms"]

_ACRONYMS = {"TP": "true positives", "FP": "false positives", "FN": "false negatives", "TN": "true negatives"}
_SQUARES = frozenset({"SS", "RSS", "TSS", "ESS", "SSE", "SSR", "SST"})
#: how the role is told with a step ("the prose calls it the …")
ACRONYM_ROLE = "count of a confusion matrix"
# an acronym as a word of its own: no letter before or after it, no command before it
_WORD = re.compile(r"(?<![A-Za-z\\])(TP|FP|FN|TN|RSS|TSS|ESS|SSE|SSR|SST|SS(?=\s*_))(?![A-Za-z])")
# the font commands that already make the acronym one name: \text{TP}, \mathrm{FP}, \operatorname{FN}
_FONT = re.compile(r"\\(?:text|textrm|textnormal|textit|textsf|mathrm|mathit|mathsf|operatorname|rm)\s*\{\s*$")
_TOPIC = re.compile(r"\bpositives?\b|\bnegatives?\b|\bprecision\b|\brecall\b|\bconfusion\b|\bF_?1\b", re.I)
_SQUARES_TOPIC = re.compile(r"\bsums?\s+of\s+squares\b|\bcoefficient\s+of\s+determination\b|\bR\s*\^\s*\{?\s*2\b|R²",
                            re.I)


def acronym_names(text: str) -> frozenset[str]:
    """The acronyms the notes (``text``) write as names: all four counts when two or more of them occur and the
    prose speaks of the confusion matrix's topic; the sums of squares written when it speaks of theirs."""
    found = {m.group(1) for m in _WORD.finditer(text)}
    counts = frozenset(_ACRONYMS) if len(found - _SQUARES) >= 2 and _TOPIC.search(text) else frozenset()
    return counts | (found & _SQUARES if _SQUARES_TOPIC.search(text) else frozenset())


def as_acronyms(src: str, names: frozenset[str]) -> str:
    r"""``src`` with each bare acronym of ``names`` written ``\mathrm{TP}`` (one name for the parser); one a font
    command already holds (``\text{TP}``) is left as written."""
    if not names or not _WORD.search(src):
        return src
    return as_names(src, _WORD, lambda m: m.group(1) if m.group(1) in names and not _FONT.search(src[: m.start()])
                    else None)  # fmt: skip


def acronym_counts(text: str) -> dict[str, int]:
    """Each acronym of :func:`acronym_names` with the first line the notes write it on (its role, a count,
    holds from there: documents.scalarroles's way)."""
    names = acronym_names(text) - _SQUARES  # a sum of squares is no count (module docstring)
    return first_lines(text, _WORD, lambda m: m.group(1) if m.group(1) in names else None)
