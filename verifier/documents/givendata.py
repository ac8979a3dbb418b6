r"""The decimals the notes give as data: exact inputs of a worked number, no roundings.

"Take $\beta_1 = 0.9$, $\beta_2 = 0.999$" states two hyper-parameters; a worked number that writes them again
(``\frac{0.00004996}{1 - 0.999^2} \approx 0.0025``) copies given data, not a rounding of some longer value. Read as a
rounding (half a unit of its last digit either way), the 0.999 of ``1 - 0.999^2`` moved the result by 0.025, and a
result off by a factor of ten was SKIPPED "their rounding … moves it by up to 0.025" (documents.carriedinputs;
fresh79's Adam note). This module owns which decimals are data (worked72): a value the prose states with ``=``
before the step that documents.exactdata's rule (:func:`verifier.documents.exactdata.stated_as_data`) calls data —
not in a display, not the last member of a computation, not computed for its name in its section, no rounding of an
earlier or later longer decimal, no ``\approx`` or "about" — and its complement ``1 - d`` for a ``d`` in (0, 1)
(Adam's ``(1 - \beta_1) g_t`` worked as ``0.1 \cdot 0.2``: documents.shownroundings.complements).
"""

from __future__ import annotations

import re
from fractions import Fraction

from verifier.documents.exactdata import stated_as_data
from verifier.documents.stated import stated_values

__all__ = ["given_decimals"]

_DECIMAL = re.compile(r"[-+]?\d*\.\d+")


def given_decimals(doc: object, line: int) -> frozenset[Fraction]:
    """The values of the decimals the read document ``doc`` gives as data on lines before ``line`` (1-based), and
    their complements (module docstring)."""
    text = str(getattr(doc, "text", ""))
    stated = getattr(doc, "_equal_values", None)
    if stated is None:
        stated = stated_values(text)
    shown = getattr(doc, "display_lines", ())
    source = str(getattr(doc, "source_text", ""))
    out: set[Fraction] = set()
    for name, number, at in stated:
        number = number.strip()
        if at >= line or not _DECIMAL.fullmatch(number):
            continue
        if not stated_as_data(text, at, shown, name, source):
            continue
        value = Fraction(number)
        out.add(value)
        if 0 < value < 1:
            out.add(1 - value)
    return frozenset(out)
