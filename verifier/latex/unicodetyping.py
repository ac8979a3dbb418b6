r"""Unicode math typed without LaTeX that the tokenizer's tables do not cover: ″, ½, ŷ, x̂.

Notes typed in Unicode write ``H″(p)`` (a double prime, U+2033), ``−½ log ½`` (vulgar fractions), ``ŷ``
and ``ŵ`` (letters with a hat, precomposed) or ``x̂``, ``x̄``, ``θ̂`` (a letter and a combining accent).
This module owns reading them as the LaTeX they stand for, one character at a time, for
:meth:`verifier.latex.tokenizer.Tokenizer.lex_one`:

* ″ and ‴ are two and three primes (′ is one, :data:`verifier.latex.vocabulary.SINGLE_CHARS`);
* a vulgar fraction is the fraction in brackets, ``½`` → ``(1/2)``; written right after a digit (``2½``)
  it is a mixed number, 5/2, or a product 2·½ to a reader who does not know: refused, never guessed;
* a letter with an accent (precomposed ``ŷ``, or a combining mark after the letter or Greek letter it
  decorates) is the accent over that letter, ``\hat{y}``; a combining mark over nothing is refused.
"""

from __future__ import annotations

import unicodedata
from fractions import Fraction
from typing import Any

from verifier.latex.vocabulary import (
    ACCENTS,
    DIV,
    GREEKT,
    IDENT,
    LETTER,
    LPAREN,
    NUMBER,
    PRIME,
    RPAREN,
    UNICODE_COMMANDS,
)

__all__ = ["is_typed", "typed"]

_PRIMES = {"″": 2, "‴": 3}
# the combining marks notes put over a letter, by the accent command they stand for
_MARKS = {"\u0302": "hat", "\u0304": "bar", "\u0305": "bar", "\u0303": "tilde", "\u0307": "dot",
          "\u0308": "ddot", "\u030c": "check", "\u0306": "breve"}  # fmt: skip


def _vulgar(c: str) -> Fraction | None:
    """The value of a vulgar fraction character (½, ⅔, ⅛ …), else None."""
    if unicodedata.category(c) != "No" or "FRACTION" not in unicodedata.name(c, ""):
        return None
    value = Fraction(unicodedata.numeric(c)).limit_denominator(100)
    return value if 0 < value < 1 else None


def _accented(c: str) -> tuple[str, str] | None:
    """(base letter's token value, accent) of a precomposed letter with an accent (ŷ → ("y", "hat"))."""
    parts = unicodedata.normalize("NFD", c)
    if len(parts) != 2 or parts[1] not in _MARKS:
        return None
    base = parts[0]
    if base.isascii() and base.isalpha():
        return base, _MARKS[parts[1]]
    if UNICODE_COMMANDS.get(base, "").isalpha() and base.isalpha():  # a Greek letter
        return UNICODE_COMMANDS[base], _MARKS[parts[1]]
    return None


def is_typed(c: str) -> bool:
    """Whether ``c`` is one of the characters this module reads (a double prime, a vulgar fraction, a letter
    with an accent or the accent itself)."""
    return c in _PRIMES or c in _MARKS or _vulgar(c) is not None or _accented(c) is not None


def typed(lexer: Any, c: str, i: int) -> int | None:
    """The index after the character ``c`` at ``i`` when it is one of this module's, its tokens emitted
    by ``lexer`` (the tokenizer: ``emit``, ``fail``, ``out``, ``s``); None when it is none of them."""
    if c in _PRIMES:
        for _ in range(_PRIMES[c]):
            lexer.emit(PRIME, "'", i)
        return i + 1
    if (value := _vulgar(c)) is not None:
        if i > 0 and lexer.s[i - 1].isdigit():
            lexer.fail(f"{lexer.s[i - 1]}{c} may be a mixed number or a product: write the fraction out", i)
        for kind, text in ((LPAREN, "("), (NUMBER, str(value.numerator)), (DIV, "/"),
                           (NUMBER, str(value.denominator)), (RPAREN, ")")):  # fmt: skip
            lexer.emit(kind, text, i)
        return i + 1
    if (found := _accented(c)) is not None:
        lexer.emit(IDENT, found[0] + ACCENTS[found[1]], i)
        return i + 1
    if c in _MARKS:
        last = lexer.out[-1] if lexer.out else None
        if last is None or last.type not in (LETTER, GREEKT) or last.pos != i - 1:
            lexer.fail(f"the accent {unicodedata.name(c).lower()} is over no letter", i)
        lexer.out[-1] = type(last)(IDENT, last.value + ACCENTS[_MARKS[c]], last.pos)
        return i + 1
    return None
