r"""A decimal the notes showed earlier as the rounding of a formula of numbers: that formula, rounded.

"$\phi(0) = 1/\sqrt{2\pi} \approx 0.3989$" and, a paragraph later, ``-2 \cdot 0.3989 = -\sqrt{2/\pi}``: the link is
the notes' arithmetic with their own rounding of φ(0) written in, yet read literally it is 0.7978 against
0.797885 and was FAILED (fresh37; so was ``\tanh(1.3133) \approx \frac{e^2 + 2e}{e^2 + 2e + 2}`` after "$\ln(1 + e)
\approx 1.3133$"). documents.roundedinputs reads a rounded input as a simple fraction (1.333 of 4/3) or as a
rounding the *same* chain shows; a rounding shown by an earlier formula of the notes was no reading at all.

This module owns that reading, as a pass over the checked chains (:func:`on_noted_roundings`):

* :func:`noted_roundings`: the roundings the notes show — two neighbouring members of a chain, one a lone
  decimal of three significant digits or more, the other a formula of numbers alone (e and π the constants) whose
  value the decimal rounds or truncates at its own places. A decimal shown for two different values is left out.
  A negative one (``-\tfrac{1}{2}\log(2\pi) \approx -0.9189``) shows its magnitude too, as the formula negated: a
  later link writes it after a minus (``-0.9189 - 2``), and its decimals are read unsigned (fresh71).
* a FAILED link between two formulas of numbers, after the line that shows the rounding, with the formula put in
  place of each such decimal it writes, that then holds exactly is PASSED, the rounding named. Where it still
  fails, it stays FAILED: the rounding is no excuse for it.
* the rounding must also be what sets the sides apart as written: they must agree within :data:`CARRIED` times
  the relative rounding unit of the decimals put in (a rounding carried through a square or a product).
  ``(1.414 - \sqrt 2) \cdot 10^6 = 0`` (−213.6 against 0) or ``\frac{1}{0.333 - 0.33} = \frac{1}{1/3 - 0.33}``
  (333 against 300) hold exactly with the formula in place, but as written they are wrong far beyond the rounding
  shown (a cancellation amplified it): they stay FAILED (sound48).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

import sympy as sp

from verifier.documents.members import _Chain
from verifier.documents.precision import agrees, significant_digits
from verifier.documents.records import CheckedChain, remade_failures
from verifier.documents.stated import closed_form
from verifier.documents.worked import exact_difference
from verifier.latex.numberwriting import decimal_points
from verifier.results import StepResult, Verdict

__all__ = ["noted_roundings", "on_noted_roundings"]

_LONE = re.compile(r"\s*[-+]?\s*(\d*)\.(\d+)\s*")
_DECIMAL = re.compile(r"(?<![\d.])\d*\.\d+(?![\d.])")
#: how many relative rounding units of the decimals put in the written sides may be apart (a rounding carried
#: through a power or a product of a few factors); beyond it the link as written is more than the rounding
CARRIED = 10
_REASON = "equal within the rounding the notes show: {said}; with {those} in place the link holds exactly"

Parse = Callable[[str], object]


def _number(text: str, parse: Parse) -> sp.Expr | None:
    """``text`` read as a formula of numbers (its value computable), or None."""
    if not closed_form(text, parse):  # type: ignore[arg-type]
        return None
    try:
        tree = parse(text)
    except Exception:  # noqa: BLE001 - a member the grammar refuses shows no rounding
        return None
    return tree if isinstance(tree, sp.Expr) and exact_difference(tree, sp.Integer(0)) is not None else None


def noted_roundings(chains: Sequence[_Chain], parse: Parse) -> dict[str, tuple[str, int]]:
    """Each decimal (as written, normalised) the notes show as the rounding of one formula of numbers: that
    formula's LaTeX and the line that shows it (the first)."""
    shown: dict[str, tuple[str, int]] = {}
    doubled: set[str] = set()
    for chain in chains:
        texts = [m.latex for m in chain.members]
        for a, b in pairwise(texts):
            for lone, formula in ((b, a), (a, b)):
                m = _LONE.fullmatch(decimal_points(lone))
                if m is None or _LONE.fullmatch(decimal_points(formula)):
                    continue
                written, places = float(decimal_points(lone).replace(" ", "")), len(m.group(2))
                if significant_digits(written, places) < 3:
                    continue
                tree = _number(formula, parse)
                value = None if tree is None else exact_difference(tree, sp.Integer(0))
                if value is None or not agrees(value, written, places):
                    continue
                key = decimal_points(lone).replace(" ", "").lstrip("+")
                keys = [(key, formula.strip())]
                if key.startswith("-"):  # -0.9189 for -½log(2π): 0.9189, written after a minus, rounds ½log(2π)
                    keys.append((key[1:], rf"-\left({formula.strip()}\right)"))
                for k, f in keys:
                    if k in shown and shown[k][0] != f:
                        doubled.add(k)
                    shown.setdefault(k, (f, chain.line))
    return {k: v for k, v in shown.items() if k not in doubled}


