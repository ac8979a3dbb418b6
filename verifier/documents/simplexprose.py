r"""A vector the notes put in the probability simplex in words or in set notation (redteam26).

documents.sumstoone reads an equation ``\sum_k p_k = 1`` written in the notes as "p is a probability vector";
notes as often say it without the equation: ``$p \in \Delta^K$``, ``$p \in \Delta_{K-1}$``, "$p$ is a
probability vector", "the probability vector $p$", "$p$ in the (probability) simplex", "the softmax probability
$p_y$" (fresh74: an entry of the softmax, whose entries sum to one). Without it the true
``\sum_k p_k(1 - p_k) = 1 - \sum_k p_k^2`` was FAILED at a p with negative entries. This module owns that
test of the notes' words; doubts._meanings tries the probability-vector reading with it exactly as with the
equation (only to rescue a step that holds for every probability vector, which the notes said p is). A
sentence that denies it ("not a probability vector", "need not sum to one") is left out, as sumstoone
leaves out a denied equation.
"""

from __future__ import annotations

import functools
import re

__all__ = ["said_arbitrary", "said_in_simplex"]

_BOLD = r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?"
# "a distribution $p$ on $K$ outcomes", "a discrete distribution": a pmf, summing to one (fresh42)
_KINDS = r"(?:(?:probability|discrete|categorical)\s+)?distribution"
_WORDS = r"probability\s+vector|" + _KINDS + r"|(?:probability\s+)?simplex"
# an entry written for the vector: $p_y$, $p_{k}$ (the softmax probability of one class)
_ENTRY = r"(?:\s*_\s*(?:\{[^{}$]*\}|\\?[A-Za-z0-9]+))?"
_SENTENCE = re.compile(r"[.!?;](?:\s|$)|\n\s*\n")
_NEGATION = re.compile(r"\b(?:not|never|need\s+not|no\s+longer|unless|without)\b|n't\b", re.IGNORECASE)


def _patterns(name: str) -> list[re.Pattern[str]]:
    n = _BOLD + re.escape(name) + r"\s*\}?"
    return [
        # $p \in \Delta^K$, $p \in \Delta_{K-1}$, $\mathbf{p} \in \Delta$
        re.compile(r"\$\s*" + n + r"\s*\\in\s*\\Delta(?![A-Za-z])"),
        # "$p$ is a probability vector", "$p$ be a probability distribution", "$p$ lie in the simplex"
        re.compile(r"\$\s*" + n + r"\s*\$\s*(?:is|be|lies?|lying|belongs?)\s+(?:a|an|the|in\s+the|to\s+the)?\s*"
                   r"(?:" + _WORDS + r")\b", re.IGNORECASE),
        # "the probability vector $p$"
        re.compile(r"\b(?:probability\s+vector|" + _KINDS + r")\s+\$\s*" + n + r"\s*\$", re.IGNORECASE),
        # "the softmax probability $p_y$", "the softmax output $p$": the softmax's entries sum to one (fresh74)
        re.compile(r"\bsoftmax\s+(?:probabilit(?:y|ies)|outputs?|predictions?)\s+\$\s*" + n + _ENTRY + r"\s*\$",
                   re.IGNORECASE),
    ]


@functools.lru_cache(maxsize=64)
def said_in_simplex(text: str, name: str) -> bool:
    r"""Does ``text`` put the vector ``name`` in the probability simplex (``name \in \Delta^K``, "is a probability
    vector", "the probability vector $name$", "in the probability simplex") in a sentence that does not deny it?"""
    for pattern in _patterns(name):
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 200) : m.start()]
            starts = list(_SENTENCE.finditer(before))
            sentence = before[starts[-1].end() :] if starts else before
            if not _NEGATION.search(sentence + " " + m.group(0)):
                return True
    return False


_ARBITRARY = r"(?:arbitrary|any|general|unconstrained)"
_BEFORE = re.compile(r"\b" + _ARBITRARY + r"\s+(?:real\s+)?(?:vector\s+)?$", re.IGNORECASE)
_AFTER = re.compile(r"\s*(?:is|be)\s+(?:an?\s+)?" + _ARBITRARY + r"\b", re.IGNORECASE)
_NO_CONSTRAINT = re.compile(r"\bno\s+constraints?\b|\bunconstrained\b", re.IGNORECASE)
_SUMS = re.compile(_WORDS + r"|sums?\s+to\s+one|=\s*1(?![0-9.])", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def said_arbitrary(section: str, name: str) -> bool:
    r"""Does ``section`` (the prose of a claim's section before it) make ``name`` an arbitrary real vector
    ("let $p \in \mathbb{R}^K$ be an arbitrary vector", "$p$ is any vector") in a sentence that does not put
    it in the simplex (no probability words, no "= 1")? The probability vector said elsewhere in the notes is
    then another section's p (review31b: a claim false for the arbitrary p was PROVED as if p summed to one)."""
    if said_in_simplex(section, name):
        return False
    n = _BOLD + re.escape(name) + r"\s*\}?"
    named = re.compile(r"\$\s*" + n + r"\s*(?:\$|\\in\s*\\mathbb\s*\{?\s*R(?![A-Za-z])[^$]*\$)")
    for m in named.finditer(section):
        starts = list(_SENTENCE.finditer(section[: m.start()]))
        end = _SENTENCE.search(section, m.end())
        sentence = section[starts[-1].end() if starts else 0 : end.start() if end else len(section)]
        before, after = section[max(m.start() - 40, 0) : m.start()], section[m.end() : m.end() + 40]
        said = _BEFORE.search(before) or _AFTER.match(after) or _NO_CONSTRAINT.search(sentence)
        if said and not _SUMS.search(sentence):  # "any vector $p$", "$p$ be an arbitrary", "no constraint"
            return True
    return False
