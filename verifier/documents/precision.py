r"""The precision a worked number's digits write, and whether a computed value agrees with it.

Course notes write a worked value to the digits the author kept: ``0.731`` for σ(1) = 0.7310…,
``3.2 \times 10^{-4}`` for 0.00032, ``0.62`` for σ(0.5) = 0.6225…, with ``=`` as often as with
``\approx``. Such a number is right when it is the value rounded to its last written digit, or the value
truncated there (``e^{-1} = 0.36``: students cut digits off; calling that FAILED would make a course switch
the gate off). Anything else is wrong at the precision written (σ(1) = 0.74).

The last written digit is what the tolerance is taken from:

- a decimal ``0.731`` is written to 10^-3 (its decimals);
- a number in scientific notation, ``3.2 \times 10^{-4}`` (also ``\cdot``), is written to 10^-5: its
  mantissa's decimals shifted by the exponent. Reading only the mantissa's one decimal let ``3.2 \times
  10^{-3}`` pass for 0.00032 (a wrong exponent: off by a factor ten, within 0.05);
- an integer mantissa in scientific notation (``2 \times 10^{-3}``) is written to its exponent's place;
- a percentage ``15.4\%`` (0.154, latex.numberwriting) two places further than its digits; a whole percent
  ``14\%`` (0.14) to 10^-2: it is a rounding as much as 0.14 is (``\frac17 = 14\%`` was FAILED).

Plain integers carry no rounding (``\sigma(40) = 1`` stays FAILED; ``1.0`` passes as rounded).

Truncation needs two significant digits written: ``e^{-1} \approx 0.3`` (0.3679…) is no cut digit a
grader accepts (off by a fifth of the value; the value at one digit is 0.4), and it was PASSED. And with one
decimal place, three: ``\log_2 3 \approx 1.5`` (1.585…, fresh30's NDCG note) was PASSED as a truncation, a wrong
digit (the value at one place is 1.6); ``12.3`` for 12.37 and two places (``e \approx 2.71``) stay cuts (misses42).

Truncation is a reading of a long value only: an exact value with few decimals (``0.04 - 0.01 \cdot 0.01`` is
0.0399) is rounded by whoever writes it shorter, so 0.039 for it is a wrong digit, not a cut (fresh39).

Truncation is taken strictly: a value one whole unit of the last digit above the number written is not
that number truncated (``0.762 - 0.462 = 0.2``: the float difference 0.3 − 0.2 = 0.0999… fell under the
unit and the slip passed), so the comparison leaves a relative slack below the unit.

The difference of a value and a number may be given, computed exactly where 15-digit floats lose it
(:func:`agrees_apart`; :func:`verifier.documents.worked.exact_difference`): ``10^{20} + 0.5 = 10^{20} + 1``
differs by 0.5, which a float of 10²⁰ does not hold (sound38; it was PASSED).
"""

from __future__ import annotations

import math
import re

from verifier.latex.roundedlinks import ROUNDED_NUMBER

__all__ = ["LONE_NUMBER", "agrees", "agrees_apart", "exact_places", "significant_digits", "written_decimals"]

# a number as written, with an optional power of ten after it (\times 10^{-4}, \cdot 10^{3}, \times10^-4)
_WRITTEN = re.compile(
    r"(?<![\w.])(\d+)(?:(\.|\{,\})(\d+))?"
    r"(?:\s*(?:\\times|\\cdot)\s*10\s*\^\s*(?:\{\s*([-+]?\s*\d+)\s*\}|([-+]?\d)))?(\s*\\%)?"
)

#: a member that is one number alone: a decimal, or a mantissa times a power of ten (the written result)
LONE_NUMBER = ROUNDED_NUMBER


def written_decimals(text: str) -> list[int]:
    r"""The decimal place of the last digit of each rounded number ``text`` writes: 3 for ``0.731``, 5 for
    ``3.2 \times 10^{-4}``, 3 for ``2 \times 10^{-3}`` (negative for ``1.5 \times 10^{3}``: written to 100).
    A plain integer is exact and has none; a power of ten alone (``10^{-3}``) is exact too."""
    out: list[int] = []
    for m in _WRITTEN.finditer(text):
        whole, point, frac, braced, bare, percent = m.groups()
        if point == "{,}" and int(whole) != 0 and len(frac) == 3:  # 9{,}900: a thousands group (numberwriting)
            frac = None
        power = braced if braced is not None else bare
        shift = 2 if percent else 0  # 15.4\% is 0.154: written to 10^-3
        if power is None:
            if frac is not None or percent:  # 14\% is 0.14: a whole percent is written to 10^-2 (rounding36)
                out.append(len(frac or "") + shift)
            continue
        out.append(len(frac or "") - int(power.replace(" ", "")) + shift)
    return out


def agrees(value: float, written: float, decimals: int) -> bool:
    """Is ``written`` (a number written to ``decimals`` places) ``value`` rounded or truncated there?"""
    unit = 10.0**-decimals
    rounded = abs(value - written) <= unit / 2 * (1 + 1e-9)
    truncated = value * written >= 0 and 0 <= abs(value) - abs(written) < unit * (1 - 1e-9)
    return rounded or (truncated and _cut(written, decimals))


def _significant(written: float, decimals: int) -> int:
    """How many significant digits ``written`` (to ``decimals`` places) has: 1 for 0.3, 2 for 0.36 and 1.0."""
    if written == 0:
        return 0
    return decimals + math.floor(math.log10(abs(written)) + 1e-9) + 1


def agrees_apart(value: float, written: float, apart: float, decimals: int, places: int | None = None) -> bool:
    """:func:`agrees` with ``value - written`` given (``apart``, computed exactly) rather than taken of floats;
    ``places``: the value's own decimals where it is exact and short (:func:`exact_places`), which no one cuts."""
    unit = 10.0**-decimals
    rounded = abs(apart) <= unit / 2 * (1 + 1e-9)
    # |value| - |written| for two numbers of one sign is the difference, turned by the sign
    truncated = value * written >= 0 and 0 <= math.copysign(1.0, written) * apart < unit * (1 - 1e-9)
    short = places is not None and places <= decimals + _SHORT  # 0.0399 written 0.039: a wrong digit (fresh39)
    return rounded or (truncated and _cut(written, decimals) and not short)


#: an exact value with at most this many decimals more than written is rounded, never cut: a display is cut short
_SHORT = 2


def exact_places(value: object) -> int | None:
    """The decimals of ``value`` if it is an exact terminating decimal (a sympy Rational whose denominator has no
    prime but 2 and 5: 399/10000 has 4), else None (1/3, e^{-1}, a float: digits enough to be cut short)."""
    q = getattr(value, "q", None)
    if not isinstance(q, int) or not getattr(value, "is_Rational", False):
        return None
    twos = fives = 0
    while q % 2 == 0:
        q, twos = q // 2, twos + 1
    while q % 5 == 0:
        q, fives = q // 5, fives + 1
    return max(twos, fives) if q == 1 else None


def _cut(written: float, decimals: int) -> bool:
    r"""May ``written`` (to ``decimals`` places) be a value with its digits cut off? Two significant digits at least,
    and two places or three significant digits: ``e^{-1} = 0.36``, ``e \approx 2.71``, ``12.3`` for 12.37 are cut;
    ``\log_2 3 \approx 1.5`` (1.585: off by a twentieth, one place) is no cut a grader takes (misses42)."""
    digits = _significant(written, decimals)
    return digits >= 2 and (decimals >= 2 or digits >= 3)


significant_digits = _significant  # (documents.coarserounding)
