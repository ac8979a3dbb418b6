r"""Units written with a worked number: ``0.511 \text{ nats}``, ``3\,\mathrm{bits}``, ``\$5``, ``2 \text{ FLOPs}``.

Worked examples in information theory and in applied notes write the unit after the number: ``-\ln 0.6 =
0.511 \text{ nats}``, ``H = 1 \text{ bit}``, ``\$4 \times 1.25 = \$5``. The unit was read as a name multiplying
the number (``0.511 \cdot nats``), so the link was an equation between undeclared quantities (SKIPPED), a right
value and a wrong one alike; ``\$`` was an unsupported command. A unit says what the number measures, not a
factor of it: :func:`unit_end` skips a unit word (of a short list: information, currency, compute, time) in ``\text``,
``\mathrm`` or ``\textrm`` right after a number, with the spacing before it, and :func:`currency_end` a
``\$`` right before a digit. Which units a formula writes is :func:`units_in` (documents.unitsteps keeps a
step whose sides are in different units unchecked: ``0.511 \text{ nats} = 0.737 \text{ bits}`` holds).
"""

from __future__ import annotations

import re

__all__ = ["UNITS", "currency_end", "unit_end", "units_in", "units_written", "without_units"]

#: unit words read after a number, by the family whose numbers compare with one another
UNITS = {"nat": "nat", "nats": "nat", "bit": "bit", "bits": "bit", "byte": "byte", "bytes": "byte",
         "shannon": "bit", "shannons": "bit", "hartley": "hartley", "hartleys": "hartley", "ban": "hartley",
         "bans": "hartley", "dollar": "$", "dollars": "$", "USD": "$", "EUR": "€", "euro": "€", "euros": "€",
         # the byte's decimal and binary multiples (1 kB = 1000 bytes, 1 KiB = 1024: documents.unitconversion)
         "kB": "kB", "kilobyte": "kB", "kilobytes": "kB", "KiB": "KiB", "kibibyte": "KiB", "kibibytes": "KiB",
         "MB": "MB", "megabyte": "MB", "megabytes": "MB", "MiB": "MiB", "mebibyte": "MiB", "mebibytes": "MiB",
         "GB": "GB", "gigabyte": "GB", "gigabytes": "GB", "GiB": "GiB", "gibibyte": "GiB", "gibibytes": "GiB",
         # KB (1000 or 1024 bytes, as the writer means), TB and TiB: each a family of its own, never converted
         "KB": "KB", "TB": "TB", "TiB": "TiB",
         # training compute, signal-to-noise and time (fresh30: ``1.2 \times 10^{20} \text{ FLOPs}``); FLOPS
         # (per second) and the one-letter h are left out: a rate, and a name as often as an hour
         "FLOP": "FLOP", "FLOPs": "FLOP", "flops": "FLOP", "dB": "dB", "decibels": "dB",
         "s": "s", "sec": "s", "second": "s", "seconds": "s", "minutes": "minute", "hour": "hour", "hours": "hour",
         "day": "day", "days": "day"}
# a rate: a unit word and what it is counted per (``bits per character``, ``nats per token``)
_PER = r"(?:\s+per\s+([A-Za-z]+))?"
_WORDS = "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
# spacing (\, \; \: \  ~ \quad) then \text{ nats }, \mathrm{bits}, \textrm{bit}, \text{nats}
_UNIT = re.compile(r"(?:\s|\\[,;:! ]|~|\\quad\b|\\qquad\b)*\\(?:text|mathrm|textrm|mbox)\s*\{\s*(" + _WORDS
                   + r")" + _PER + r"\s*\}")
_CURRENCY = re.compile(r"\\\$\s*(?=\d)")
_ANY_UNIT = re.compile(r"\d\s*\}?" + _UNIT.pattern)  # after 10^{20} too (latex.tokenizer)


def unit_end(s: str, end: int, stop: int) -> int:
    """The index after a unit written right after the number ending at ``end`` (read up to ``stop``), or ``end``."""
    m = _UNIT.match(s, end, stop)
    return m.end() if m else end


def currency_end(s: str, start: int, stop: int) -> int:
    """The index after ``\\$`` at ``start`` when a digit follows it (read up to ``stop``), or ``start``."""
    m = _CURRENCY.match(s, start, stop)
    return m.end() if m else start


def units_in(latex: str) -> frozenset[str]:
    """The unit families ``latex`` writes after its numbers (``$`` for a ``\\$`` before one)."""
    out = {UNITS[m.group(1)] + (f"/{m.group(2)}" if m.group(2) else "") for m in _ANY_UNIT.finditer(latex)}
    if _CURRENCY.search(latex):
        out.add("$")
    return frozenset(out)


def units_written(latex: str) -> list[tuple[int, int]]:
    """Where ``latex`` writes a unit after a number or a ``\\$`` before one: the spans, in order."""
    found = [(m.start(), m.end()) for m in _ANY_UNIT.finditer(latex)]
    found += [(m.start(), m.end()) for m in _CURRENCY.finditer(latex)]
    return sorted(found)


def without_units(latex: str) -> str:
    """``latex`` with the unit words after its numbers taken out (``0.72 \\text{ bits}`` is ``0.72``)."""
    return _UNIT.sub("", latex)
