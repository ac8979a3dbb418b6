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

from collections.abc import Iterable

import sympy

__all__ = ["BETA_WORDS", "SPECIAL_FUNCTIONS", "special_calls", "special_value"]

#: the upright words for the beta function (with two arguments)
BETA_WORDS = frozenset({"B"})
#: the FUNC token names this module builds, and how many arguments each takes
SPECIAL_FUNCTIONS = {"Gamma": 1, "beta": 2, "binomial": 2}


def special_value(name: str, args: tuple[sympy.Expr, ...]) -> sympy.Expr:
    """The value of the special function ``name`` at ``args`` (their number checked by the caller)."""
    if name == "Gamma":
        return sympy.gamma(args[0])
    if name == "beta":
        a, b = args
        return sympy.gamma(a) * sympy.gamma(b) / sympy.gamma(a + b)
    if name == "binomial":
        n, k = args
        return sympy.gamma(n + 1) / (sympy.gamma(k + 1) * sympy.gamma(n - k + 1))
    raise KeyError(name)


def special_calls(trees: Iterable[sympy.Basic]) -> set[str]:
    r"""The written names (lower case: ``gamma``, ``b``) of the special functions ``trees`` read as calls:
    ``\Gamma(3)`` is built as the number 2, so no call of Γ is left in the tree to tell the doubts that read
    a name before brackets as a factor (documents.numbercalls, documents.appliedlabels) that it was one.
    A name the trees hold as a symbol (Γ a matrix) was read as a factor."""
    names = {str(s) for t in trees if isinstance(t, sympy.Basic) for s in t.free_symbols}
    return {w.lower() for w in ("Gamma", "B") if w not in names}
