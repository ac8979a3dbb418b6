r"""How far apart two formulas of rounded numbers may be: the rounding of the later one, carried through.

A worked chain rounds as it goes and writes the rounded value into the next formula:
``(0.3 \cdot 0.7 + 0.04 \cdot 0.4) \cdot 0.4 = 0.226 \cdot 0.4``. :mod:`verifier.documents.guesses` took
the precision of such a link to be the fewest decimals any number of the later member writes, here the
one of the input ``0.4``, so the two sides had only to agree to one decimal: ``0.2 \cdot 0.4 = 0.3 \cdot
0.4`` and the planted ``(0.3 \cdot 0.7 + 0.04 \cdot 0.3) \cdot 0.4 = 0.226 \cdot 0.4`` (0.0888 against
0.0904) were PASSED, false passes (fresh23's HMM probe).

This module owns the bound instead: a number the later member writes that the earlier one writes too
(``0.4``) is an input both share, exact; each other decimal number ``x`` written to ``d`` places is off by
at most half a unit of its last digit, a relative error ``0.5 \cdot 10^{-d} / |x|``, and the relative errors
of the terms add up (to first order, for the products and quotients worked numbers are made of), so the
two values may differ by the later value times their sum. A number in scientific notation or a percentage
leaves the bound to the caller (None).
"""

from __future__ import annotations

import re

__all__ = ["propagated_slack"]

_DECIMAL = re.compile(r"(?<![\d.])(\d*)(\.|\{,\})(\d+)(?![\d.])")  # 0.731, a decimal comma 0{,}731
_SCIENTIFIC = re.compile(r"\\times\s*10|\\%|e[-+]?\d")


def _numbers(text: str) -> list[tuple[str, float, int]]:
    """The decimal numbers of ``text`` as written, their values and decimals; ``9{,}900`` is a thousands
    group (:mod:`verifier.latex.numberwriting`'s rule), no decimal."""
    out = []
    for m in _DECIMAL.finditer(text):
        whole, point, frac = m.groups()
        if point == "{,}" and whole not in ("", "0") and len(frac) == 3:
            continue
        out.append((m.group(0), float(f"{whole or 0}.{frac}"), len(frac)))
    return out


def propagated_slack(earlier: str, later: str, value: float) -> float | None:
    """The largest difference the rounding of ``later``'s own numbers explains at its ``value`` (see the
    module docstring); None where a number is written in a form this does not read."""
    if _SCIENTIFIC.search(later) or _SCIENTIFIC.search(earlier):
        return None
    shared = {n for n, _, _ in _numbers(earlier)}
    relative = sum(0.5 * 10.0**-d / abs(x) for n, x, d in _numbers(later) if n not in shared and x != 0)
    return abs(value) * relative
