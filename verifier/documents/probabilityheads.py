r"""``P(c_1)``, ``P(A)``, ``P(w)`` read as probabilities where the notes write ``P`` over a conditional or an event.

probs66 reads ``P(w \mid c_1)`` and ``P(y=1)`` as opaque quantities (latex.probability): the bar or the event's
``=`` says the bracket holds an event. A prior or an evidence written with neither (``P(c_1)``, ``P(w)``) was read
as the product P·c_1 or as a function P the notes define, so a worked Bayes rule with such priors was SKIPPED ("read
as products") and their stated values were the values of nothing. Where the notes write ``P`` over a conditional or
an event, ``P`` is their probability head, and a ``P(…)`` around one name (one letter, with a number subscript or
none: a class, an event, a word) is the probability of that name: it is written ``\Pr(…)`` for the parser, which
reads every event under ``\Pr`` as one quantity named ``P(…)``, the name the probability would have with a bar
(cover67). A lowercase ``p`` is left alone (``p(x)`` is a density, a function of x), as is any longer argument
(``P(x + 1)``, ``P(c_1, w)``); notes that never write ``P`` with a bar or an event, or that give ``P`` a formula of
its argument (``P(y) = \\theta^y (1-\\theta)^{1-y}``: a function they differentiate), keep the old reading.
"""

from __future__ import annotations

import re

__all__ = ["as_probabilities", "probability_heads"]

# P(w \mid c_1), P(y=1), P(x|y): the head P over a bracket holding a bar or an event's "=" (no inner bracket)
_WRITTEN_PROBABILITY = re.compile(r"(?<![A-Za-z\\])P\s*(?:\\left\s*)?\([^()$]*?(?:\\mid(?![A-Za-z])|\||=)[^()$]*\)")
# P(c_1), P(A), P(w), P(c_{10}): the head P around one letter with a number subscript or none
_LONE = re.compile(r"(?<![A-Za-z\\])P\s*\(\s*(?P<name>[A-Za-z](?:\s*_\s*(?:\d|\{\s*\d+\s*\}))?)\s*\)")


# P(y) = \theta^y (1-\theta)^{1-y}: P given a formula of one letter (the body up to the next "=" or "$")
_DEFINED = re.compile(r"(?<![A-Za-z\\])P\s*\(\s*(?P<arg>[A-Za-z])\s*\)\s*=(?P<body>[^=$]*)")
_CALLED = re.compile(r"(?<![A-Za-z\\])P\s*(?:\\left\s*)?\([^()]*\)")


def _function_defined(text: str) -> bool:
    """Do the notes give ``P`` a formula in its argument (``P(y) = \\theta^y (1-\\theta)^{1-y}``)? Then ``P`` is their
    function, differentiated through that formula, and no ``P(…)`` is read as an opaque probability. An evidence
    ``P(w) = P(w \\mid c_1)P(c_1) + …`` names ``w`` only inside probabilities: it is no such formula."""
    for m in _DEFINED.finditer(text):
        outside = _CALLED.sub(" ", m.group("body"))
        if re.search(rf"(?<![A-Za-z\\]){m.group('arg')}(?![A-Za-z])", outside):
            return True
    return False


def probability_heads(text: str) -> frozenset[str]:
    """The heads the notes write as a probability: ``{"P"}`` where some ``P(…)`` holds a bar or an event and the notes
    give ``P`` no formula of its argument (:func:`_function_defined`), else none."""
    return frozenset({"P"}) if _WRITTEN_PROBABILITY.search(text) and not _function_defined(text) else frozenset()


def as_probabilities(src: str, heads: frozenset[str]) -> str:
    r"""``src`` with each ``P(<one name>)`` written ``\Pr(<one name>)`` where ``P`` is one of the notes' ``heads``."""
    if "P" not in heads or "P" not in src:
        return src
    return _LONE.sub(lambda m: r"\Pr(" + m.group("name") + ")", src)
