r"""``f(2) = \tfrac12(2 - 3)^2 + 1\cdot|2|``: the notes' function evaluated at numbers, worked out in numbers.

A note defines ``f(w) = \tfrac12 (w - a)^2 + \lambda|w|``, says "numeric check with $a = 3$,
$\lambda = 1$" and writes ``f(2) = \tfrac12(2-3)^2 + 1\cdot|2| = \tfrac52``. Read with a and λ
arbitrary, the first link fails; it is a worked example, at the values the prose stated. Such a link
(one member the notes' function called at numbers only, the other a formula of numbers with no name:
:func:`verifier.documents.stated.closed_form`) makes the chain a worked one, as a decimal member does
(:func:`verifier.documents.stated.worked`): the stated values of the names it reaches are its
hypotheses (``check._Document._stated_values``), those reached through the called function's
definition included (:func:`called_names`). An exact member alone (``\nabla J = 0``,
``\sigma(0) = \tfrac12``) still is the end of an identity checked for every value.

Likewise a formula of the notes set equal to arithmetic on numbers (``\frac{\partial \ell}{\partial w} =
(\tfrac12 - 1)\cdot 2`` after "take $x = 2$, $y = 1$"): the numbers substituted into the formula, written
out before they are worked out (:func:`substituted_numbers`), make the chain a worked one too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.stated import closed_form

__all__ = ["called_names", "evaluated_at_numbers", "substituted_numbers"]

_NUM = r"[-+]?\s*\d+(?:\.\d+)?"
# f(2), g_1(0, 1.5), \phi(3), \operatorname{L}(2), f'(1): a name (with a subscript, primes) called at numbers only
_CALL_AT_NUMBERS = re.compile(
    r"^\s*(?:\\operatorname\{[A-Za-z]+\}|\\?[A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?(?:'|\^\{?\\prime\}?)*\s*(?:\\left)?\(\s*"
    + _NUM + r"(?:\s*,\s*" + _NUM + r")*\s*(?:\\right)?\)\s*$"
)


def evaluated_at_numbers(texts: Sequence[str], parse: Callable[[str], sp.Basic]) -> bool:
    """Does the link (its two members as written) evaluate a function at numbers, in numbers?"""
    if len(texts) != 2:
        return False
    for call, other in (texts, texts[::-1]):
        if _CALL_AT_NUMBERS.match(call) and closed_form(other, parse):
            return True
    return False


def called_names(tree: sp.Basic) -> set[str]:
    """The functions ``tree`` applies by name (``f`` of ``f(2)``): a worked chain reaches the names their
    definitions use, as it reaches those of a defined name it writes."""
    return {f.func.__name__ for f in tree.atoms(AppliedUndef)} if isinstance(tree, sp.Basic) else set()


# arithmetic on scalar numbers, and what a member of numbers and scalar arithmetic alone may write besides digits,
# operators and brackets
_SCALAR_ARITHMETIC = re.compile(r"\\cdot|\\times|[-+*/^]|\)\s*\(|\)\s*[0-9\\]")
_SCALAR_WORDS = re.compile(r"\\(?:[dt]?frac|cdot|times|left|right|[bB]igg?[lr]?|[,;:! ])(?![A-Za-z])")
_TRANSPOSE = r"\^\s*\{?\s*(?:T|\\top|\\intercal)\s*\}?"
_MATRIX = r"\\(?:begin|end)\s*\{[pbvBV]?matrix\*?\}"
# … and a matrix of numbers times another, (A + A^T)x worked as [[2, 2], [2, 6]] [1, -1]^T (lead70); the frame of a
# matrix or vector of numbers, transposed or not
_ARITHMETIC = re.compile(_SCALAR_ARITHMETIC.pattern + r"|\\end\s*\{[pbvBV]?matrix\*?\}\s*(?:\\begin|\()")
_NUMBER_WORDS = re.compile(_SCALAR_WORDS.pattern + "|" + _MATRIX + r"|\\\\|&|" + _TRANSPOSE)
_TRANSPOSED = re.compile(_TRANSPOSE)


def substituted_numbers(texts: Sequence[str], parse: Callable[[str], sp.Basic], points: Sequence[str] = ()) -> bool:
    r"""Does the link (its two members as written) set a member that writes names equal to arithmetic on
    numbers (``(\tfrac12 - 1)\cdot 2``, not a bare ``\tfrac14``: an exact number alone may end an identity)?
    ``points``: the literals of the vectors the notes state; a product of number matrices is arithmetic on the stated
    values only where each vector of numbers it writes is one of them (:func:`_at_stated_points`)."""
    if len(texts) != 2:
        return False
    for numbers, other in (texts, texts[::-1]):
        body = numbers.strip().lstrip("-+").strip()
        named = re.search(r"[A-Za-z\\]", _NUMBER_WORDS.sub("", body))  # (1-\varepsilon) + \varepsilon parses to 1
        # (1, -1)^\top alone is a vector of numbers, no arithmetic: its caret is the transpose's (redlead70)
        arithmetic = _ARITHMETIC.search(_TRANSPOSED.sub("", body))
        if arithmetic and not named and closed_form(numbers, parse) and not closed_form(other, parse):
            scalar = _SCALAR_ARITHMETIC.search(body) and not re.search(r"[A-Za-z\\]", _SCALAR_WORDS.sub("", body))
            if scalar or _at_stated_points(body, points, parse):
                return True
    return False


# a column of numbers (\begin{pmatrix} 2 \\ 1 \end{pmatrix}) or a transposed tuple ((2, 1)^\top) a product writes
_COLUMN = re.compile(r"\\begin\s*\{([pbvBV]?)matrix\*?\}[^&]*?\\end\s*\{\1matrix\*?\}|"
                     r"\([^()]*,[^()]*\)\s*" + _TRANSPOSE)


def _at_stated_points(body: str, points: Sequence[str], parse: Callable[[str], sp.Basic]) -> bool:
    r"""Is each vector of numbers the product ``body`` writes the value of a vector the notes state (``points``)?
    ``\nabla f(x) = \begin{pmatrix} 2 & 2 \\ 2 & 6 \end{pmatrix} \begin{pmatrix} 2 \\ 1 \end{pmatrix}`` after "$x = (1,
    -1)^\top$ … at the point $(2, 1)^\top$ instead" is worked at another point than the stated x: read at the stated
    values, the right link was FAILED (redlead70); a product that writes the stated point keeps lead70's reading."""
    stated = []
    for literal in points:
        try:
            value = parse(literal)
        except Exception:  # noqa: BLE001 - a literal the grammar refuses states no point
            continue
        if isinstance(value, sp.MatrixBase):
            stated.append(sp.ImmutableMatrix(value))
    for m in _COLUMN.finditer(body):
        try:
            value = parse(m.group(0))
        except Exception:  # noqa: BLE001 - a column the grammar refuses is no point the notes state
            return False
        if not isinstance(value, sp.MatrixBase):
            return False
        column = sp.ImmutableMatrix(value)
        if not any(column in (v, v.T) for v in stated):
            return False
    return True
