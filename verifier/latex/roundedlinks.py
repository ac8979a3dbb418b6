r"""A display that only rounds: ``\frac{20.086}{30.193} \approx 0.665`` is a worked value, not a statement.

The chain reader keeps only equations with an ``=`` (or ``:=``) as derivations; one whose links are all
other relations (``x \le y``, ``x \in R``) is a statement or a side condition. A worked value written with
``\approx`` alone — ``e^{-10} \approx 4.54 \times 10^{-5}``, the three probabilities of a softmax side by
side after ``\qquad`` — was dropped that way, so a wrong rounding there left the notes green. An equation of
one ``\approx`` whose right side is one rounded number (a decimal, or a mantissa times a power of ten) is
kept as a link; :mod:`verifier.documents.roundedapprox` then checks it to the digits written. So is a chain
of several ``\approx`` and nothing else that ends in a rounded number (``0.693 \cdot \frac{6.6}{4.425}
\approx 0.693 \cdot 1.4915 \approx 1.034``: dropped, a wrong last number left the notes green, fresh28), and
an ``align`` row led by ``\approx`` (``&\approx -0.294 + 0.805``): a link of the chain above it.

An equation whose links are all ``\approx`` (``0.449 \approx 0.45 \approx 0.5``, ``e^{x} \approx 1 + x``) is a
chain too (sound39, issue 8 section 2: every relation found is a checked step or a SKIPPED one with its
reason): a link to a rounded number is checked to its digits, a link to a formula is SKIPPED "not an
equality". Before, only one ``\approx`` to a number was kept and the rest dropped unseen.

A bound whose worked value is rounded, ``k \ge \frac{27.631}{0.0046667} \approx 5921`` (order relations, then
``\approx`` to a number, whole or decimal), is a chain too (fresh31): dropped as a statement, a wrong number after
its ``\approx`` had no step. Its order links stay SKIPPED "not an equality".
"""

from __future__ import annotations

import re

from verifier.latex.units import without_units

__all__ = ["APPROX_RELATIONS", "ROUNDED_NUMBER", "approx_only", "approx_row", "bound_then_rounds", "rounds_to_number"]

# a decimal comma (latex.numberwriting): after a lone 0, or before other than three digits (1{,}500 is 1500)
_COMMA = r"(?:0\{,\}\d+|\d+\{,\}(?:\d{1,2}|\d{4,})(?!\d))"
#: one rounded number alone: a decimal, or a mantissa (decimal or whole) times a power of ten
ROUNDED_NUMBER = re.compile(
    r"[-+]?\s*(?:\d+(?:\{,\}\d{3})*\.\d+(?:\s*\\%)?|\d+\s*\\%|\d+\.\d+|(?:" + _COMMA + r"|\d+(?:\.\d+)?)"
    r"\s*(?:\\times|\\cdot)"
    r"\s*10\s*\^\s*(?:\{\s*[-+]?\s*\d+\s*\}|[-+]?\d)|" + _COMMA + r"(?:\s*\\%)?)"
)  # 0.731, 15.4\%, 14\%, 3.2 \times 10^{-4}, a decimal comma 0{,}731, 4{,}54 \times 10^{-5} (review35a)
#: the relations of an approximation, as the chain splitter names them
APPROX_RELATIONS = frozenset({"\\approx", "≈", "\\thickapprox", "\\approxeq"})
_APPROX = re.compile(r"\\(?:approx|thickapprox|approxeq)(?![A-Za-z])|≈")
# another relation or separator in the equation: not one rounding
_OTHER = re.compile(r"(?<!\\)=|<|>|\\(?:le|ge|leq|geq|ll|gg|sim|simeq|to|in|ne|neq|propto|equiv)(?![A-Za-z])")
# an order relation (a bound): k \ge …, n > …
_ORDER = re.compile(r"<|>|\\(?:le|ge|leq|geq|leqslant|geqslant|lt|gt)(?![A-Za-z])")
# a whole number (the rounded value of a bound: k \ge … \approx 5921), digits grouped or not
_WHOLE = re.compile(r"[-+]?\s*\d{1,3}(?:(?:\{,\}|\\,|,)\d{3})+|[-+]?\s*\d+")


def rounds_to_number(text: str) -> bool:
    r"""Is ``text`` (one equation of a row) ``<formula> \approx … \approx <rounded number>`` and nothing else
    (one ``\approx`` or more, every member but the last a formula with no other relation)?"""
    parts = _APPROX.split(text)
    if len(parts) < 2:
        return False
    # a unit after the number is its label: 0.5 \text{ nats} \approx 0.72 \text{ bits} (documents.unitconversion)
    lefts, right = [p.strip() for p in parts[:-1]], without_units(parts[-1]).strip().rstrip(".,;").strip()
    return all(lefts) and not any(_OTHER.search(p) for p in lefts) and ROUNDED_NUMBER.fullmatch(right) is not None


def approx_only(relations: list[str | None]) -> bool:
    r"""Are ``relations`` (the top-level links of one equation, None a separator) one ``\approx`` or more and
    nothing else? Such an equation is a chain of roundings or approximations (module docstring)."""
    return bool(relations) and all(r in APPROX_RELATIONS for r in relations)


def approx_row(text: str) -> bool:
    r"""Is ``text`` (one equation of a row) ``\approx <formula>`` alone, an ``align`` row that rounds the member
    above it (``&\approx -0.294 + 0.805``)? It continues the chain with that relation; read as a statement it
    became one unreadable member."""
    parts = _APPROX.split(text)
    return len(parts) == 2 and not parts[0].strip() and bool(parts[1].strip()) and not _OTHER.search(parts[1])


def bound_then_rounds(text: str) -> bool:
    r"""Is ``text`` (one equation of a row) a bound whose worked value is rounded, ``k \ge
    \frac{27.631}{0.0046667} \approx 5921``: order relations only before its first ``\approx``, then
    ``\approx`` links only, to a number (decimal or whole) at the end?"""
    parts = _APPROX.split(text)
    if len(parts) < 2 or _ORDER.search(parts[0]) is None:
        return False
    if _OTHER.search(_ORDER.sub(" ", parts[0])) or any(_OTHER.search(p) for p in parts[1:]):
        return False  # another relation: x \in S, a = b (an = makes it a chain already)
    lefts = [p.strip() for p in _ORDER.split(parts[0])] + [p.strip() for p in parts[1:-1]]
    right = without_units(parts[-1]).strip().rstrip(".,;").strip()
    return all(lefts) and (ROUNDED_NUMBER.fullmatch(right) is not None or _WHOLE.fullmatch(right) is not None)
