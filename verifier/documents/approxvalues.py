r"""Values the prose states with ``\approx``: a value, rounded — never proof, a range to fail beyond.

"The learning rate is $\eta \approx 0.1$", "with $\lambda \approx 1.0507$ and $\alpha \approx 1.6733$" (SELU's
constants) give a name its value as ``=`` does, but rounded. documents.stated read only ``=``: a later worked step
at the name (``\eta g = 0.3`` with $g = 2$) was SKIPPED "an equation between undeclared quantities", a wrong
number never caught (fresh31, misses43). This module owns that reading:

* :func:`approx_values`: the ``name \approx number`` statements of the prose (inline, one relation, a plain
  name), read with the ``=`` ones (documents.check ``_prose_values``) so a worked step takes them as hypotheses;
* :func:`rounded_names`: which of a chain's stated values (its hypotheses) are such roundings;
* :func:`from_rounded_values`: a step PROVED under one of them is PASSED — a rounded value proves nothing;
* :func:`at_rounded_values`: the verdict of a worked number that the stated values do not give
  (documents.stated.rounded_at_values' SKIPPED): the side is enclosed (interval arithmetic, ``mpmath.iv``) over
  every value the roundings admit — half a unit of each rounded value's last digit; a value stated with ``=`` is
  exact where documents.exactdata calls it data, else a rounding too — and the written number is FAILED where no
  value in that enclosure rounds or truncates to it. Within it, PASSED where every rounded value has three
  significant digits or more (the propagated error is small: ``2\lambda = 2.1015``), SKIPPED where a rounding is
  coarse (η ≈ 0.1 admits 0.05 … 0.15: ``\eta g = 0.25`` may be the unrounded rate, or a slip).

A name the notes set equal to a formula before the statement, in its section ("Let $p = \sigma(1)$, so $p
\approx 0.62$"), is computed there: its ``\approx`` is a claim about that formula, not a value given, and is not read
(redteam44: ``2p = 1.24`` was PASSED at the wrong 0.62).

A side with a name no statement gives a value (a name the notes define: rounded on the way), or a function the
enclosure does not know, stays SKIPPED as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import Any

import mpmath
import sympy as sp

from verifier.documents.definitions import INLINE_MATH
from verifier.documents.exactdata import rounds_written, stated_as_data
from verifier.documents.precision import significant_digits
from verifier.results import StepResult, Verdict

__all__ = ["APPROX", "approx_values", "at_rounded_values", "computed_before", "fails_at_constants",
           "from_rounded_values", "rounded_names"]

#: the sign of a rounded statement
APPROX = re.compile(r"\\approx(?![A-Za-z])|≈")
_NUMBER = re.compile(r"^[-+]?\d+(?:\.(\d+))?$")
_FROM = re.compile(r"\(line (\d+)\)")
_SPACING = re.compile(r"\\[,;:!]|\\(?:quad|qquad)\b|~")
_NOT_NAME = re.compile(r"[=<>+,(\[|{}^\-]|\\(?:frac|sum|prod|partial|left|cdot|times|log|exp|sigma\b)")
_SKIPPED = "this side is "
# "Recall $e \approx 2.718$": a remark about a constant the checker knows exactly, no value to read it at
_CONSTANTS = frozenset({"e", "\\pi", "\\mathrm{e}", "i"})


def _name(text: str) -> bool:
    r"""A plain name as written: one letter or command, a subscript allowed (``\eta``, ``w_1``, ``\lambda``)."""
    return bool(re.fullmatch(r"(?:[A-Za-z]|\\[A-Za-z]+)(?:_(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]))?", text)) and \
        not _NOT_NAME.search(text.split("_")[0])  # fmt: skip


def computed_before(text: str, at: int, name: str) -> bool:
    """Does the text before offset ``at``, in its section, set ``name`` equal to something that is not a number?"""
    from verifier.documents.sizeorder import section_of

    lines = text.split("\n")
    first = section_of(lines, text.count("\n", 0, at) + 1)[0]
    start = sum(len(x) + 1 for x in lines[: first - 1])
    head = re.escape(name) + (r"(?![A-Za-z])" if name.startswith("\\") else r"(?![A-Za-z0-9_'])")
    lead = r"(?<![A-Za-z\\_^])" if not name.startswith("\\") else r"(?<![A-Za-z_^])"
    number = r"[-+]?\s*\d*\.?\d+\s*(?:[$,;.]|\\\\|\\q?quad|\\text|\\\]|\\\)|\\end\b|&|\n|$)"  # (\] …: lead49)
    return re.search(lead + head + r"\s*=(?!=)(?!\s*" + number + ")", text[start:at]) is not None


def approx_values(text: str) -> list[tuple[str, str, int]]:
    r"""``(name, number, line)`` for each inline ``$name \approx number$`` of ``text`` (comma-separated pieces of
    one formula too), in the order written; not of a constant (``e``, ``\pi``: known exactly). A chain
    (``\lambda\alpha \approx 1.05 \cdot 1.67 \approx 1.76``), a product or a formula on the left, or ``=`` beside the
    ``\approx`` is no statement of a value."""
    from verifier.documents.stated import split_commas

    out: list[tuple[str, str, int]] = []
    for m in INLINE_MATH.finditer(text):
        if "=" in m.group(1):
            continue
        line = text.count("\n", 0, m.start()) + 1
        for piece in split_commas(m.group(1)):
            parts = [_SPACING.sub(" ", p).strip().rstrip(".,;").strip() for p in APPROX.split(piece)]
            if len(parts) == 2 and _name(parts[0]) and parts[0] not in _CONSTANTS and \
                    _NUMBER.match(number := parts[1].replace(" ", "")):  # fmt: skip
                if not computed_before(text, m.start(), parts[0]):  # p = σ(1), so p ≈ 0.62: a claim
                    out.append((parts[0], number, line))
    return out


def rounded_names(hypotheses: Sequence[tuple[str, str]], text: str) -> set[str]:
    """The hypotheses (``name = number``) of a chain that are values the notes state with ``\\approx`` or call
    approximate in words (documents.roundedgivens): the line each came from (``(line N)`` of its origin) writes
    that name and number so."""
    from verifier.documents.roundedgivens import said_roughly
    from verifier.documents.stated import WHERE

    lines = text.split("\n")
    out: set[str] = set()
    for h, where in hypotheses:
        m = _FROM.search(where)
        if not where.startswith(WHERE) or m is None or not 1 <= int(m.group(1)) <= len(lines):
            continue
        name, _, number = (p.strip() for p in h.partition("="))
        if (name, number) in {(n, v) for n, v, _ in approx_values(lines[int(m.group(1)) - 1])} or \
                said_roughly(text, name, number, int(m.group(1))):  # "about $\eta = 0.33$" (roundedgivens)
            out.add(h)
    return out


def _computed_roundings(hypotheses: Sequence[tuple[str, str]], text: str,
                        displayed: Collection[tuple[str, str, int]] = ()) -> set[str]:  # fmt: skip
    """The hypotheses that are the rounded value of the formula the notes computed the name by ("Let $p =
    \\sigma(1)$, so $p = 0.73$": documents.roundedgivens; ``displayed``: those of the values displayed on a line of
    their own, read with the chains); a step PROVED at one holds at the value written only."""
    from verifier.documents.roundedgivens import rounded_computations

    found = rounded_computations(text) | set(displayed)
    out = set()
    for h, where in hypotheses:
        name, _, number = (p.strip() for p in h.partition("="))
        if (m := _FROM.search(where)) is not None and (name, number, int(m.group(1))) in found:
            out.add(h)
    return out


def _written_roundings(hypotheses: Sequence[tuple[str, str]], text: str) -> set[str]:
    """The hypotheses whose value rounds a longer decimal the notes write before it, beside it or in the rest of its
    sentence ("So $y = 0.73$, matching $$\\sigma(1) = 0.7311$$": documents.exactdata.rounds_written, sound50)."""
    from verifier.documents.stated import WHERE

    out = set()
    for h, where in hypotheses:
        if where.startswith(WHERE) and (m := _FROM.search(where)) is not None and \
                rounds_written(text, int(m.group(1)), h.partition("=")[0].strip()):  # fmt: skip
            out.add(h)
    return out


def from_rounded_values(hypotheses: Sequence[tuple[str, str]], text: str, steps: list[StepResult],
                        displayed: Collection[tuple[str, str, int]] = ()) -> list[StepResult]:  # fmt: skip
    """``steps`` with each PROVED under a rounded stated value (its message names the hypothesis) PASSED;
    ``displayed``: the displayed values that are roundings of a computed name (documents.roundedgivens).
    A chain with no hypotheses has none rounded: the document's stated values are not read for it (smallnote66)."""
    if not hypotheses:
        return steps
    rounded = rounded_names(hypotheses, text) | _computed_roundings(hypotheses, text, displayed) | \
        _written_roundings(hypotheses, text) if any(r.verdict is Verdict.PROVED for r in steps) else set()
    if not rounded:
        return steps
    out = []
    for r in steps:
        used = [h for h in sorted(rounded) if r.verdict is Verdict.PROVED and h in (r.message or "")]
        out.append(replace(r, verdict=Verdict.PASSED, message=(
            f"{r.message}; {', '.join(h.replace('=', chr(8776)) for h in used)} is stated as a rounding: the step "
            "holds at the value written, not proved for the value rounded")) if used else r)  # fmt: skip
    return out


