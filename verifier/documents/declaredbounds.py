r"""A parameter the notes introduce with its bound, "a tube width $\varepsilon > 0$": the bound holds on after it.

documents.ranges reads the ranges the prose states just before a chain (the few lines since the last display,
and the ``\in`` memberships of its section). A parameter is often introduced once, at the top, by a noun and its
bound — "a tube width $\varepsilon > 0$", "Let $\lambda > 0$", "with shape $\alpha > 0$" — and used in the
sections after it: there its case split (``L'(r) = 1`` if ``r > \varepsilon``, ``0`` if ``|r| < \varepsilon``, …)
was checked at ε < 0, where the cases overlap, and the right derivative was FAILED (fresh48). Such a bound is the
notes' statement about the name, as an annotation ``W \in \mathbb{R}^{m \times n}`` is. This module finds those
introductions in the prose before a chain's own (:func:`declared_bounds`); documents.chainprose states them before
the chain's prose, where the nearer statements still win.

Deliberately narrow: the word right before the formula must be a noun of the introduction or "let" / "fix" — a
condition ("for $x > 0$", "if", "when", "where", "with", "at", "assume", "case") is the hypothesis of the display
after it only, never carried; the formula must bound a name alone (``\varepsilon > 0``, ``0 < \rho < 1``,
``\beta \in (0, 1)``); a bound its sentence denies, excepts or sends elsewhere is not stated, and a name the later
prose bounds again ("now take $\alpha > 1$") has only that one. A letter the prose introduces again as another
quantity before the chain — alone after another noun ("the label noise $\varepsilon$" after "a tube width $\varepsilon
> 0$": an article, at most one word, the noun), or as a random variable (``\varepsilon \sim \mathcal{N}(0, 1)``), or
in a sentence that says it takes either sign ("may be negative") — ends the bound there (sound53: ``\max(0,
\varepsilon) = \varepsilon`` was PROVED with the width's bound two sections on); the same noun ("the width
$\varepsilon$") keeps it.
"""

from __future__ import annotations

import re

from verifier.documents.deniedranges import denied
from verifier.documents.sentences import SENTENCE_END, SINGLE_DOLLARS

__all__ = ["declared_bounds"]

# the word before the formula: a noun of its introduction ("a tube width", "the margin", "shape"), or let / fix
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s~]*$")
_NOT_NOUNS = frozenset(
    "for if when whenever where wherever with while unless assume assuming assumed suppose supposing given at on in "
    "case cases and or that then as so since because to of by from than is are be being was were all any every each "
    "some only also both either neither nor not no whether region regime side branch half range interval domain "
    "values value points point this these which whose when take taking consider considering now here there hence "
    "thus holds hold true gives give get gets obtain yields".split()
)
_BOUND = re.compile(
    r"^\s*(?:[-+]?\d+(?:\.\d+)?\s*(?:<|\\le|\\leq|\\lt)(?![A-Za-z])\s*)?(\\?[A-Za-z]+)\s*"
    r"(?:(?:>|\\ge|\\geq|\\gt|<|\\le|\\leq|\\lt)(?![A-Za-z])\s*[-+]?\d+(?:\.\d+)?"
    r"|\\in\s*[(\[]\s*[-+]?\d+(?:\.\d+)?\s*,\s*[-+]?\d+(?:\.\d+)?\s*[)\]])\s*[,.;]?\s*$"
)


def _noun(prose: str, start: int) -> str | None:
    """The word that introduces the formula at ``start``: a noun ("width"), "let" or "fix"; None for a condition
    word or none."""
    m = _WORD_BEFORE.search(prose[max(0, start - 40) : start])
    word = m.group(1).lower() if m is not None else None
    return word if word is not None and (word in ("let", "fix") or word not in _NOT_NOUNS) else None


