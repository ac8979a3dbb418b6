r"""Integer powers of a resolved square matrix, each computed once per process (for documents.arithmetic).

SymPy's ``M**k`` of a symbolic matrix cancels every entry of every intermediate product (its
``dotprodsimp``): the inverse of a 3×3 matrix of symbols squared, ``X^{-2}`` read as
``(X^{-1})^2``, costs about 1.5 s of CPU. The readings of a failing step (documents.doubts) resolve
its members again, each time to an equal matrix, and SymPy raised it to the same power each time:
``verify check '\frac{\partial}{\partial X} \operatorname{tr}(X^{-1}) = (X^{-2})^T'`` spent 4.6 of its
6.9 s of CPU on three equal squares (and ran out of its readings' time before a verdict).

:func:`power` gives, for a matrix equal to one already raised to the same exponent under the same
switches, the object that computation returned: what SymPy would compute again from an equal input.
The key is everything ``MatrixBase.__pow__`` reads: the matrix (SymPy's equality: entries of other
kinds or assumptions, ``2`` and ``2.0``, ``x`` and a positive ``x``, are different keys), the
exponent, the ``dotprodsimp`` switch (``documents.steps`` turns it off at the other sizes, where the
power is not simplified) and SymPy's ``evaluate``/``distribute`` switches. Matrices are immutable, so
sharing the result is safe; the memo is bounded (:data:`MAX_POWERS`, the oldest dropped first).
"""

from __future__ import annotations

import sympy as sp
from sympy.core.parameters import global_parameters
from sympy.matrices.utilities import _dotprodsimp_state

MAX_POWERS = 64  # powers remembered (each a small symbolic matrix)

_POWERS: dict[tuple[object, ...], sp.MatrixBase] = {}


def power(base: sp.MatrixBase, exp: int | sp.Integer) -> sp.MatrixBase:
    """``base**exp`` (an integer exponent), computed once for equal arguments under the same switches."""
    if not isinstance(base, sp.ImmutableMatrix):  # a mutable matrix has no hash: raised as it is
        return base**exp
    key = (base, int(exp), _dotprodsimp_state.state, global_parameters.evaluate, global_parameters.distribute)
    hit = _POWERS.get(key)
    if hit is not None:
        return hit
    out = base**exp
    if len(_POWERS) >= MAX_POWERS:
        del _POWERS[next(iter(_POWERS))]
    _POWERS[key] = out
    return out
