r"""A vector the notes say sums to one (``where the last step uses $\sum_k p_k = 1$``): a probability
vector.

Notes on distillation, KL divergences and mixtures use that a distribution sums to one mid-derivation
(``-\sum_k p_k \log q_k = -\sum_k p_k z_k + \log\sum_j e^{z_j}`` with q the softmax of z) and say so
in a sentence: "where the last step uses $\sum_k p_k = 1$". Read literally, p is any vector and the
step failed. The label reading (y or t one-hot, documents.softlabels) covers labels only; this module
owns the test of the notes' words for any vector name: an equation ``\sum_{k} p_k = 1`` (any index
letter, with or without bounds, ``\sum_{k=1}^K``; each sum of ``\sum_i p_i = \sum_i q_i = 1``) written anywhere
in the notes, inline or displayed.
doubts._meanings then tries the reading "p a probability vector (entries in (0, 1), summing to one)"
for a failed step, and reports it with the step. It is never the literal reading: it only rescues a
step that holds for every probability vector, which the notes said p is.

The equation must end at the 1 (``= 1 - \epsilon``, ``= 1/2`` are other totals), the sum must be a whole member
(``\frac{1}{K}\sum_k q_k = 1`` says the weights average to one: redteam40), and a sentence that
denies it ("we do not assume $\sum_k p_k = 1$", "need not satisfy", "unless") says the opposite: then
the notes do not say p sums to one anywhere (the reading is refused for p).

A matrix of a batch (labels ``t_{nc}``, example n and class c) is said to sum to one along the index the
sum runs over: ``\sum_c t_{nc} = 1`` makes each row (fixed n) a probability vector
(:func:`summed_positions`; the kinds of :data:`STOCHASTIC`, built by catalog.Builder.stochastic).
So is a label matrix the prose calls one-hot ("$Y \in \{0, 1\}^{n \times K}$ one-hot labels", "each row of
$Y$ is one-hot"): its rows, one example each, sum to one (:func:`one_hot_positions`; "each column" for
columns). Rows in the simplex are a relaxation of one-hot rows, so the reading may only rescue a step that
holds for every such matrix, which it then does for the one-hot ones too.
"""

from __future__ import annotations

import functools
import re

from verifier.documents.sentences import SENTENCE_END, SPACE_AFTER

__all__ = [
    "STOCHASTIC", "described_one_hot", "one_hot_positions", "said_sums_to_one", "summed_positions", "sums_to_one",
]  # fmt: skip

_BOUND = r"(?:\{[^{}$]*\}|\\?[A-Za-z0-9]+)"
_BOLD = r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?"


def said_sums_to_one(text: str, name: str, own: str = "") -> bool:
    r"""Does ``text`` write ``\sum_{k} name_k = 1`` (the entries of ``name`` summing to one) other than in
    ``own`` (the chain being checked: the statement never rescues itself)?"""
    return not denied(text, name) and sums_to_one(text, name) > sums_to_one(own, name)


# a matrix whose rows (the second index summed) or columns (the first) are probability vectors
STOCHASTIC = {"simplex rows": 1, "simplex columns": 0}

_OUTER_SUM = re.compile(r"\\sum\s*(?:_\s*" + _BOUND + r")?\s*(?:\^\s*" + _BOUND + r")?\s*$")
_END = (r"\s*=\s*1(?!\s*(?:[-+*/^_(\d]|\.\d|[A-Za-z]|"
        r"\\(?:cdot|times|frac|dfrac|tfrac|pm|mp|div)(?![A-Za-z])))")


@functools.lru_cache(maxsize=64)
def summed_positions(text: str, name: str, own: str = "") -> frozenset[int]:
    r"""The positions (0 or 1) of the summed index in ``\sum_{c} name_{nc} = 1`` (two one-letter
    indices, ``name_{n,c}`` too) written in ``text`` and not only in ``own`` (the chain being checked),
    unless a sentence denies it: 1 says each row of the matrix sums to one, 0 each column."""
    if denied(text, name):
        return frozenset()
    pattern = (r"\\sum\s*_\s*\{?\s*([A-Za-z])\s*(?:=[^{}$]*)?\}?\s*(?:\^\s*" + _BOUND + r")?\s*" + _BOLD
               + re.escape(name) + r"\s*\}?\s*_\s*\{\s*([A-Za-z])\s*,?\s*([A-Za-z])\s*\}" + _END)
    found: set[int] = set()
    for m in re.finditer(pattern, text):
        summed, first, second = m.groups()
        outer = _OUTER_SUM.search(text[max(0, m.start() - 60) : m.start()])
        if first == second or summed not in (first, second) or outer or not _whole_member(text, m.start()):
            continue  # \sum_i \sum_j P_{ij} = 1: all the entries of a joint table, not each row
        position = 0 if summed == first else 1
        if len([x for x in re.finditer(pattern, own) if x.group(0) == m.group(0)]) < text.count(m.group(0)):
            found.add(position)
    return frozenset(found)


