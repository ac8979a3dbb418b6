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


# (and "several correct labels", "has $m$ ones", "several ones": red71; not "more than one class", a multi-class
# problem)
_MANY_WORDS = re.compile(r"\bmulti-?(?:hot|labels?)\b|\b(?:several|multiple)\s+(?:(?:correct|true|positive|active|"
                         r"relevant)\s+)?labels\b|"
                         r"\b(?:has|have|with)\s+(?:\$\s*[a-zA-Z]\s*\$|several|many|multiple)\s+ones\b", re.IGNORECASE)
# "Unlike a multi-label problem", "This is not a multi-label problem", "would be multi-hot": set aside
_SET_ASIDE = re.compile(r"\b(?:not|no|never|unlike|instead|rather|whereas|if|would|could|opposed)\b|n't", re.I)
# "$y$ is one-hot", "$y$ is a one-hot vector": the section states the label one-hot
_ONE_HOT = r"\s+(?:is|are)\s+(?:a\s+|also\s+)?one-?hot\b"
_COUNTS = r"(?:holds|gives|is|are|has|contains)\s+(?:the\s+)?(?:counts?|numbers?\s+of\s+occurrences)\b"


@functools.lru_cache(maxsize=64)
def said_many(text: str, name: str) -> bool:
    r"""Does the prose ``text`` say the label ``name`` may have several ones ("multi-hot", "multi-label",
    "several labels" anywhere), counts ("$y$ holds the counts of each class") or sums to another number
    than 1 (``\sum_i y_i = 2``)? Not by words followed by "$y$ is one-hot", nor in a clause that negates
    or contrasts ("Unlike a multi-label problem", "not multi-hot", "would be multi-hot"; review18c)."""
    own = r"\$\s*(?:\\mathbf\{|\\boldsymbol\{|\\bm\{)?" + re.escape(name) + r"\}?\s*\$"
    many = [m.start() for m in _MANY_WORDS.finditer(text) if not _SET_ASIDE.search(_clause_before(text, m.start()))]
    # "In a multi-label problem …; here $y$ is one-hot": the last of the two the section says holds (review18c)
    one_hot = [m.start() for m in re.finditer(own + _ONE_HOT, text, re.IGNORECASE)]
    if many and not (one_hot and one_hot[-1] > many[-1]):
        return True
    total = (r"\\sum\s*_\s*\{?\s*([a-z])\s*\}?\s*(?:\\mathbf\{|\\boldsymbol\{|\\bm\{)?" + re.escape(name)
             + r"\}?\s*_\s*\{?\s*\1\s*\}?\s*=\s*(\d+(?:\.\d+)?(?![\d.])|[a-zA-Z](?![\w{(\\]))")
    # a sum another number than 1, or a letter (``= m``, a count of ones; red71)
    if any(not m.group(2)[0].isdigit() or float(m.group(2)) != 1 for m in re.finditer(total, text)):
        return True
    return re.search(own + r"\s+" + _COUNTS, text, re.IGNORECASE) is not None


def _clause_before(text: str, at: int) -> str:
    """The clause of ``text`` up to ``at`` (from the last , ; : . ! ? or blank line before it)."""
    ends = list(re.finditer(r"[,;:.!?](?=\s)|\n\s*\n", text[:at]))
    return text[ends[-1].end() : at] if ends else text[:at]
