r"""``1e-3``: a number in E notation, read as its power of ten.

A learning rate, a tolerance or an ε is typed ``1e-3`` or ``2.5e-4`` in notes as in code, meaning 10⁻³ and
2.5·10⁻⁴. Read as Euler's number (1·e − 3), ``1e-3 = 0.001`` was FAILED and ``\epsilon = 1e-8`` defined ε as
−5.28 (redcat62, red62); the tokenizer reads no such product now (latex.numberwriting: ``e - 3`` with spaces is
Euler's), so the power of ten is the reading, said with the step.

This module owns the rewrite :func:`e_notation`: each number written as digits (with a decimal part or not), ``e``
or ``E`` and a signed or unsigned integer, with no letter, digit, script or bracket against either end, becomes
``\left(m \cdot 10^{k}\right)`` with an integer m (``1.4e-05`` → ``14 \cdot 10^{-6}``, so that the rounding
readings see the precision of the power of ten, not the mantissa's one decimal). ``2e^{x}``, ``e - 1``,
``x_1e-3`` and ``1e-3x`` are left alone. The document's one parse (documents.notationparse: a member, a
definition's body, every path alike; gaps63 — a body once read without it defined nothing) and ``verify check`` (a
claim's members) read through it; documents.workedrounding judges the written precision of the rewritten text.

A value given to a name is read as its decimal (:func:`decimal`, :func:`scientific`), written in E notation or with
its power of ten (``10^{-3}``, ``2 \times 10^{-4}``: :func:`power_of_ten`), as ``0.001`` is (documents.stated).

A calculus note writes Euler's e against its digits as well (``f(1) = 2e-1`` for 2e − 1): a step that fails with
the power of ten is checked again under :func:`euler_reading` (``2e-1`` → ``2e - 1``, the product the tokenizer
reads with spaces), by documents.meanings and ``verify check``; green only where it holds, said with the step
(:data:`EULER_NOTE`), so a FAILED fails under both (review62).
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["EULER_NOTE", "NOTE", "decimal", "e_notation", "euler_reading", "power_of_ten", "scientific"]

NOTE = "a number like 1e-3 in E notation (10^{-3})"
EULER_NOTE = "a number like 2e-1 as 2e - 1 with Euler's number e (not E notation)"

#: digits against their e or E and an integer exponent, nothing of a name, a script or a number before them
_CORE = r"(?<![\w.\\^_}])(?P<m>\d+(?:\.\d+)?)[eE](?P<k>[-+]?\d+)"
#: … and nothing that would make it part of a name, a script or a product after it
_NUMBER = re.compile(_CORE + r"(?![\w.^_{(\[])")
#: the same written against a letter or a command after it: ``2e-3x`` (2·10⁻³·x, or Euler's 2e − 3x)
_BEFORE_LETTER = re.compile(_CORE + r"(?![\d_.^_{(\[])")


def e_notation(latex: str, before_letter: bool = False) -> str | None:
    r"""``latex`` with each number in E notation as its power of ten: ``1e-3`` → ``\left(1 \cdot 10^{-3}\right)``.
    None where it writes none. ``before_letter``: also one written against a letter after it (``2e-3x``, which
    ``verify check`` tries where the claim fails as 2e − 3x)."""
    out = (_BEFORE_LETTER if before_letter else _NUMBER).sub(_power_of_ten, latex)
    return out if out != latex else None


def decimal(text: str) -> str | None:
    """``text`` written as one number in E notation (``1e-3``, ``-2.5E2``: how code prints a rate), as its decimal
    (``0.001``, ``-250``): the value a member reads (documents.stated); None for anything else."""
    number = text.strip()
    unsigned = number[1:] if number[:1] in ("+", "-") else number
    return format(Decimal(number), "f") if _NUMBER.fullmatch(unsigned) else None


#: ``10^{-3}``, ``2.5 \times 10^{-4}``, ``3 \cdot 10^3`` (braces dropped): one number written with its power of ten
_TIMES_TEN = re.compile(r"(?P<s>[-+]?)\s*(?:(?P<m>\d+(?:\.\d+)?)\s*\\(?:times|cdot)\s*)?10\s*\^\s*(?P<k>[-+]?\d+)")


def power_of_ten(text: str) -> str | None:
    r"""``text`` (its braces dropped) written as one number with a power of ten (``10^-3``, ``2 \times 10^-4``), as
    its decimal (``0.001``, ``0.0002``): the value a name is given as E notation's ``1e-3`` gives it (documents.stated,
    gaps63); None for anything else (``10^{-k}``, ``x \cdot 10^2``)."""
    m = _TIMES_TEN.fullmatch(text.strip())
    if m is None or len(m["k"].lstrip("+-")) > 3:
        return None
    value = Decimal(m["m"] or "1").scaleb(int(m["k"]))
    return format(-value if m["s"] == "-" else value, "f")


def scientific(text: str) -> str | None:
    r"""``text`` written as one number in E notation (``1e-3``) or with its power of ten (``10^{-3}``, ``2 \times
    10^{-4}``), as its decimal; None for anything else: a number so written is data, no computation
    (documents.exactdata)."""
    return decimal(text) or power_of_ten(text.replace("{", "").replace("}", ""))


def _power_of_ten(m: re.Match[str]) -> str:
    r"""``1.4e-05`` → ``\left(14 \cdot 10^{-6}\right)``: the mantissa's digits as an integer, so no decimal is left
    for the rounding readings to take as the precision written (1.4 read as "1 decimal" made 0.00014 and 1.4e-5
    equal to that precision: a false PASSED)."""
    whole, _, fraction = m["m"].partition(".")
    digits = (whole + fraction).lstrip("0") or "0"
    return rf"\left({digits} \cdot 10^{{{int(m['k']) - len(fraction)}}}\right)"


#: E notation with a signed exponent: the only form that also reads as digits times e, plus or minus a number
_SIGNED = re.compile(r"(?<![\w.\\^_}])(?P<m>\d+(?:\.\d+)?)(?P<e>e)(?P<sign>[-+])(?P<k>\d+)(?![\w.^_{(\[])")


def euler_reading(latex: str) -> str | None:
    r"""``latex`` with each number written ``2e-1`` (a lower-case e and a signed exponent) as ``2e - 1``: Euler's
    number times the digits, minus the exponent, as the tokenizer reads it with spaces. None where it writes none."""
    out = _SIGNED.sub(lambda m: f"{m['m']}e {m['sign']} {m['k']}", latex)
    return out if out != latex else None
