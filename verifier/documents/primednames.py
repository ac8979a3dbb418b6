r"""What a prime on a name the notes define means: ``u'`` after "Let $u = x^2 e^{-x}$" is ``du/dx``.

Homework writes the quotient and product rules with names of its own: "Let $u = x^2 e^{-x}$ and $v = 1 + x^2$",
then ``u' = 2x e^{-x} - x^2 e^{-x}``, ``v' = 2x`` and ``f'(x) = \frac{u'v - uv'}{v^2}``. The parser reads a prime
by the chain's own variable (a ``\frac{d}{dx}`` it writes, :attr:`verifier.latex.document.Chain.derivative_variable`)
or the one the prose states (documents.statedprimes); these chains write neither, so every step was refused ("a prime
(…)' needs the differentiation variable") and SKIPPED, right or wrong (red69).

This module owns one more source of that variable (:func:`primed_variable`): every name the chain primes (a letter,
perhaps with a subscript, with ``'`` or ``^\prime`` and no call after it) is defined in the notes, in force at the
chain, with no parameters, by a body that writes one letter alone — the same letter for all of them. Then the prime
can only mean the derivative by that letter. A name defined by two letters (``u = x^2 t``), an undefined one (``y' =
ky``), two names of different letters, or a primed name alone on the left whose unprimed name the chain writes
again (``w' = w - \eta g``: a new value, not a derivative) leave the chain as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.documents.context import Definition, Scope
from verifier.latex.document import one_letter_names

__all__ = ["primed_variable"]

# u', v^\prime, w_1' — a name primed, not applied (f'(x) is read by its call's argument)
_PRIMED = re.compile(r"(?<![A-Za-z\\])([A-Za-z])(?:_\{?([A-Za-z0-9])\}?)?\s*(?:'|\^\s*\{?\s*\\prime\s*\}?)+(?!\s*\()")

# a member that is one primed name alone: w' (the left of w' = w - \eta g)
_ALONE = re.compile(r"^\s*([A-Za-z](?:_\{?[A-Za-z0-9]\}?)?)\s*(?:'|\^\s*\{?\s*\\prime\s*\}?)+\s*$")


def primed_variable(members: Sequence[str], scope: Scope) -> tuple[str, str] | None:
    """(variable, the reading to report) for the primes of a chain's ``members`` (LaTeX), or None (module
    docstring)."""
    letters: set[str] = set()
    names: list[str] = []
    if members and (lead := _ALONE.match(members[0])) is not None and \
            any(re.search(rf"(?<![A-Za-z\\]){re.escape(lead.group(1))}(?![A-Za-z_'^])", m) for m in members[1:]):
        return None  # w' = w - \eta g: a new value of w (an update, a perturbed point), not a derivative
    for latex in members:
        for name, sub in _PRIMED.findall(latex):
            d = scope.names.get((name, (sub,) if sub else ()))
            if not isinstance(d, Definition) or d.params or d.index_params or d.builtin or not d.body.strip():
                return None
            body = one_letter_names(d.body)
            if len(body) != 1:
                return None
            letters |= body
            names.append(f"{name}_{sub}" if sub else name)
    if len(letters) != 1:
        return None
    (x,) = letters
    if any(x == n for n in names):
        return None  # u = u^2 …: no variable of its own
    shown = ", ".join(dict.fromkeys(names))
    return x, f"a prime read as the derivative by {x}: the notes define {shown} by an expression of {x} alone"