# another vector's sum the equation goes on with: \sum_i p_i = \sum_i q_i = 1 says both sum to one (fresh28)
_THEN_SUM = (r"(?:\s*=\s*\\sum\s*(?:_\s*" + _BOUND + r")?\s*(?:\^\s*" + _BOUND + r")?\s*" + _BOLD
             + r"\\?[A-Za-z]+\s*\}?\s*_\s*\{?\s*\\?[A-Za-z]+\s*\}?)*")


def _pattern(name: str) -> str:
    # the 1 ends the equation: not 1 - \epsilon, 1/2, 1.5, 1 + \lambda, 1\cdot c
    return (r"\\sum\s*(?:_\s*" + _BOUND + r")?\s*(?:\^\s*" + _BOUND + r")?\s*" + _BOLD + re.escape(name)
            + r"\s*\}?\s*_\s*\{?\s*\\?[A-Za-z]+\s*\}?" + _THEN_SUM + r"\s*=\s*1(?!\s*(?:[-+*/^_(\d]|\.\d|[A-Za-z]|"
            r"\\(?:cdot|times|frac|dfrac|tfrac|pm|mp|div)(?![A-Za-z])))")


# what may stand before a sum that is a whole member: the formula's start, a relation, a bracket, a separator, a
# space, a word of text or a command that is no factor (\displaystyle, \therefore) — not a factor (\frac{1}{K}\sum_k
# q_k = 1: the weights average to one; redteam40)
_MEMBER_START = re.compile(r"(?:^|[$=<>(\[{,;:&]|\\[\\,;:!> ]|\\(?P<command>[A-Za-z]+)"
                           r"|\\(?:text|textrm|mathrm|mbox)\s*\{[^{}]*\})\s*$")
# commands that are factors or operators: \lambda\sum_k q_k = 1, 2 \cdot \sum_k q_k = 1
_FACTORS = frozenset(
    "cdot times ast div pm mp ell hbar infty partial nabla alpha beta gamma delta epsilon varepsilon zeta eta theta "
    "vartheta iota kappa lambda mu nu xi pi varpi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega Gamma "
    "Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega".split())


def _whole_member(text: str, start: int) -> bool:
    """Does the sum at ``start`` begin a member of its equation (nothing multiplies it, nothing is added to it
    before it)?"""
    m = _MEMBER_START.search(text[max(0, start - 80) : start])
    return m is not None and m.group("command") not in _FACTORS


@functools.lru_cache(maxsize=64)
def sums_to_one(text: str, name: str) -> int:
    r"""How many times ``text`` writes ``\sum_{k} name_k = 1``, the sum a whole member (not ``2\sum_k p_k = 1``)."""
    return sum(_whole_member(text, m.start()) for m in re.finditer(_pattern(name), text))


_DENIAL = re.compile(r"\b(?:not|never|no|nor|need\s*n[o']t|needn't|unless|without|whether|if|would|fails?|"
                     r"violat\w*|unlike|instead\s+of|rather\s+than)\b[^.!?]*$", re.I)  # fmt: skip


@functools.lru_cache(maxsize=64)
def denied(text: str, name: str) -> bool:
    r"""Does a sentence of ``text`` deny or only suppose ``\sum_{k} name_k = 1`` ("we do not assume",
    "need not satisfy", "if")?"""
    for m in re.finditer(_pattern(name), text):
        before = text[max(0, m.start() - 200) : m.start()]
        sentence = SENTENCE_END.split(before)[-1]
        if _DENIAL.search(sentence) or _DENIED_AFTER.match(text, m.end()):
            return True
    return False


# the clause goes on to deny it: "$\sum_c t_{nc} = 1$ is not assumed", "… need not hold", "… would be needed"
_DENIED_AFTER = re.compile(r"[^.!?;,]{0,40}?\b(?:not|never|need\s*n[o']t|needn't|would|fails?|violated|isn't|doesn't|"
                           r"aren't)\b", re.I)  # fmt: skip


