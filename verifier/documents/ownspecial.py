r"""Which special-function names the notes make their own function (``\Gamma``, ``\mathrm{B}``).

The tokenizer reads ``\Gamma(x)`` as the gamma function and ``\mathrm{B}(a, b)`` as the beta function
(:mod:`verifier.latex.special`) unless the name is among the parse's functions. Notes sometimes reuse the
letter: "$\Gamma(t) = t^2 + 1$ … $\Gamma(2) = 5$" was FAILED as 1 = 5, the gamma function read over the
notes' own definition. This module owns the decision: a special name is the notes' function on the lines
after a definition of it by a formula that is not the special function's own classical definition — one
that writes neither the name itself (``\Gamma(n+1) = n\Gamma(n)``, ``\mathrm{B}(a,b) = \mathrm{B}(b,a)``:
a property, and a recursive body) nor an integral (``\int_0^\infty t^{\alpha-1}e^{-t}dt``: the gamma
function, which the built-in computes exactly). Anywhere else the name is dropped from the functions, so
the special reading stays (a name put there by other evidence, an integral or a primed call, does not
make Γ arbitrary).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from verifier.documents.context import Definition
from verifier.documents.partscope import OTHER, relation

__all__ = ["special_readings"]

#: a special name (as the definitions key it) and how its name is written in a body
_WRITTEN = {
    "Gamma": re.compile(r"\\Gamma(?![A-Za-z])"),
    "B": re.compile(r"\\(?:mathrm|operatorname|text)\s*\{\s*B\s*\}"),
}
_INTEGRAL = re.compile(r"\\u?int(?![A-Za-z])|\\iint")


def _own(d: Definition) -> bool:
    """``d`` defines its special name as a function of the notes' own."""
    written = _WRITTEN.get(d.key[0])
    return (written is not None and d.is_function and not d.key[1] and bool(d.body.strip())
            and written.search(d.body) is None and _INTEGRAL.search(d.body) is None)


def special_readings(functions: frozenset[str], before: Iterable[Definition], lines: Sequence[str] = (),
                     at: int = 0) -> frozenset[str]:
    r"""``functions`` with each special name the definitions in force (``before``) do not make the notes'
    own function left out, so ``\Gamma(`` and ``\mathrm{B}(`` keep their special reading there. With the notes'
    ``lines`` and the line ``at`` read, a definition in another part (documents.partscope) does not reach it:
    "# Part 2: the gamma function" after a part that named its schedule Γ (review33b)."""
    own = {d.key[0] for d in before if _own(d) and not (lines and at and relation(lines, d.line, at) == OTHER)}
    return functions - (frozenset(_WRITTEN) - own)
