r"""A prime the notes say is the transpose: ``x'Ax``, ``(A + A')x``, ``(\hat y - y)'(\hat y - y)``.

Econometrics and statistics notes write the transpose of a vector or matrix with a prime and say so
once ("$x'$ denotes the transpose of $x$", "the prime denotes transposition", "we write $A'$ for the
transpose of $A$"). Read as written, a prime is a derivative by the chain's variable, or a name of its
own (:mod:`verifier.documents.primenames`): ``\partial(x'Ax)/\partial x = (A + A')x`` was SKIPPED with
"Aprime, xprime appear(s) on one side only", and the backprop steps of such notes were never checked.

This module owns that reading: :func:`says_prime_transpose` finds the sentence (a prime, or a primed
name in math, said to denote/be/stand for the transpose; or transposes said to be written with a
prime; not negated), and :func:`as_transposes` rewrites, in a member's text, each single prime after a
name, a subscript, a brace or a bracket as ``^\top`` — except the prime of a function before its
argument list (a command or f, g: ``\sigma'(z)``, ``f'\left(x\right)``, the derivative such notes
still write; ``X'(y - X\beta)`` is a transpose) and a double prime. Notes that do not say it keep every
other reading of primes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

__all__ = ["as_transposes", "says_prime_transpose"]

_VERB = r"(?:denotes?|means?|is|are|stands?\s+for|indicates?|represents?|for)"
_SAID = re.compile(
    r"(?:\bprimes?\b|\$\s*'\s*\$|\$[^$]{1,40}?'\s*\$)\s*(?:\([^)]*\)\s*)?(?:symbol\s+)?" + _VERB
    + r"\s+(?:the\s+|a\s+|its\s+)?transpos"
    + r"|\btranspos\w*\s+(?:is\s+|are\s+)?(?:written|denoted|indicated)\s+(?:by|with|as)\s+(?:a\s+)?"
    r"(?:\bprimes?\b|\$\s*'\s*\$)"
    + r"|\bwrite\s+\$[^$]{1,40}?'\s*\$\s+for\s+(?:the\s+)?transpos",
    re.IGNORECASE,
)  # fmt: skip
_NEGATED = re.compile(r"\b(?:not|never|n't)\b", re.IGNORECASE)
#: the convention named to be set aside: "Unlike econometrics texts, where …", "Some authors write …" (review23b)
_CONTRASTED = re.compile(r"\b(?:unlike|whereas|instead|rather\s+than|(?:other|some|many)\s+"
                         r"(?:texts|books|authors|notes|courses|sources))\b", re.IGNORECASE)  # fmt: skip
#: … or the prime said to be a derivative, in that sentence or the next ("Here $x'$ is the derivative of $x$")
_DERIVATIVE = re.compile(r"(?:\bprimes?\b|\$[^$]{0,40}'\s*\$)\s*(?:is|are|denotes?|means?|stands?\s+for|for)\s+"
                         r"(?:a\s+|the\s+)?deriv", re.IGNORECASE)  # fmt: skip
#: a single prime after a name, a digit of a subscript, a closing brace or bracket
_PRIME = re.compile(r"(?<=[A-Za-z0-9})\]])(?<!')'(?!')")
#: the derivative of a function before its argument list: \sigma'(z), \tanh'(x), f'(x), g'\left(u\right)
_CALLED = re.compile(r"(?:\\[A-Za-z]+|(?<![A-Za-z\\])[fg])'(?=\s*(?:\\left\s*)?\()")


@functools.lru_cache(maxsize=64)
def says_prime_transpose(text: str) -> bool:
    r"""Does ``text`` (the notes) say that a prime denotes the transpose (in a sentence not negated)?"""
    for m in _SAID.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        end = text.find(".", m.end())
        sentence = text[start : len(text) if end < 0 else end]
        following = text[start : len(text) if end < 0 else max(text.find(".", end + 1), end)]
        set_aside = _CONTRASTED.search(sentence) or _DERIVATIVE.search(following)
        if not (_NEGATED.search(text[start : m.end()]) or set_aside):
            return True
    return False


def as_transposes(src: str, functions: Collection[str] = ()) -> str:
    r"""``src`` with each single prime after an operand (not before an argument list) as ``^\top``.
    ``functions``: the one-letter functions the notes define (``h'(a)`` for ``h(a) = a^3`` is h's
    derivative, review23b)."""
    if "'" not in src:
        return src
    kept = {m.end() - 1 for m in _CALLED.finditer(src)}
    letters = "".join(sorted(f for f in functions if len(f) == 1 and f.isalpha()))
    if letters:
        kept |= {m.end() - 1 for m in re.finditer(rf"(?<![A-Za-z\\])[{letters}]'(?=\s*(?:\\left\s*)?\()", src)}
    return _PRIME.sub(lambda m: m.group(0) if m.start() in kept else r"^\top ", src)
