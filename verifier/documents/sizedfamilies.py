r"""A family defined by a formula in its index: $E_n = \sum_{j=1}^n \beta^{j-1}$, then $E_{10} \approx 9.56$.

Where the index of a defined name is a bound of a sum in its body (``\Sigma_C = \sum_{d=1}^{C} e^{z_d}``,
``E_n = \sum_{j=1}^{n} \beta^{j-1}``), the name is one quantity, not a family of entries (documents.definitions):
C and n are sizes. But the notes then work it out at numbered sizes, "$E_{100} = \frac{1 - 0.366}{0.01} \approx
63.4$", "$E_{10} \approx 9.65$" (fresh30's effective-number note; the right value 9.56): each entry is the body at
that size, and was "E_100 is not declared" (SKIPPED) or no step at all — a wrong value left green.

This module owns that reading: :func:`entry_definitions` gives, for every numbered entry the notes write after
such a definition (``E_{10}``, ``E_{100}``, ``E_3``), a definition of it as the body with the index replaced by
the number — only where the replaced LaTeX reads back as the body's tree at that number (an index inside a
``\text`` or a command name would not) and the size is at most :data:`MOST`. A value written for the entry is then
a claim about it (documents.restatements; an inline ``E_{10} \approx 9.56`` through :func:`is_sized_entry`), and
a worked value of it at stated data is judged as its body (:func:`entry_body`): ``E_3 = 2.8`` at β = 0.9 (2.71) is
FAILED by documents.exactdata's policy, the family's definition being the only reading (misses43).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import sympy as sp

from verifier.documents.context import Definition
from verifier.latex import LatexError

__all__ = ["MOST", "entry_body", "entry_definitions", "is_sized_entry"]

MOST = 10_000  # a size beyond it is not worked out (a sum of that many terms stays unexpanded anyway)


def _entries(text: str, base: str, start: int) -> list[str]:
    r"""The numbered entries (their numbers as written) of ``base`` (LaTeX: ``E``, ``\Sigma``) the notes write
    from offset ``start`` on: ``E_{10}``, ``E_3``."""
    head = re.escape(base)
    tail = r"(?![A-Za-z])" if base.startswith("\\") else ""
    pattern = re.compile(rf"(?<![A-Za-z\\]){head}{tail}\s*_\s*(?:\{{\s*(\d+)\s*\}}|(\d))(?!\s*[\^'])")
    found: list[str] = []
    for m in pattern.finditer(text, start):
        number = m.group(1) or m.group(2)
        if number not in found and 0 < int(number) <= MOST:
            found.append(number)
    return found


def entry_definitions(d: Definition, latex_base: str, right: sp.Basic, text: str, start: int,
                      parse: Callable[[str], sp.Basic]) -> list[Definition]:  # fmt: skip
    r"""Definitions of the numbered entries of ``d`` (``E_n := …``, its index a size of its body ``right``) that
    the notes ``text`` write from offset ``start`` on, each at ``d``'s line: ``E_{10} := \sum_{j=1}^{10}
    \beta^{j-1}``. ``latex_base``: the name as written (``E``, ``\Sigma``)."""
    if len(d.key[1]) != 1 or not d.body:
        return []
    index = d.key[1][0]
    if not re.fullmatch(r"[A-Za-z]", index):
        return []
    symbol = sp.Symbol(index)
    if symbol not in right.free_symbols:
        return []
    letter = re.compile(rf"(?<![A-Za-z\\]){index}(?![A-Za-z])")
    out: list[Definition] = []
    for number in _entries(text, latex_base, start):
        body = letter.sub("{" + number + "}", d.body)
        try:
            tree = parse(body)
        except LatexError:
            continue
        if tree != right.subs(symbol, sp.Integer(number)):
            continue  # the letter stood for something else somewhere in the LaTeX: not read
        out.append(Definition((d.key[0], (number,)), body, line=d.line))
    return out


def is_sized_entry(left: sp.Basic, entries: dict[tuple[str, tuple[str, ...]], int], line: int) -> bool:
    """Is ``left`` (an inline formula's parsed left member) a numbered entry :func:`entry_definitions` defined
    (``entries``: their keys and the lines of their families) before ``line``? A number written for it is then a
    claim, not the name's value."""
    if not isinstance(left, sp.Indexed) or len(left.indices) != 1 or not isinstance(left.indices[0], sp.Integer):
        return False
    at = entries.get((str(left.base.label), (str(left.indices[0]),)))
    return at is not None and at < line


def entry_body(side: sp.Basic, entries: dict[tuple[str, tuple[str, ...]], int], definitions: Iterable[Definition],
               parse: Callable[[str], sp.Basic]) -> sp.Basic | None:  # fmt: skip
    r"""``side`` (a worked step's member) as its family's body where it is a numbered entry :func:`entry_definitions`
    defined (``E_3`` → ``1 + \beta + \beta^2``, sums done); None for any other member. A value written for it is then
    judged as the body is, at the data (documents.exactdata: the definition is the only reading, misses43)."""
    if not isinstance(side, sp.Indexed) or len(side.indices) != 1 or not isinstance(side.indices[0], sp.Integer):
        return None
    key = (str(side.base.label), (str(side.indices[0]),))
    if key not in entries:
        return None
    body = next((d.body for d in definitions if d.key == key and d.body), None)
    try:
        return parse(body).doit() if body else None
    except (LatexError, TypeError, ValueError):
        return None
