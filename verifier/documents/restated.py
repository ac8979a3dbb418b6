r"""``\nabla J`` of a J the notes restate without its argument: by the parameter they first wrote it with.

Notes define a function with its parameter, ``J(\theta) = (X\theta - y)^T W (X\theta - y)``, and later
restate it through intermediates without the argument: "by letting $z = X\theta - y$, we can write $J =
\langle z, z\rangle_W$", then ``\nabla J = 2\langle Z', z\rangle_W``. The gradient of a function the
notes define with one parameter is by that parameter (``differentiate._gradient``); the restated J has
none, so the step was SKIPPED "the variable of the gradient is not written".

This module owns that reading: where the definition of a name in force is not a function, and an
earlier definition of the same name in the notes is a function of exactly one parameter, ``\nabla``
of the name (written without a variable) is by that parameter — only where the definition in force
reaches the parameter through the definitions (the restatement is of the same function of θ; a J of
other quantities only, a new meaning of the letter, keeps the step SKIPPED), and only where no heading
stands between the two (a J(x) of Problem 1 says nothing of the J of Problem 2). The reading is reported."""

from __future__ import annotations

from collections.abc import Iterable

from verifier.documents.context import Definition, Scope
from verifier.documents.dependence import until_heading

__all__ = ["RESTATED", "mark_restated"]

#: scope.conventions key prefix: "restated J" -> "theta:522" (the parameter and the line it was written at)
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
            scope.conventions[RESTATED + name] = f"{fn.params[0]}:{fn.line}"
