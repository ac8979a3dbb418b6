r"""The letters e and π the prose names as something else: "Let $e$ be the error of the model, and $\pi$ the policy."

A bare ``e`` is Euler's number and ``\pi`` the circle's constant unless the notes define them by a formula
(:mod:`verifier.documents.namede`, ``e = y - wx``), differentiate by them (:mod:`verifier.documents.variableconstants`)
or a counterexample samples them. Notes as often name them in words only: an error e, a residual e, a policy π, a
stationary distribution π, a prior π. Read as the constants, ``\frac{1}{1 + e} \approx 0.269`` and ``\pi^2 \approx
9.87`` were PASSED as worked numbers (redteam37) — green for a claim about the notes' own quantity.

This module reads the sentences that name one of the two letters, from the line they are on (the name holds
after it; a display before the sentence keeps the constant):

* "Let $e$ be the …", "let $\pi$ denote …", "suppose $\pi$ is a …", "take $e$ to be …";
* "$e$ is / denotes / stands for / represents the …", "where $e$ is the …", "We write $e$ for the …";
* the other names of a "Let … be" list: "Let $e$ be the error, and $\pi$ the policy";
* a role right before the letter: "the error $e$", "a policy $\pi$" (a short list of such roles).

What names the constant itself keeps it: "$e$ is Euler's number", "$e$ is the base of the natural logarithm",
"$\pi$ the circle's constant", "$\pi \approx 3.14$" (number, constant, base, Euler, exponential, logarithm,
circle, ratio, 2.718, 3.14). :func:`verifier.documents.variableconstants.named_constants` then keeps the
constant in a chain that writes it as one (``\sqrt{2\pi}``, ``e^{x}``).

The math names π too where it writes it as no number can be (:func:`vector_letters`): set equal to a tuple or a
matrix (``\pi = (\pi_1, \pi_2)``, ``\pi = \begin{pmatrix}…``) or transposed (``\pi^\top P``) — a stationary
distribution or a policy. Read as the constant, the correct ``\pi = \left(\frac{0.3}{0.4}, \frac{0.1}{0.4}\right)``
FAILED as a scalar against a 2-vector (fresh36) — or as a conditional distribution (``\pi(a \mid s)``,
``\pi_\theta(a|s)``: a number is given no conditional bar), a policy: read as the constant, the bare ``\log \pi`` of
a later worked score was a constant, and ``\nabla_\theta \log \pi = … = (2, 4)^\top`` FAILED (fresh47).
"""

from __future__ import annotations

import functools
import re

from verifier.documents.sentences import SENTENCE
from verifier.latex.braces import bracket_end, split_top_level

__all__ = ["prose_named_letters", "vector_letters"]

_LETTER = r"\$\s*(?P<letter>e|\\pi)\s*\$"
# words after which the letter is the constant itself
_CONSTANT = re.compile(
    r"\b(?:number|constant|base|euler|exponential|logarithm|napier|circle|circumference|ratio|archimedes|"
    r"transcendental|irrational)|2\.71|3\.14|\\approx", re.I)
_NAMING = re.compile(
    r"\b(?:let|suppose|take|assume)\s+" + _LETTER + r"\s+(?:be|denotes?|stands?\s+for|represents?|is|to\s+be)\b"
    r"|" + _LETTER.replace("letter", "letter2") + r"\s*,?\s+(?:is|denotes|stands\s+for|represents|will\s+be)\s+"
    r"(?:the|a|an|our|its|some|any)\b"
    r"|\bwrite\s+" + _LETTER.replace("letter", "letter3") + r"\s+for\s+(?:the|a|an|our|its)\b",
    re.I)
# "Let $e$ be the error, and $\pi$ the policy": a further name of the list
_LISTED = re.compile(r"(?:,|\band)\s*(?:and\s+)?" + _LETTER + r"\s+(?:the|a|an|our|its)\b", re.I)
_LET = re.compile(r"\b(?:let|suppose|take)\s+\$[^$]+\$\s+(?:be|denote)\b", re.I)
# a role the letter is named by, right before it
_ROLE = re.compile(
    r"\b(?:error|errors|residual|noise|policy|prior|probability|proportion|permutation|profit|payoff|"
    r"distribution|weight|share|fraction|estimate|eigenvector|mixture\s+weight|mixing\s+weight)\s+" + _LETTER,
    re.I)


