r"""A vector the prose states again by its numbers: an earlier definition of it (or of its entries) ends there.

Homework parts reuse a name at new values: part (c) takes "$p_i = 1/K$" (the uniform case), part (d) says "for
$p = (\tfrac12, \tfrac14, \tfrac14)$" and works numbers there. The reader keeps the latest *definition* of a name,
and the statement of (d) is a stated value (a hypothesis), not a definition, so ``p_i = 1/K`` still held in (d):
the right ``(-2p_1, -2p_2, -2p_3) = (-1, -\tfrac12, -\tfrac12)`` was FAILED with every entry 1/K (fresh45). An
inline ``NAME = (n_1, …, n_k)`` (numbers only) written after a definition of NAME, and before the line read, sets
that definition aside on the line, with the reason; the stated numbers are what the line is checked at.

Only inline formulas of the prose count (a display ``p = (…)`` is a claim of its own), and only definitions
without parameters (a function ``p(x)`` is not restated by a vector).
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from verifier.documents.context import Definition, Key, Scope, display_key
from verifier.documents.mathspans import formulas
from verifier.latex import LatexError
from verifier.latex.braces import split_top_equals

__all__ = ["set_aside_restated"]


def _restated_names(text: str, parse: Callable[[str], sp.Basic]) -> list[tuple[str, int, int]]:
    """Each inline ``NAME = (numbers…)`` of ``text``: the name, its line and the column it opens at."""
    out: list[tuple[str, int, int]] = []
    for f in formulas(text):
        if f.display or "(" not in f.body:
            continue
        sides = split_top_equals(f.body)
        if len(sides) != 2 or not sides[1].strip().startswith(("(", r"\left(", "[", r"\left[")):
            continue
        try:
            name, value = parse(sides[0].strip()), parse(sides[1].strip())
        except LatexError:
            continue
        if (isinstance(name, sp.Symbol) and isinstance(value, sp.MatrixBase) and len(value) > 1
                and all(v.is_number for v in value)):
            out.append((name.name, f.line, f.start - (text.rfind("\n", 0, f.start) + 1)))
    return out


def set_aside_restated(
    scope: Scope, text: str, line: int, parse: Callable[[str], sp.Basic], column: int | None = None
) -> dict[Key, str]:
    """Drop from ``scope`` each notes' definition of a name that the prose states anew as a vector of numbers
    after the definition's line and before ``line`` (the statement itself is checked against the definition),
    or on ``line`` before ``column`` (an inline claim's: "so $a = (-1, 0, 1)$, and then" the norm of a, fresh48);
    return why, by key."""
    why: dict[Key, str] = {}
    entries = [(k, e) for k, e in scope.names.items() if isinstance(e, Definition) and not e.is_function]
    if not entries:
        return why
    restated = _restated_names(text, parse)
    for key, entry in entries:
        later = [at for name, at, col in restated if name == key[0] and entry.line < at
                 and (at < line or (at == line and column is not None and col < column))]
        if later:
            del scope.names[key]
            scope.inferred.pop(key, None)
            why[key] = (f"{display_key(key)} defined at line {entry.line}, stated anew by its numbers at line "
                        f"{later[-1]}: that definition is not carried here")
    return why