def interval_enclosure(tree: sp.Basic, boxes: dict[sp.Symbol, object]) -> object:
    """An enclosure of ``tree`` (``mpmath.iv``) with each symbol in its box; ValueError where it cannot say."""
    iv = mpmath.iv
    if isinstance(tree, sp.Symbol):
        if tree not in boxes:
            raise ValueError(tree)
        return boxes[tree]
    if isinstance(tree, sp.Rational):
        return iv.mpf(int(tree.p)) / iv.mpf(int(tree.q))
    if tree is sp.E:
        return iv.e
    if tree is sp.pi:
        return iv.pi
    if isinstance(tree, sp.Add):
        out = iv.mpf(0)
        for a in tree.args:
            out = out + interval_enclosure(a, boxes)
        return out
    if isinstance(tree, sp.Mul):
        out = iv.mpf(1)
        for a in tree.args:
            out = out * interval_enclosure(a, boxes)
        return out
    if isinstance(tree, sp.Pow) and tree.exp.is_Integer:
        base = interval_enclosure(tree.base, boxes)
        return base ** int(tree.exp) if tree.exp >= 0 else iv.mpf(1) / base ** int(-tree.exp)
    if isinstance(tree, sp.Pow) and tree.exp == sp.S.Half:
        return iv.sqrt(interval_enclosure(tree.base, boxes))
    if isinstance(tree, sp.exp):
        return iv.exp(interval_enclosure(tree.args[0], boxes))
    if isinstance(tree, sp.log) and len(tree.args) == 1:
        return iv.log(interval_enclosure(tree.args[0], boxes))
    raise ValueError(tree)


