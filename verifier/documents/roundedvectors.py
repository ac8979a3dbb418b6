r"""A worked vector at exact inputs, written in a vector the notes state rounded just before it: FAILED beyond both.

"Take $z = (1, 2, 0)$, so $p \approx (0.24, 0.67, 0.09)$. With the label $y = (0, 1, 0)$, ``p - y = (0.24, -0.33,
0.19)``": p is the softmax of the stated z (the notes' definition), so the step fails at the stated values, and the
worked-number policy (documents.stated) leaves it SKIPPED, "a closed form computed from rounded inputs, another value
of a name, or a slip", because an author rounds on the way to a quotient of exponentials. Here the way is written:
the notes state the rounded p the author worked from. :func:`beyond_stated_roundings` makes the SKIPPED verdict FAILED
(ml71a) when

* every value the step is read at is an exact input (documents.exactslips.inexact_input, asked by the caller:
  stated with ``=``, once, no rounding said for it);
* the side that is not a literal is a linear combination of names, each one of those exact inputs or a vector the
  notes state with ``\approx`` as a literal of plain numbers in the prose between the first input and the step
  (the last such statement of it), as long as the written literal: then its entry k is the same combination of
  the names' entries k;
* the number written at the failing entry is neither the exact value there rounded or truncated to its places nor
  a rounding or truncation of any value the stated roundings admit (each rounded entry within half a unit of its
  last digit; the side enclosed in interval arithmetic, documents.approxvalues): read exactly or worked from the
  rounded vector the notes state, the entry is wrong.

A combination that is no linear one (a product of two vectors, a function of one: ``\sigma(p)``), a name with no
statement, or a statement that is not as long as the written vector keeps the SKIPPED verdict; so does a number
within the roundings (0.10 for 0.0900 of ``p \approx (…, 0.09)``: one unit up, a rounding on the way).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from fractions import Fraction

import mpmath
import sympy as sp

from verifier.documents.approxvalues import APPROX, interval_enclosure
from verifier.documents.definitions import INLINE_MATH
from verifier.documents.exactslips import literal_numbers, policy_refuted
from verifier.documents.precision import agrees
from verifier.documents.stated import WHERE
from verifier.results import StepResult

__all__ = ["beyond_stated_roundings"]

_FROM = re.compile(r"\(line (\d+)\)")
_ENTRY = re.compile(r"^\[(\d+),\s*(\d+)\]$")


def _rounded_vectors(text: str, first: int, last: int) -> dict[str, tuple[list[str], int]]:
    r"""``name -> (numbers, line)`` for each inline ``$name \approx (numbers)$`` on lines ``first`` … ``last``
    (1-based), the last statement of a name winning; a formula with ``=`` beside the ``\approx`` states none."""
    out: dict[str, tuple[list[str], int]] = {}
    for m in INLINE_MATH.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        if not first <= line <= last or "=" in m.group(1):
            continue
        parts = APPROX.split(m.group(1))
        if len(parts) != 2:
            continue
        name, value = parts[0].strip(), parts[1].strip().rstrip(".,;").strip()
        numbers = literal_numbers(value)
        if numbers and len(numbers) > 1 and re.fullmatch(r"[A-Za-z]|\\[A-Za-z]+", name):
            out[name] = (numbers, line)
    return out


def _entry(entry: str | None, size: int) -> int | None:
    """The 0-based place of the counterexample's entry (``[2, 1]`` of a column, ``[1, 2]`` of a row) in a vector of
    ``size`` numbers."""
    m = _ENTRY.match((entry or "").strip())
    if m is None:
        return None
    i, j = int(m.group(1)), int(m.group(2))
    k = i if j == 1 else j if i == 1 else 0
    return k - 1 if 1 <= k <= size else None


def _box(number: str, exact: bool) -> object:
    value = Fraction(number)
    places = len(number.partition(".")[2])
    half = Fraction(0) if exact else Fraction(1, 2 * 10**places)
    low, high = value - half, value + half
    return mpmath.iv.mpf([mpmath.mpf(low.numerator) / low.denominator, mpmath.mpf(high.numerator) / high.denominator])


def beyond_stated_roundings(
    skipped: StepResult | None,
    failed: StepResult,
    texts: tuple[str, str],
    hypotheses: Sequence[tuple[str, str]],
    text: str,
    line: int,
    parse: Callable[[str], sp.Basic],
    inexact: Callable[[], str | None],
) -> StepResult | None:
    """``skipped`` (the worked-number policy's SKIPPED verdict of the FAILED step ``failed``) made FAILED where the
    entry written is wrong read exactly and read from the rounded vector the notes state (module docstring); else
    ``skipped`` unchanged. ``texts``: the two members as written; ``line``: the step's; ``inexact``: why one of the
    ``hypotheses`` is no exact input (documents.exactslips.inexact_input), or None."""
    cx = failed.counterexample
    if not policy_refuted(skipped, failed) or cx is None:
        return skipped
    literal = [k for k, t in enumerate(texts) if literal_numbers(t) is not None]
    if len(literal) != 1 or not hypotheses or any(not where.startswith(WHERE) for _, where in hypotheses):
        return skipped
    written = literal_numbers(texts[literal[0]]) or []
    k = _entry(cx.entry, len(written))
    lines = [int(m.group(1)) for _, where in hypotheses if (m := _FROM.search(where))]
    if k is None or len(lines) != len(hypotheses):
        return skipped
    try:
        value = float(Fraction((cx.lhs if literal[0] == 1 else cx.rhs).strip()))
        side = parse(texts[1 - literal[0]])
    except Exception:  # noqa: BLE001 - a value or a side not read here keeps the SKIPPED verdict
        return skipped
    rounded = _rounded_vectors(text, min(lines), line - 1)
    exact = {}
    for h, _ in hypotheses:
        name, _, number = (p.strip() for p in h.partition("="))
        exact[name] = literal_numbers(number)
    boxes: dict[sp.Symbol, object] = {}
    for symbol in side.free_symbols:
        name = str(symbol)
        if not isinstance(symbol, sp.Symbol) or (name not in exact and name not in rounded):
            return skipped
        numbers = exact[name] if name in exact else rounded[name][0]
        if numbers is None or len(numbers) not in (1, len(written)):
            return skipped
        boxes[symbol] = _box(numbers[k if len(numbers) > 1 else 0], name in exact)
    names = [s for s in side.free_symbols if str(s) in rounded]
    if not names or inexact() is not None:
        return skipped
    try:
        if sp.Poly(side, *side.free_symbols).total_degree() > 1:
            return skipped  # a product of vectors is no entry-by-entry combination
        enclosure = interval_enclosure(sp.expand(side), boxes)
    except (ValueError, TypeError, ZeroDivisionError, sp.PolynomialError):
        return skipped
    number = written[k]
    places = len(number.partition(".")[2])
    w = float(Fraction(number))
    unit = mpmath.mpf(10) ** -places
    # the values the number written is a rounding (± half a unit) or a truncation (a unit away from 0) of
    below, above = (w - unit / 2, w + unit) if w >= 0 else (w - unit, w + unit / 2)
    lo, hi = mpmath.mpf(enclosure.a), mpmath.mpf(enclosure.b)  # type: ignore[attr-defined]
    if agrees(value, w, places) or not (hi < below or lo > above):
        return skipped
    said = "; ".join(f"{n} \u2248 ({', '.join(rounded[n][0])}) (line {rounded[n][1]})" for n in sorted(map(str, names)))
    return replace(failed, message=(
        f"at the values the notes state exactly ({'; '.join(h for h, _ in hypotheses)}) entry {k + 1} of this side "
        f"is {value:.6g}, and from the rounded {said} it is between {float(lo):.6g} and {float(hi):.6g}: the "
        f"{number} written is no rounding or truncation of either, a slip no rounding on the way makes"
        + (f"; {failed.message}" if failed.message else "")))  # fmt: skip