def _with_formulas(text: str, shown: dict[str, tuple[str, int]], line: int,
                   units: list[float] | None = None) -> tuple[str, list[str]]:  # fmt: skip
    """``text`` with each decimal shown before ``line`` as a rounding replaced by its formula, and what was put;
    ``units`` collects each such decimal's relative rounding unit (a unit of its last place over its value)."""
    put: list[str] = []

    def swap(m: re.Match[str]) -> str:
        found = shown.get(m.group(0))
        if found is None or found[1] >= line:
            return m.group(0)
        put.append(f"${m.group(0)}$ rounds ${found[0]}$ (line {found[1]})")
        if units is not None and (value := float(m.group(0))):
            units.append(10.0 ** -len(m.group(0).partition(".")[2]) / abs(value))
        return rf"\left({found[0]}\right)"

    return _DECIMAL.sub(swap, decimal_points(text)), put


def _holds(step: StepResult, shown: dict[str, tuple[str, int]], line: int, parse: Parse) -> str | None:
    """Why the FAILED ``step`` holds with the notes' roundings read as their formulas, or None."""
    sides = [step.lhs_latex, step.rhs_latex]
    written = [_number(s, parse) for s in sides]
    if any(t is None for t in written):
        return None
    units: list[float] = []
    swapped = [_with_formulas(s, shown, line, units) for s in sides]
    said = [p for _, put in swapped for p in put]
    if not said:
        return None
    trees = [_number(s, parse) for s, _ in swapped]
    if any(t is None for t in trees):
        return None
    apart = exact_difference(trees[0], trees[1])  # type: ignore[arg-type]
    value = exact_difference(trees[0], sp.Integer(0))  # type: ignore[arg-type]
    if apart is None or value is None or abs(apart) > 1e-20 * max(1.0, abs(value)):
        return None
    if not _carried(written, units):
        return None
    those = "the formula" if len(said) == 1 else "the formulas"
    return _REASON.format(said="; ".join(said), those=those)


def _carried(written: Sequence[object], units: Sequence[float]) -> bool:
    """Are the written sides (two formulas of numbers) within :data:`CARRIED` relative rounding units (``units``,
    of the decimals put in) of each other: the rounding carried, not amplified (module docstring)?"""
    apart = exact_difference(written[0], written[1])  # type: ignore[arg-type]
    sizes = [exact_difference(t, sp.Integer(0)) for t in written]  # type: ignore[arg-type]
    if apart is None or any(v is None for v in sizes) or not units:
        return False
    return abs(apart) <= CARRIED * max(units) * max(abs(v) for v in sizes)  # type: ignore[arg-type]


def on_noted_roundings(chains: Sequence[_Chain], checked: list[CheckedChain], parse: Parse) -> list[CheckedChain]:
    """``checked`` (one result per chain of ``chains``) with each FAILED link that holds once the notes' own
    roundings are read as the formulas they round made PASSED (module docstring)."""
    if len(chains) != len(checked) or not any(
            isinstance(c, CheckedChain) and any(s.verdict is Verdict.FAILED for s in c.result.steps) for c in checked):
        return checked
    shown = noted_roundings(chains, parse)
    if not shown:
        return checked

    def remake(k: int, s: StepResult) -> StepResult | None:
        if s.counterexample is not None and s.counterexample.point:
            return None
        why = _holds(s, shown, chains[k].line, parse)
        return None if why is None else replace(s, verdict=Verdict.PASSED, counterexample=None, curve=None,
                                                message=why)

    return remade_failures(checked, remake)