def _places(number: sp.Basic) -> int | None:
    return next((d for d in range(0, 16) if (number * 10**d).is_Integer), None)


def at_rounded_values(
    skipped: StepResult, failed: StepResult, trees: Sequence[sp.Basic], hypotheses: Sequence[tuple[str, str]],
    text: str, display_lines: Sequence[int], parse: Callable[[str], sp.Basic],
) -> StepResult | None:  # fmt: skip
    """The verdict of ``skipped`` (rounded_at_values' SKIPPED "this side is …, not the … written" of the FAILED step
    ``failed``; ``trees``: its two sides) where a value it
    is read at is stated with ``\\approx`` (module docstring); None where none is (documents.exactdata decides)."""
    from verifier.documents.stated import WHERE

    stated = [(h, where) for h, where in hypotheses if where.startswith(WHERE)]
    rounded = rounded_names(stated, text)
    if skipped.verdict is not Verdict.SKIPPED or _SKIPPED not in (skipped.message or "") or not rounded:
        return None
    numbers = [k for k, t in enumerate(trees) if isinstance(t, sp.Number)]
    if len(trees) != 2 or len(numbers) != 1:
        return skipped
    written, side = trees[numbers[0]], trees[1 - numbers[0]]
    places = _places(written)
    boxes: dict[sp.Symbol, object] = {}
    coarse = False
    try:
        side = side.doit()
        for h, where in stated:
            name, _, number = (p.strip() for p in h.partition("="))
            symbol, value = parse(name), sp.Rational(number)
            m = _NUMBER.match(number)
            if not isinstance(symbol, sp.Symbol) or m is None:
                return skipped
            line = int(at.group(1)) if (at := _FROM.search(where)) else 0
            exact = h not in rounded and stated_as_data(text, line, display_lines, name)
            half = sp.Rational(1, 2) / 10 ** len(m.group(1) or "")
            if h in rounded and significant_digits(float(number), len(m.group(1) or "")) < 3:
                coarse = True
            low, high = (value, value) if exact else (value - half, value + half)
            boxes[symbol] = mpmath.iv.mpf([mpmath.mpf(int(low.p)) / int(low.q), mpmath.mpf(int(high.p)) / int(high.q)])
        enclosure = interval_enclosure(side, boxes)
    except (ValueError, TypeError, ZeroDivisionError, sp.SympifyError):
        return skipped  # a name with no stated value, a function the enclosure does not know: left SKIPPED
    if places is None:
        return skipped
    unit = mpmath.mpf(10) ** -places
    number = mpmath.mpf(int(written.p)) / int(written.q)
    lo, hi = mpmath.mpf(enclosure.a), mpmath.mpf(enclosure.b)
    said = "; ".join(h.replace("=", "≈") if h in rounded else h for h, _ in stated)
    # the values the number written is a rounding (± half a unit) or a truncation (a unit away from 0) of
    below, above = (number - unit / 2, number + unit) if number >= 0 else (number - unit, number + unit / 2)
    if hi < below or lo > above:
        return replace(failed, message=(
            f"at every value the roundings the notes state admit ({said}) this side is between {float(lo):.6g} and "
            f"{float(hi):.6g}: no rounding or truncation of it is the {float(number):g} written"))  # fmt: skip
    if coarse:
        return replace(skipped, message=f"{skipped.message}; within the rounding of a value stated coarsely ({said}):"
                                        f" this side may be {float(lo):.6g} … {float(hi):.6g}")  # fmt: skip
    return replace(skipped, verdict=Verdict.PASSED, message=(
        f"within the rounding of the values the notes state ({said}): this side is between {float(lo):.10g} and "
        f"{float(hi):.10g} there, and {float(number):g} is a rounding of a value in it"))


