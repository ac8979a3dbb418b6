r"""The special functions of probability notes: ``\Gamma(x)``, ``\mathrm{B}(a, b)``, ``\binom{n}{k}``, and ψ.

Notes on the Beta, Gamma and Dirichlet distributions write ``\Gamma(1/2) = \sqrt{\pi}``, ``\Gamma(n+1) =
n\Gamma(n)``, ``\mathrm{B}(a,b) = \frac{\Gamma(a)\Gamma(b)}{\Gamma(a+b)}``, ``\frac{d}{dx}\log\Gamma(x) =
\psi(x)``. The reader took ``\Gamma`` for a name, so ``\Gamma(1/2)`` was a number times a half and the true
identity was FAILED. This module owns which written forms are these functions and what they are built as:

* ``\Gamma`` directly followed by a bracket ``(`` is the gamma function (a capital Greek letter with an
  argument is never a number times a bracket), unless the notes make Γ a matrix (a non-commutative name:
  ``\Gamma (x - \mu)`` with Γ a covariance is that product);
* ``\mathrm{B}(a, b)`` / ``\operatorname{B}(a, b)`` (an upright B with two arguments) is the beta function,
  built as Γ(a)Γ(b)/Γ(a+b), its definition;
* ``\binom{n}{k}`` is the binomial coefficient, built as Γ(n+1)/(Γ(k+1)Γ(n-k+1)) (the factorials over the
  reals, as ``n!`` is checked);
* ``\psi(x)`` is not read as the digamma (notes name a feature map or a softmax ψ as often, and the numeric
  stages do not evaluate the digamma): directly followed by ``(`` it is a function, the one the notes
  define or an unknown one (a step about it is SKIPPED, never FAILED as ψ times a bracket);
  ``\operatorname{digamma}(x)`` is an unknown function likewise.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import sympy

from verifier.latex.vocabulary import MAX_DIGITS, LatexError

__all__ = ["BETA_WORDS", "SPECIAL_FUNCTIONS", "special_calls", "special_value"]

#: the upright words for the beta function (with two arguments)
BETA_WORDS = frozenset({"B"})
#: the FUNC token names this module builds, and how many arguments each takes
SPECIAL_FUNCTIONS = {"Gamma": 1, "beta": 2, "binomial": 2}


def special_value(name: str, args: tuple[sympy.Expr, ...]) -> sympy.Expr:
    r"""The value of the special function ``name`` at ``args`` (their number checked by the caller).

    SymPy evaluates Γ of an integer or a half-integer at once, as a factorial: ``\Gamma(10^{7})`` took the whole
    document's minute (redteam38). A Γ whose value would have more than MAX_DIGITS digits is refused, as a
    factorial is (build.factorial); a binomial of two integers is computed as one (``\binom{10^5}{2}`` is small
    though Γ(10^5 + 1) is not), refused only when its own value is that long."""
    if name == "Gamma":
        return _gamma(args[0])
    if name == "beta":
        a, b = args
        return _gamma(a) * _gamma(b) / _gamma(a + b)
    if name == "binomial":
        n, k = args
        if isinstance(n, sympy.Integer) and isinstance(k, sympy.Integer) and 0 <= k <= n:
            if n > 10**6 or (math.lgamma(int(n) + 1) - math.lgamma(int(k) + 1)
                             - math.lgamma(int(n - k) + 1)) / math.log(10) > MAX_DIGITS:
                raise LatexError(f"the binomial coefficient ({_shown(n)} choose {_shown(k)}) would have more than "
                                 f"{MAX_DIGITS} digits")
            return sympy.binomial(n, k)
        return _gamma(n + 1) / (_gamma(k + 1) * _gamma(n - k + 1))
    raise KeyError(name)


def _shown(n: sympy.Rational) -> str:
    return str(n) if abs(n) < 10**12 else f"(~10^{int(math.log10(abs(float(n))))})"


def _gamma(a: sympy.Expr) -> sympy.Expr:
    """Γ(a), refused for a rational number a whose Γ SymPy would write out with more than MAX_DIGITS digits."""
    if isinstance(a, sympy.Rational) and a > 1 and (
            a > 10**6 or math.lgamma(float(a)) / math.log(10) > MAX_DIGITS):
        raise LatexError(f"the gamma function at {_shown(a)} would have more than {MAX_DIGITS} digits")
    return sympy.gamma(a)


def special_calls(trees: Iterable[sympy.Basic]) -> set[str]:
    r"""The written names (lower case: ``gamma``, ``b``) of the special functions ``trees`` read as calls:
    ``\Gamma(3)`` is built as the number 2, so no call of Γ is left in the tree to tell the doubts that read
    a name before brackets as a factor (documents.numbercalls, documents.appliedlabels) that it was one.
    A name the trees hold as a symbol (Γ a matrix) was read as a factor."""
    names = {str(s) for t in trees if isinstance(t, sympy.Basic) for s in t.free_symbols}
    return {w.lower() for w in ("Gamma", "B") if w not in names}
