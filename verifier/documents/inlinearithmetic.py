r"""Arithmetic the prose writes inline is a worked claim: ``$0.05 \cdot 9{,}900 = 495$``, ``$e^3 \approx 20.086$``.

Worked examples run their arithmetic in sentences ("while $0.05 \cdot 9{,}900 = 495$ healthy people do
too", "the exponentials are $e^1 \approx 2.718$, …"). :mod:`verifier.documents.claims` reads an inline
equation whose left member is a number as a value set (``$y = 1$``), and an inline formula without ``=``
never became a chain, so a slip there (495 written 459) left the notes green. A chain every member of which
is a formula of numbers alone (no name: π and e are numbers), with an operation written in at least one
member (not ``$2 = 2.0$``), states arithmetic to check — wherever it stands, after "where" too (``where
$\frac12 \ln(2\pi e) \approx 1.4189$``: no name, so no condition; fresh32). Euler's e counts as a number
only where the notes do not name an e of their own (an error, a residual: the caller says). ``\approx``
before a rounded number is read to the digits written (:mod:`verifier.documents.roundedapprox`). The logistic
function of a number is one (``$P(y \le 1) = \sigma(-1.5) \approx 0.1824$``, fresh31); another function the
notes name is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

import sympy as sp

__all__ = ["arithmetic_claim"]

# a member written as one number: 495, -0.119, 9{,}900, 3.2 \times 10^{-4}
_PLAIN = re.compile(
    r"[-+]?\s*\d+(?:(?:\{,\}|,)\d{3})*(?:\.\d+)?(?:\s*(?:\\times|\\cdot)\s*10\s*\^\s*(?:\{\s*[-+]?\s*\d+\s*\}|[-+]?\d))?"
    r"(?:\s*\\%)?"
)

# the logistic function of a number is a number: \sigma(-1.5) (fresh31; its value as in a display)
_SCALAR_FUNCTIONS = frozenset({"sigma"})

# 1e-3, 5E{-4}: a number in the notation of code (as documents.inlineclaims)
_CODE_NUMBER = re.compile(r"(?<![A-Za-z\\])[0-9.]+[eE](?:\{\s*[-+]?[0-9]+\s*\}|[-+]?[0-9])")


def _number(latex: str, parse: Callable[[str], sp.Basic], letters: Collection[str]) -> bool:
    try:
        tree = parse(latex)
    except Exception:  # noqa: BLE001 - a member the grammar refuses is no arithmetic
        return False
    if not isinstance(tree, sp.Expr) or isinstance(tree, sp.MatrixBase):
        return False
    # π (and e) are read as names until the resolver makes them the numbers (\frac{1}{2\sqrt{2\pi}})
    return not (tree.free_symbols - {s for s in tree.free_symbols if s.name in letters}) and not tree.atoms(
        sp.Indexed) and all(f.func.__name__ in _SCALAR_FUNCTIONS for f in tree.atoms(sp.core.function.AppliedUndef))


def arithmetic_claim(members: Sequence[str], parse: Callable[[str], sp.Basic], letters: Collection[str] = ("pi",)
                     ) -> bool:
    r"""Do the inline chain's ``members`` (their LaTeX) state arithmetic on numbers alone? The head may be a
    formula of names where two or more members follow it (``$\frac{1}{p} = \frac{1}{0.8} = 1.25$``: the
    substitution and the arithmetic after it are the claim, as a display's worked chain is). ``letters``: the
    constants' letters ("pi", "e") that are numbers in these notes."""
    rest = members[1:] if len(members) > 2 else members
    if any(_CODE_NUMBER.search(m) for m in members):
        return False  # "$\eta = 1e-3 = 0.001$": a value as code writes it (parsed 1·e − 3), no arithmetic
    if any(re.fullmatch(r"\\pi\s*|e", m.strip().rstrip(".,;").strip()) for m in members):
        return False  # "$\pi = \frac{1}{2}$", "$e = 0.3$": a value the notes give their π (a policy) or e (review33a)
    if len(members) < 2 or not all(_number(m, parse, letters) for m in rest):
        return False
    return any(not _PLAIN.fullmatch(m.strip().rstrip(".,;").strip()) for m in rest)