def _letters(m: re.Match[str]) -> str:
    name = next(v for k, v in m.groupdict().items() if k.startswith("letter") and v)
    return "pi" if name == r"\pi" else "e"


def prose_named_letters(text: str) -> dict[str, int]:
    """The letters ("e", "pi") the prose of ``text`` names as a quantity of the notes, each with the first line
    (1-based) that does (module docstring)."""
    return dict(_prose_named_letters(text))


@functools.lru_cache(maxsize=4)
def _prose_named_letters(text: str) -> tuple[tuple[str, int], ...]:
    """:func:`prose_named_letters`, read once per text: inlineclaims asks it of the whole notes for each inline
    arithmetic claim, ~1 ms a time over a long note (0.4 s of the corpus, docspeed66)."""
    out: dict[str, int] = {}
    for s in SENTENCE.finditer(text):
        sentence = s.group(0)
        if "$e$" not in sentence.replace(" ", "") and "\\pi" not in sentence:
            continue
        found = list(_NAMING.finditer(sentence)) + list(_ROLE.finditer(sentence))
        if _LET.search(sentence):
            found += list(_LISTED.finditer(sentence))
        for m in found:
            rest = sentence[m.end():]
            said = re.split(r"[,;:]|\band\b", rest, maxsplit=1)[0]  # what this name is said to be
            if _CONSTANT.search(said) or _CONSTANT.search(sentence[m.start():m.end()]):
                continue
            line = text.count("\n", 0, s.start() + m.start()) + 1
            letter = _letters(m)
            out[letter] = min(out.get(letter, line), line)
    return tuple(out.items())


# π set equal to a tuple ("(a, b)" with a comma at the bracket's own depth), a matrix, or transposed
_PI_AS_VECTOR = re.compile(
    r"\\pi(?![A-Za-z])\s*(?:=\s*(?:\\left\s*)?(?P<open>[(\[])|=\s*\\begin\s*\{\s*[pbvB]?matrix|=\s*\\begin\s*\{\s*array"
    r"|\^\s*\{?\s*(?:\\top|T|\\intercal)\b)")


def _tuple_after(text: str, start: int) -> bool:
    """Does the bracket opening at ``start`` hold a comma at its own depth before it closes?"""
    close = bracket_end(text, start)
    inner = text[start + 1 : close] if close > 0 else ""
    return len(split_top_level(inner, lambda t, k: t[k] == ",")) > 1


# π applied to arguments, with or without a subscript: \pi(a \mid s), \pi_\theta(a|s), \pi_{\theta}(\cdot \mid s)
_PI_CALLED = re.compile(r"\\pi(?![A-Za-z])\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)?(?:\\left\s*)?(?P<open>\()")
_BAR = re.compile(r"\\mid(?![A-Za-z])|\\vert(?![A-Za-z])|(?<!\\)\|")


def _conditional_after(text: str, start: int) -> bool:
    """Does the bracket opening at ``start`` hold a conditional bar at its own depth before it closes?"""
    close = bracket_end(text, start)
    inner = text[start + 1 : close] if close > 0 else ""
    return len(split_top_level(inner, lambda t, k: _BAR.match(t, k) is not None)) > 1


def vector_letters(text: str) -> dict[str, int]:
    r"""{"pi": line} where ``text`` first writes π as a vector or as a conditional distribution, ``\pi(a \mid s)``,
    ``\pi_\theta(a|s)`` (module docstring): from that line (1-based) on it is the notes' name."""
    found = []
    for m in _PI_AS_VECTOR.finditer(text):
        if m.group("open") is not None and not _tuple_after(text, m.start("open")):
            continue  # \pi = (a + b)/2: a number in brackets
        found.append(m.start())
        break
    for m in _PI_CALLED.finditer(text):
        if _conditional_after(text, m.start("open")):  # 2\pi(x + 1): the number times a bracket
            found.append(m.start())
            break
    return {"pi": text.count("\n", 0, min(found)) + 1} if found else {}
