r"""The sign and absolute value of a non-commuting name's entry, kept as written until the entry is a number.

The reader parses a bold name as a non-commuting SymPy symbol (``\mathbf{x}_i`` may be a sample vector as
well as an entry), and to SymPy a non-commuting symbol is no complex number, so never 0. SymPy's own
evaluation then folds what holds only for a nonzero argument: ``sign(x_i)^2`` and ``|sign(x_i)|`` to 1,
``sign(|x_i|)`` to 1, ``|x_i| > 0`` to true. It does so at every rebuild of the tree (``xreplace``, a
``Sum``'s free symbols), so ``\sum_i \operatorname{sign}(x_i)^2 = n``, false wherever a coordinate is 0, was
PROVED (redteam28). :class:`EntrySign` and :class:`EntryAbs` are sign and Abs that assume nothing of such an
argument; rebuilt with commuting arguments (the resolver's real entries) they are SymPy's own again.
"""

from __future__ import annotations

from typing import Any

import sympy


def noncommuting(arg: sympy.Basic) -> bool:
    """Does ``arg`` hold a non-commuting name (an entry ``x[i]`` of one, or the name)?"""
    return isinstance(arg, sympy.Basic) and any(s.is_commutative is False for s in arg.free_symbols)


class EntrySign(sympy.sign):
    """``sign`` of a non-commuting entry: no power, absolute value or value folded from "nonzero"."""

    def __new__(cls, arg: Any, **options: Any) -> Any:
        if not noncommuting(arg):
            return sympy.sign(arg, **options)
        return super().__new__(cls, arg, evaluate=False)

    def _eval_power(self, other: Any) -> None:
        return None

    def _eval_Abs(self) -> None:
        return None


EntrySign.__name__ = "sign"  # printed as SymPy's (the printers look methods up by the classes' names)


class EntryAbs(sympy.Abs):
    """``Abs`` of a non-commuting entry: not assumed positive (so ``sign(|x_i|)``, ``|x_i| > 0`` stay)."""

    is_extended_nonnegative = None
    is_extended_real = None
    is_extended_negative = None

    def __new__(cls, arg: Any, **options: Any) -> Any:
        if not noncommuting(arg):
            return sympy.Abs(arg, **options)
        return super().__new__(cls, arg, evaluate=False)

    def _eval_is_extended_positive(self) -> None:
        return None

    def _eval_is_extended_nonzero(self) -> None:
        return None

    def _eval_is_zero(self) -> None:
        return None

    def _eval_is_extended_positive_negative(self, positive: bool) -> None:
        return None

    def _eval_is_real(self) -> None:
        return None


EntryAbs.__name__ = "Abs"


def sign_of(arg: Any) -> Any:
    """``sign(arg)``, as :class:`EntrySign` where ``arg`` holds a non-commuting name."""
    return EntrySign(arg) if noncommuting(arg) else sympy.sign(arg)


def abs_of(arg: Any) -> Any:
    """``|arg|``, as :class:`EntryAbs` where ``arg`` holds a non-commuting name."""
    return EntryAbs(arg) if noncommuting(arg) else sympy.Abs(arg)
