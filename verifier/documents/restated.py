r"""``\nabla J`` of a J the notes restate without its argument: by the parameter they first wrote it with.

Notes define a function with its parameter, ``J(\theta) = (X\theta - y)^T W (X\theta - y)``, and later
restate it through intermediates without the argument: "by letting $z = X\theta - y$, we can write $J =
\langle z, z\rangle_W$", then ``\nabla J = 2\langle Z', z\rangle_W``. The gradient of a function the
notes define with one parameter is by that parameter (``differentiate._gradient``); the restated J has
none, so the step was SKIPPED "the variable of the gradient is not written".

This module owns that reading: where the definition of a name in force is not a function, and an
earlier definition of the same name in the notes is a function of exactly one parameter, ``\nabla``
of the name (written without a variable) is by that parameter — only where the definition in force
reaches the parameter, and every other name the function's body uses, through the definitions (the
restatement is of the same function of θ and the same data; a J of other quantities, a new meaning of
the letter, keeps the step SKIPPED), and only where no heading stands between the two (a J(x) of
Problem 1 says nothing of the J of Problem 2). The reading is reported."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import sympy as sp

from verifier.documents.context import Definition, Scope
from verifier.documents.dependence import until_heading
from verifier.documents.generic import keys_in
from verifier.latex import LatexError

__all__ = ["RESTATED", "mark_restated", "restated_parameter"]

#: scope.conventions key prefix: "restated J" -> "theta:522:(X\theta - y)^T W (X\theta - y)" (the parameter, the
#: line it was written at and the body written there)
RESTATED = "restated "


def mark_restated(scope: Scope, note_definitions: Iterable[Definition], line: int, text: str) -> None:
    """Record in ``scope`` the parameter each name in force as a plain (non-function) notes' definition was
    first written with, by the latest earlier notes' definition of it as a function of one parameter in the
    same part of ``text`` (no heading between them: a J(x) of another problem is not the J restated)."""
    earlier: dict[str, Definition] = {}
    for d in sorted(note_definitions, key=lambda d: d.line):
        if d.line < line and d.is_function and len(d.params) == 1 and not d.key[1] and not d.builtin:
            earlier[d.key[0]] = d
    for name, fn in earlier.items():
        entry = scope.names.get((name, ()))
        if isinstance(entry, Definition) and not entry.is_function and not entry.builtin and not entry.params \
                and not entry.index_params and fn.line < entry.line <= until_heading(text, fn.line):  # fmt: skip
            scope.conventions[RESTATED + name] = f"{fn.params[0]}:{fn.line}:{fn.body}"


def restated_parameter(
    value: str, reached: set[str], scope: Scope, parse: Callable[[str], sp.Basic]
) -> tuple[str, str] | None:
    r"""(parameter, line) of a :data:`RESTATED` convention ``value``, where the definition in force (which
    reaches the names ``reached``) reaches the parameter and every other name the function's body used
    (``J = (\theta^T x - y)^2`` after ``J(x) = x^T A x`` does not reach A: a new J, not J restated)."""
    param, _, rest = value.partition(":")
    at, _, body = rest.partition(":")
    if param not in reached:
        return None
    try:
        used = keys_in(parse(body), scope) - {param}
    except LatexError:
        return None
    return (param, at) if used <= reached else None
