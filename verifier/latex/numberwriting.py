r"""Numbers as notes typeset them: ``10{,}000`` is ten thousand, ``15.4\%`` is 0.154.

A thousands separator is written ``{,}`` in LaTeX (the braces keep the comma from spacing as punctuation);
the grammar read the comma as a tuple's and refused the formula, so every worked count (``0.05 \cdot
9{,}900 = 495``) was SKIPPED. A percent sign after a number, ``\%``, was an unsupported command, so a rate
(``\frac{40 + 30}{100} = 70\%``) could not be read and one off by a factor 100 (``= 0.7\%``) not told from
it. Only a ``{,}`` between a digit and exactly three digits joins (``(1, 000)`` is a tuple: no braces), and
only a ``\%`` right after a number divides it by 100.

SI-style notes set the groups apart with a thin space instead, ``1\,281\,167`` (what ``siunitx`` prints): it
joins as ``{,}`` does where the number before it is a whole number of one to three digits (fresh35: the reader
took ``1\,281\,167`` for ``1 \cdot 281 \cdot 167``); a thin space before a letter (``2\,x``), after four digits or
a decimal, or before other than exactly three digits, is still a space.

A ``{,}`` is also how LaTeX notes in a decimal-comma language write a decimal (``\sigma(0) = 0{,}5``): a comma
after a lone 0, or followed by other than three digits, can be no thousands separator, and is read as the
decimal point (``0{,}500`` had been 500, so a correct worked value FAILED).

Before exactly three digits after a whole number other than 0 (``1{,}750``) the comma is either; the notes say
which: :func:`decimal_comma_groups` writes it as a point in notes that write a comma that can only be decimal
(``0{,}5``, ``2{,}25``) and no number with two groups (``1{,}000{,}000``) or a point after a group
(``1{,}250.5``). A German note's ``1{,}250 + 0{,}5 = 1{,}750`` and ``e^{1{,}2} \approx 3{,}320`` had been
read with 1250, 1750 and 3320, and FAILED (redmid60); an English note's ``10{,}000`` keeps its thousands.

A repeating decimal is typeset with an overline over the digits that repeat, ``0.\overline{3}`` or
``0.5\overline{3}`` (fresh40: the worked value ``0.16 - 0.5\overline{3}`` was unread, "\overline over something
that is not a letter"): it is the exact rational (8/15 there), never a rounding.

A number written against an ``e`` and an exponent, ``1e-8``, ``7e-05``, ``2.5e3`` (typed ``1e−8``), is how code
prints a hyper-parameter (``$\gamma_0 = 7e-05$`` in a corpus homework) and, as often in a calculus note, 1·e − 8
with Euler's e: :func:`scientific_end` finds it so that the tokenizer refuses it, saying what to write (red62:
``\epsilon = 1e-8`` had defined ε as e − 8 = −5.28, and a right worked step with it was FAILED).
"""

from __future__ import annotations

import re

__all__ = ["decimal_comma_groups", "decimal_points", "repeating_decimal", "scientific_end", "typeset_number"]

_GROUP = re.compile(r"\{,\}(\d{3})(?!\d)")
_THIN_GROUP = re.compile(r"\\,(\d{3})(?![\d{])")  # 1\,281\,167 (never mixed with {,})
_DECIMAL_COMMA = re.compile(r"\{,\}(\d+)")
_COMMA_NUMBER = re.compile(r"(?<![\d.}])(\d+)\{,\}(\d+)(?!\d)")
_COMMA_GROUP = re.compile(r"(?<![\d.}])(\d+)\{,\}(\d{3})(?![\d{.])")  # 1{,}750: a group, or a decimal comma
_THOUSANDS = re.compile(r"\d\{,\}\d{3}(?:\{,\}\d|\.\d)")  # 1{,}000{,}000, 1{,}250.5: commas that group
_FRACTION = re.compile(r"\.\d+")
_PERCENT = re.compile(r"\s*\\%")
_REPEATING = re.compile(r"(\.)?\\overline\s*\{\s*(\d{1,12})\s*\}")  # 0.\overline{3}, 0.5\overline{3}
#: the e-08 of 1e-08 (5E-4, 1e{-8}: as documents.inlineclaims), against its digits; not 2ex, 2e3x
_EXPONENT = re.compile(r"[eE](?:\{\s*([-+\u2212]?\d+)\s*\}|([-+\u2212]?\d+))(?![\w.])")