# the letter alone, or as a random variable ("$\varepsilon \sim \mathcal{N}(0, 1)$"): an introduction of a quantity
_ALONE = re.compile(r"^\s*(\\?[A-Za-z]+)\s*(?:[,.;]\s*)?$")
_RANDOM = re.compile(r"^\s*(\\?[A-Za-z]+)\s*\\sim(?![A-Za-z])")


# "the label noise $\varepsilon$": an article, at most one word, and the noun right before the formula
_NAMED_BY_NOUN = re.compile(r"\b(?:the|a|an)\s+(?:[A-Za-z-]+\s+)?([A-Za-z]{3,})[\s~]*$", re.IGNORECASE)
# the letter's own sentence says it takes either sign, whatever its bound said
# (not "the negative log-likelihood": the word must say what the letter is)
_EITHER_SIGN = re.compile(r"\b(?:(?:be|is|are|becomes?|gets?)\s+(?:\w+\s+)?negative|negative\s+or\s+positive|"
                          r"positive\s+or\s+negative|negative\s+values?|(?:either|both|any)\s+signs?|any\s+real|"
                          r"arbitrary\s+real)\b", re.IGNORECASE)
_NOT_NOUNS_EITHER = frozenset("beyond below above exactly over under near about around into onto through between "
                              "within outside inside than like unlike per via".split())


def _another_quantity(text: str, name: str, noun: str) -> bool:
    r"""Does ``text`` (the prose after a bound introduced by ``noun``) introduce the letter ``name`` again as another
    quantity: alone after another noun ("the label noise $\varepsilon$" after "a tube width $\varepsilon > 0$"), or
    as a random variable (``\varepsilon \sim \mathcal{N}(0, 1)``)? Its bound then ends there (sound53)."""
    for f in SINGLE_DOLLARS.finditer(text):
        if (r := _RANDOM.match(f.group(1))) is not None and r.group(1) == name:
            return True
        if (a := _ALONE.match(f.group(1))) is None or a.group(1) != name:
            continue
        starts = [e.end() for e in SENTENCE_END.finditer(text, 0, f.start())]
        stop = SENTENCE_END.search(text, f.end())
        if _EITHER_SIGN.search(text[starts[-1] if starts else 0 : stop.start() if stop else len(text)]):
            return True  # "In this part $\sigma$ is a shift of either sign", "… $\varepsilon$ may be negative"
        if noun in ("let", "fix"):
            continue
        named = _NAMED_BY_NOUN.search(text[max(0, f.start() - 40) : f.start()])
        word = named.group(1).lower() if named is not None else noun
        if word != noun and word not in _NOT_NOUNS and word not in _NOT_NOUNS_EITHER:
            return True
    return False


def declared_bounds(before: str, later: str) -> str:
    r"""The bounds ``before`` (the prose before a chain's own) introduces for a parameter ("a tube width
    $\varepsilon > 0$"), each as a formula of its own paragraph, the last of each name only; none for a name
    ``later`` (the chain's own prose) bounds or sets again."""
    out: dict[str, str] = {}
    again = {b.group(1) for f in SINGLE_DOLLARS.finditer(later) if (b := _BOUND.match(f.group(1)))}
    again |= {s.group(1) for f in SINGLE_DOLLARS.finditer(later)
              if (s := re.match(r"\s*(\\?[A-Za-z]+)\s*=", f.group(1)))}  # fmt: skip
    for m in SINGLE_DOLLARS.finditer(before):
        if (b := _BOUND.match(m.group(1))) is None or b.group(1) in again:
            continue
        if (noun := _noun(before, m.start())) is None or denied(before, m.start(), m.end()):
            continue
        out.pop(b.group(1), None)
        if _another_quantity(before[m.end() :] + "\n\n" + later, b.group(1), noun):
            continue  # "the label noise $\varepsilon$" two sections on: another quantity, of either sign
        out[b.group(1)] = f"${m.group(1).strip().rstrip(',.;')}$"
    return "".join(f"{f}\n\n" for f in out.values())
