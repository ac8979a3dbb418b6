r"""Labels the notes say are *not* one-hot: soft labels, label smoothing, a probability vector.

Reading an undeclared label y (or t) as one-hot is plausible for classification notes, and it is
what lets ``Σ_k y_k = 1`` and ``y_k² = y_k`` be used. Where the prose says the targets are
probabilities (soft labels, label smoothing, a distribution), that reading turns a real mistake
green: ``Σ_i y_i² = Σ_i y_i`` holds for one-hot y only. This module owns only that test of the prose;
doubts._meanings leaves such labels out of the one-hot reading.

Nor are labels one-hot where the prose says a sample has several ("multi-hot", "multi-label", "several
labels") or that the label counts ("the counts of each class"): neither in the simplex, where the
cross-entropy slip ``\partial L/\partial z_j = p_j - y_j`` (right only where ``\sum_i y_i = 1``) would
turn green (:func:`said_many`)."""

from __future__ import annotations

import functools
import re

__all__ = ["said_many", "said_soft"]

_SOFT_WORDS = r"(?:soft\s+labels?|soft\s+targets?|label\s+smoothing|not\s+(?:a\s+)?one-?hot)"
_PROB = r"(?:a\s+)?(?:probability\s+(?:vector|distribution)|probabilities|(?:a\s+)?distribution)"


@functools.lru_cache(maxsize=64)
def said_soft(text: str, name: str) -> bool:
    """Does the prose ``text`` say the label ``name`` (``y``, ``t``) is soft: "soft labels", "label
    smoothing", "not one-hot" anywhere, or "$y$ is a probability vector" / "targets $y$ are
    probabilities" about that very name?"""
    if re.search(_SOFT_WORDS, text, re.IGNORECASE):
        return True
    own = r"\$\s*(?:\\mathbf\{|\\boldsymbol\{|\\bm\{)?" + re.escape(name) + r"\}?\s*\$"
    return re.search(own + r"\s+(?:is|are)\s+(?:also\s+)?" + _PROB, text, re.IGNORECASE) is not None


_MANY_WORDS = re.compile(r"\bmulti-?(?:hot|labels?)\b|\b(?:several|multiple)\s+labels\b",
                         re.IGNORECASE)
_COUNTS = r"(?:holds|gives|is|are|has|contains)\s+(?:the\s+)?(?:counts?|numbers?\s+of\s+occurrences)\b"


@functools.lru_cache(maxsize=64)
def said_many(text: str, name: str) -> bool:
    r"""Does the prose ``text`` say the label ``name`` may have several ones ("multi-hot", "multi-label",
    "several labels" anywhere), counts ("$y$ holds the counts of each class") or sums to another number
    than 1 (``\sum_i y_i = 2``)?"""
    if _MANY_WORDS.search(text):
        return True
    total = (r"\\sum\s*_\s*\{?\s*([a-z])\s*\}?\s*(?:\\mathbf\{|\\boldsymbol\{|\\bm\{)?" + re.escape(name)
             + r"\}?\s*_\s*\{?\s*\1\s*\}?\s*=\s*(\d+(?:\.\d+)?)(?![\d.])")
    if any(float(m.group(2)) != 1 for m in re.finditer(total, text)):
        return True
    own = r"\$\s*(?:\\mathbf\{|\\boldsymbol\{|\\bm\{)?" + re.escape(name) + r"\}?\s*\$"
    return re.search(own + r"\s+" + _COUNTS, text, re.IGNORECASE) is not None
