r"""Two entries of one family the notes give different values: their index letters differ (a case they state).

"Let real data be $\mathcal{N}(\mu_r, 1)$, fakes $\mathcal{N}(\mu_g, 1)$ … For $\mu_r = 3$ and $\mu_g = 1$" then
``a\mu_r - a\mu_g = a(\mu_g - \mu_r)``: μ_r, μ_g read as entries of one μ at indices r, g, the wrong step holds where
r = g and fails where r ≠ g, and was SKIPPED "a case split the notes may assume" (fresh33's WGAN critic). Entries
the notes state different numbers for are different entries: r ≠ g is a case the notes state, as "$i \neq j$" before a
display is (documents.cases). The reader adds it to the display's conditions, which only restricts the index
assignments checked (a step that holds where r ≠ g stays green; one failing there is FAILED).

What counts (:func:`distinct_condition`): the display writes ``x_a`` and ``x_b`` (one family, two single lower-case
letters, neither summed in it), and the prose of the display's section states each one number with ``=``
(documents.stated), the two numbers different."""

from __future__ import annotations

import re
from fractions import Fraction

from verifier.documents.sizeorder import section_of

__all__ = ["distinct_condition"]

# an entry of a family: \mu_r, x_{g}, \mathbf{x}_a (the family's name, the one index letter)
_ENTRY = re.compile(r"(?<![A-Za-z])(\\[A-Za-z]+|[A-Za-z])\s*\}?\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z]))(?![A-Za-z{])")
_NAME = re.compile(r"^(\\[A-Za-z]+|[A-Za-z])\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z]))$")
_SUMMED = re.compile(r"\\(?:sum|prod)(?:\\limits|\\nolimits)?\s*_\s*\{?\s*([a-z])(?![A-Za-z])")


def _entries(latex: str) -> set[tuple[str, str]]:
    return {(m.group(1), m.group(2) or m.group(3)) for m in _ENTRY.finditer(latex)}


def distinct_condition(text: str, line: int, display: str) -> list[tuple[str, str]]:
    r"""``[(a \neq b, where)]`` for each pair of entries ``x_a``, ``x_b`` of one family the ``display`` (on the
    1-based ``line`` of the notes ``text``) writes, whose values the prose of its section states as different
    numbers; else ``[]``."""
    from verifier.documents.stated import stated_values  # stated imports the reader's modules: not at import time

    summed = set(_SUMMED.findall(display))
    written = sorted((n, i) for n, i in _entries(display) if i not in summed)
    if len(written) < 2:
        return []
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return []  # a display placed outside the text read (a notebook's cell): no section to read values in
    first, last = section_of(lines, line)
    values: dict[tuple[str, str], set[Fraction]] = {}
    where: dict[tuple[str, str], str] = {}
    for name, number, at in stated_values(text):
        m = _NAME.match(name.strip())
        if m is None or not first <= at <= last:
            continue
        key = (m.group(1), m.group(2) or m.group(3))
        values.setdefault(key, set()).add(Fraction(number))
        where.setdefault(key, f"'{name.strip()} = {number}' at line {at}")
    out: list[tuple[str, str]] = []
    for k, (name, a) in enumerate(written):
        for other, b in written[k + 1 :]:
            va, vb = values.get((name, a), set()), values.get((other, b), set())
            if other == name and a != b and len(va) == 1 and len(vb) == 1 and va != vb:
                out.append((f"{a} \\neq {b}", f"{where[(name, a)]} and {where[(other, b)]}: different entries"))
    return out