def _constants(doc: Any, line: int, names: set[str]) -> dict[str, tuple[str, bool]] | None:
    """The one value (number, rounded?) the prose states before ``line`` and in its section for each of ``names``;
    None where one of them has none or several."""
    from verifier.documents.valuescope import values_in_scope

    stated = [v for v in values_in_scope(doc._prose_values, doc.text, line, line, doc.chain_lines) if v[2] < line]
    stated = doc._held(stated, line)  # not a name the prose renewed since (documents.renewednames)
    lines = doc.text.split("\n")
    out: dict[str, tuple[str, bool]] = {}
    for name in names:
        values = set()
        for written, number, at in stated:
            try:
                symbol = doc.parse_plain(written)
            except Exception:  # noqa: BLE001 - a name the grammar refuses is simply not this one
                continue
            if isinstance(symbol, sp.Symbol) and symbol.name == name:
                values.add((number, (written, number) in {(n, v) for n, v, _ in approx_values(lines[at - 1])}))
        if len(values) != 1 or not next(iter(values))[1]:
            return None  # none, several, or stated with = (a worked example's value, not a constant: left)
        out[name] = values.pop()
    return out


def fails_at_constants(doc: Any, line: int, trees: Sequence[sp.Basic], one_side: Sequence[str],
                       r: StepResult) -> StepResult | None:  # fmt: skip
    r"""``r`` (FAILED, about to be SKIPPED "λ appears on one side only and the notes do not define it") kept FAILED
    where each such name is a constant whose value the prose states with a rounding before the step, in its section
    (``$\lambda \approx 1.0507$``; one value only) and the two sides differ at every value of those roundings, the
    other names at the refutation's point (an enclosure of the difference without 0); else None. A value stated with
    ``=`` is left out: a worked example's input (the stated-values reading takes it for worked links only)."""
    cx = r.counterexample
    if r.verdict is not Verdict.FAILED or cx is None or not cx.point or len(trees) != 2 or not one_side:
        return None
    constants = _constants(doc, line, set(one_side))
    if constants is None:
        return None
    try:
        difference = (trees[0] - trees[1]).doit()
        boxes: dict[sp.Symbol, object] = {}
        for symbol in difference.free_symbols:
            if symbol.name in constants:
                number, rounded = constants[symbol.name]
                value, m = sp.Rational(number), _NUMBER.match(number)
                half = sp.Rational(1, 2) / 10 ** len(m.group(1) or "") if rounded and m else sp.S.Zero
                low, high = value - half, value + half
                boxes[symbol] = mpmath.iv.mpf([mpmath.mpf(int(low.p)) / int(low.q),
                                               mpmath.mpf(int(high.p)) / int(high.q)])  # fmt: skip
            else:
                at = next(v for k, v in cx.point if k == symbol.name)
                boxes[symbol] = mpmath.iv.mpf(float(at))
        enclosure = interval_enclosure(difference, boxes)
    except (ValueError, TypeError, ZeroDivisionError, StopIteration, sp.SympifyError):
        return None
    if enclosure.a <= 0 <= enclosure.b:
        return None
    said = "; ".join(f"{n} {'≈' if rounded else '='} {v}" for n, (v, rounded) in sorted(constants.items()))
    others = ", ".join(f"{k}={v}" for k, v in cx.point if k not in constants)
    point = tuple((k, constants[k][0] if k in constants else v) for k, v in cx.point)  # the refutation at the value
    at = {s: sp.Rational(constants[s.name][0]) if s.name in constants else sp.Float(dict(cx.point)[s.name], 30)
          for s in difference.free_symbols}  # fmt: skip
    try:
        lhs, rhs = (sp.N(t.doit().xreplace(at), 15) for t in trees)
        cx = replace(cx, point=point, lhs=str(lhs), rhs=str(rhs), difference=str(sp.N(lhs - rhs, 6)),
                     coordinates=tuple((k, float(v)) for k, v in point))  # fmt: skip
    except (TypeError, ValueError):
        return None
    return replace(r, counterexample=cx, message=(
        f"at the value{'s' if len(constants) > 1 else ''} the notes state with a rounding ({said}; every value it "
        f"admits) the sides differ{' (' + others + ')' if others else ''}: {r.message}"))  # fmt: skip