_ONE_HOT = re.compile(r"(?<!non-)(?<!non )\bone[- ]?hot\b", re.I)  # not "non-one-hot"
_NOT = re.compile(r"\b(?:not|never|no|non|nor|isn't|aren't|neither)\b", re.I)
# the only words between the name and "one-hot": "$Y$ holds one-hot labels", "$T$, whose columns are
# one-hot", "the one-hot label matrix $Y$" — not "we multiply $Y$ by the one-hot vector"
_LINK = re.compile(r"(?:[\s,:()\-]|(?:is|are|be|holds?|contains?|has|have|stores?|collects?|encodes?|denotes?|the|a|"
                   r"an|its|whose|with|of|as|each|every|all|labels?|targets?|rows?|columns?|matrix|entries|"
                   r"one[- ]?hot)\b)*", re.I)  # fmt: skip
_COLUMN = re.compile(r"\bcolumns?\b", re.I)


@functools.lru_cache(maxsize=64)
def one_hot_positions(text: str, name: str) -> frozenset[int]:
    r"""The position of the index over which the matrix ``name`` sums to one because the prose calls it
    one-hot in a sentence that writes it (``$Y$``, ``$\mathbf{Y}$``, ``$Y \in …$``): 1 (its rows, one example
    each), or 0 where the sentence says each column is; nothing where the sentence negates or supposes it."""
    written = re.compile(r"\$\s*" + _BOLD + re.escape(name) + r"\s*\}?\s*(?:\\in\b[^$]*)?\$")
    found: set[int] = set()
    for sentence in SPACE_AFTER.split(text):
        if not _ONE_HOT.search(sentence):
            continue
        for w in written.finditer(sentence):
            # the words between the name and "one-hot" (either order) hold no other formula: "$Y$ one-hot
            # labels", "the one-hot label matrix $Y$", not "$X$ the data, …, $Y$ one-hot labels" for X
            after = sentence[w.end() : w.end() + 40].split("$")[0]
            before = sentence[max(0, w.start() - 40) : w.start()].split("$")[-1]
            hot = _ONE_HOT.search(after)
            between = after[: hot.start()] if hot else before[(_ONE_HOT.search(before) or w).start() :]
            if not (hot or _ONE_HOT.search(before)):
                continue
            # "$Y$ is not one-hot", "we do not assume $Y$ one-hot", "if $Y$ were one-hot"
            if _NOT.search(between) or _DENIAL.search(sentence[: w.start()]) or not _LINK.fullmatch(between):
                continue
            # its own columns: "each column of $T$ is one-hot", "$T$ has one-hot columns", "$T$, whose columns …"
            columns = (_COLUMN.search(between) or (hot and _COLUMN.match(after[hot.end() :].lstrip()))
                       or re.search(r"\bcolumns?\s+of\s+(?:the\s+\w+\s+)?$", before))  # fmt: skip
            found.add(0 if columns else 1)
    return frozenset(found)


# "a single entry equal to one", "exactly one entry is 1", "only one component set to $1$": a one-hot vector in words
_ONE_ONE = re.compile(r"\b(?:a\s+single|exactly\s+one|only\s+one|one\s+single)\s+(?:non-?zero\s+)?(?:entry|component|"
                      r"element|coordinate)\b[^.;$]{0,20}?\b(?:equal\s+to|equals|is|of|set\s+to)\s+(?:one\b|\$\s*1\s*\$|1\b)",
                      re.I)  # fmt: skip
# "$y \in \{0, 1\}^K$ with exactly one nonzero entry": a 0/1 vector with one entry that is not 0
_ONE_NONZERO = re.compile(r"\b(?:a\s+single|exactly\s+one|only\s+one)\s+non-?zero\s+(?:entry|component|element|"
                          r"coordinate)\b", re.I)  # fmt: skip
_ZERO_ONE = re.compile(r"\\\{\s*0\s*,\s*1\s*\\\}")


@functools.lru_cache(maxsize=64)
def described_one_hot(text: str, name: str) -> bool:
    r"""Does a sentence of ``text`` that writes ``name`` (``$y$``, ``$y \in \{0, 1\}^K$``) describe it one-hot in words
    — "has a single entry equal to one (and zeros elsewhere)", "$y \in \{0, 1\}^K$ with exactly one nonzero entry" —
    and deny or suppose nothing before it (redmid64 M6: only the word "one-hot" counted)?"""
    written = re.compile(r"\$\s*" + _BOLD + re.escape(name) + r"\s*\}?\s*(?:\\in\b[^$]*)?\$")
    for sentence in SPACE_AFTER.split(text):
        w = written.search(sentence)
        if w is None or _DENIAL.search(sentence):
            continue
        if _ONE_ONE.search(sentence) or (_ONE_NONZERO.search(sentence) and _ZERO_ONE.search(sentence)):
            return True
    return False