def typeset_number(s: str, start: int, end: int, stop: int) -> tuple[str, int, bool]:
    """The number whose digits ``s[start:end]`` begin, with its ``{,}`` groups joined (and decimals after
    them), the index after it, and whether a ``\\%`` follows it (read up to ``stop``)."""
    value = s[start:end]
    comma = _DECIMAL_COMMA.match(s, end, stop) if "." not in value else None
    if comma is not None and (int(value) == 0 or len(comma.group(1)) != 3):
        value, end = value + "." + comma.group(1), comma.end()
    elif "." not in value:
        group = _THIN_GROUP if len(value) <= 3 and _THIN_GROUP.match(s, end, stop) else _GROUP
        while (m := group.match(s, end, stop)) is not None:
            value += m.group(1)
            end = m.end()
        if value != s[start:end] and (m := _FRACTION.match(s, end, stop)) is not None:
            value += m.group()
            end = m.end()
    percent = _PERCENT.match(s, end, stop)
    return value, (percent.end() if percent else end), percent is not None


def repeating_decimal(s: str, value: str, end: int, stop: int) -> tuple[int, int, int] | None:
    """The numerator and denominator of the repeating decimal whose written digits ``value`` end at ``end``
    when an overline over digits follows (``0.5\\overline{3}``: 8, 15), and the index after it; else None.
    The point may come right before the overline (``0.\\overline{3}``) where ``value`` has none."""
    m = _REPEATING.match(s, end, stop)
    if m is None or (m.group(1) is not None) == ("." in value) or "," in value:
        return None
    whole, _, fixed = value.partition(".")
    head = int(whole + fixed)
    repeat = m.group(2)
    num = int(whole + fixed + repeat) - head
    den = 10 ** len(fixed) * (10 ** len(repeat) - 1)
    return num, den, m.end()


def decimal_points(text: str) -> str:
    """``text`` with each decimal comma (``0{,}731``: after a lone 0, or before other than three digits, as
    :func:`typeset_number` reads it) written as a point, for readers of written digits (documents.propagated)."""

    def point(m: re.Match[str]) -> str:
        whole, frac = m.groups()
        return f"{whole}.{frac}" if int(whole) == 0 or len(frac) != 3 else m.group(0)

    return _COMMA_NUMBER.sub(point, text)


def decimal_comma_groups(text: str) -> str:
    """``text`` with each comma before exactly three digits (``1{,}750``) written as a point where the notes
    write their decimals with a comma: one comma that only a decimal can be (after a lone 0, or before other
    than three digits, :func:`decimal_points`), and none that groups thousands (two groups, or a point after
    a group). Elsewhere ``text`` as it is: ``10{,}000`` beside ``0.03`` is ten thousand (module docstring)."""
    if _THOUSANDS.search(text) or decimal_points(text) == text:
        return text
    return _COMMA_GROUP.sub(r"\1.\2", text)


def scientific_end(s: str, end: int, stop: int) -> tuple[int, str] | None:
    """The index after the exponent of scientific notation right after a number's digits (``1e-8``: the
    ``e-8`` at ``end``) and the exponent (``-8``), or None where none is written against them (``2e - 1``
    with spaces is Euler's e)."""
    m = _EXPONENT.match(s, end, stop)
    return (m.end(), (m.group(1) or m.group(2)).replace("\u2212", "-")) if m else None
