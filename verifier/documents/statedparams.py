r"""A step in the remaining variable, read at the parameter values the prose states before it (fractions too).

"With mixing weights $\pi_1 = \pi_2 = \frac{1}{2}$ and means $\mu_1 = 0$, $\mu_2 = 2$," followed by a step that
holds only at those values (the mixture's responsibility written as ``\frac{1}{1 + e^{2x - 2}}``) was SKIPPED
"mu_1, mu_2, pi_1, pi_2 appear(s) on one side only" (gaps65): documents.stated reads ``=`` values for *worked*
links only (a decimal member), and reads no fraction (``\frac{1}{2}``) at all — widening it would touch every
rounding rule built on decimals. This module is the narrow path, taken only where that one-side doubt is about to
be raised (documents.guesses):

* :func:`parameter_values`: the ``name = … = value`` statements of inline math, the value an exact number as
  written — an integer, a decimal, ``\frac{a}{b}``/``\tfrac12``/``a/b`` of integers, signed — read to a Rational
  without the parser (no user text reaches it);
* :func:`at_stated_parameters`: the verdict of a FAILED step whose names on one side only each have one such value,
  stated before it in its section (a name the prose renewed since left out): the two sides with those values put in
  are compared for every value of the names left — PROVED where they simplify to one another, PASSED where they
  agree at several points, the reading reported either way ("at the values the notes state …"); SKIPPED with both
  sides where they differ (another value meant, or a slip: never FAILED — the step may hold under a reading of the
  prose this does not make).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.definitions import INLINE_MATH
from verifier.documents.sizeorder import section_of
from verifier.documents.stated import split_commas
from verifier.results import StepResult, Verdict

__all__ = ["at_stated_parameters", "parameter_values"]

_SPACING = re.compile(r"\\[,;:!]|\\(?:quad|qquad)\b|~|\\(?:left|right)\b")
_INTEGER = r"(?:\{\s*(\d+)\s*\}|(\d))"
_FRACTION = re.compile(r"^([-+]?)\s*\\[dt]?frac\s*" + _INTEGER + r"\s*" + _INTEGER + r"$")
_SLASH = re.compile(r"^([-+]?)\s*(\d+)\s*/\s*(\d+)$")
_DECIMAL = re.compile(r"^[-+]?\s*\d*\.?\d+$")
# a plain name: one letter or command, a subscript of letters or digits, a star or prime (no operator, no relation)
_NAME = re.compile(r"^(?:[A-Za-z]|\\[A-Za-z]+)(?:_(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]))?(?:\^\{?\*\}?|')?$")
_FUNCTIONS = frozenset({"\\frac", "\\sum", "\\log", "\\exp", "\\sin", "\\cos", "\\dots", "\\ldots", "\\cdots"})
_LARGEST = 200  # operations of a difference simplify is tried on
_POINTS = ((sp.Rational(3, 7), sp.Rational(-5, 11)), (sp.Rational(13, 9), sp.Rational(2, 3)),
           (sp.Rational(-7, 5), sp.Rational(9, 4)))  # fmt: skip


def _number(text: str) -> sp.Rational | None:
    """An exact number as written (``-\\frac{3}{4}``, ``\\tfrac12``, ``1/3``, ``0.25``, ``2``), else None."""
    text = re.sub(r"\s+", " ", text).strip()
    if m := _FRACTION.match(text):
        top, bottom = m.group(2) or m.group(3), m.group(4) or m.group(5)
    elif m := _SLASH.match(text):
        top, bottom = m.group(2), m.group(3)
    elif _DECIMAL.match(text):
        return sp.Rational(text.replace(" ", ""))
    else:
        return None
    if int(bottom) == 0:
        return None
    value = sp.Rational(int(top), int(bottom))
    return -value if m.group(1) == "-" else value


def parameter_values(text: str) -> list[tuple[str, sp.Rational, int]]:
    """``(name, value, line)`` for each ``name = … = number`` of ``text``'s inline math (comma-separated pieces of
    one formula too), in the order written; not a range (``i = 1, \\dots, n``, ``k = 1, 2, 3``)."""
    out: list[tuple[str, sp.Rational, int]] = []
    for m in INLINE_MATH.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        pieces = [_SPACING.sub(" ", p).strip().rstrip(".;").strip() for p in split_commas(m.group(1))]
        if any("=" not in p for p in pieces[1:]):
            continue  # i = 1, \dots, n; k = 1, 2, 3: a range, no value
        for piece in pieces:
            parts = [p.strip() for p in piece.split("=")]
            value = _number(parts[-1]) if len(parts) >= 2 else None
            names = parts[:-1]
            if value is not None and all(_NAME.match(n) and n.split("_")[0] not in _FUNCTIONS for n in names):
                out.extend((n, value, line) for n in names)
    return out


def _shown(tree: sp.Basic) -> str | None:
    """How the checker shows a name in its doubts (``pi_1`` for ``\\pi_1``, ``mu`` for ``\\mu``)."""
    if isinstance(tree, sp.Symbol):
        return tree.name
    if isinstance(tree, sp.Indexed) and all(i.is_Integer for i in tree.indices):
        return f"{tree.base.label}_{''.join(str(i) for i in tree.indices)}"
    return None


def _values(doc: Any, line: int, names: set[str]) -> dict[sp.Basic, tuple[str, sp.Rational, int]] | None:
    """The one value stated before ``line`` in its section for each of ``names`` (as shown), keyed by its tree;
    None where one of them has none or several."""
    lines = doc.text.split("\n")
    first = section_of(lines, line)[0]
    stated = [(n, v, at + first - 1) for n, v, at in parameter_values("\n".join(lines[first - 1 : line - 1]))]
    held = {(n, at) for n, _, at in doc._held([(n, str(v), at) for n, v, at in stated], line)}
    found: dict[str, set[tuple[sp.Basic, sp.Rational]]] = {}
    origin: dict[str, tuple[str, int]] = {}
    for written, value, at in stated:
        if (written, at) not in held:
            continue
        try:
            tree = doc.parse_plain(written)
        except Exception:  # noqa: BLE001 - a name the grammar refuses is simply not one of these
            continue
        if (shown := _shown(tree)) in names:
            found.setdefault(shown, set()).add((tree, value))
            origin.setdefault(shown, (written, at))
    if set(found) != names or any(len({v for _, v in f}) != 1 for f in found.values()):
        return None
    return {t: (origin[n][0], v, origin[n][1]) for n, f in found.items() for t, v in f}


def _at(tree: sp.Basic, point: dict[sp.Symbol, sp.Rational]) -> complex | None:
    try:
        return complex(sp.N(tree.xreplace(point), 30))
    except (TypeError, ValueError, ZeroDivisionError):
        return None


def at_stated_parameters(doc: Any, line: int, trees: Sequence[sp.Basic], one_side: Sequence[str],
                         r: StepResult) -> StepResult | None:  # fmt: skip
    """The verdict of ``r`` (FAILED, about to be SKIPPED "… appear(s) on one side only") read at the values the
    prose states before ``line`` for the ``one_side`` names; None where one has no single value, or the sides
    cannot be compared there (a function of the notes' own, a sum left unevaluated)."""
    if r.verdict is not Verdict.FAILED or len(trees) != 2 or not one_side:
        return None
    values = _values(doc, line, set(one_side))
    if values is None:
        return None
    try:
        sides = [t.doit().xreplace({k: v for k, (_, v, _) in values.items()}) for t in trees]
    except (TypeError, ValueError, AttributeError):
        return None
    if any(not isinstance(s, sp.Expr) or s.atoms(AppliedUndef, sp.Indexed, sp.Derivative, sp.Integral, sp.Sum)
           for s in sides):  # fmt: skip
        return None
    said = "; ".join(f"{w} = {v} (line {at})" for w, v, at in sorted(values.values(), key=lambda x: x[2]))
    free = sorted(set().union(*(s.free_symbols for s in sides)) - {sp.Symbol("e"), sp.Symbol("pi")}, key=str)
    if not free:
        return None  # every name stated: a worked value, not a step in a remaining variable (its own readings
        # decide it: a tie at another time, "Initialise $u_1 = u_2 = 0.3$ … at convergence $u_1 = u_2$", sound46)
    disagree = None
    for k, p in enumerate(_POINTS):
        point = {s: p[i % 2] + k * i for i, s in enumerate(free)}
        lhs, rhs = _at(sides[0], point), _at(sides[1], point)
        if lhs is None or rhs is None:
            return None
        if abs(lhs - rhs) > 1e-9 * max(1.0, abs(lhs), abs(rhs)):
            disagree = (point, lhs, rhs)
            break
    if disagree is not None:
        point, lhs, rhs = disagree
        where = ", ".join(f"{s}={v}" for s, v in point.items())
        return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=(
            f"at the values the notes state ({said}) the left side is {_real(lhs)} and the right side {_real(rhs)}"
            f"{' at ' + where if where else ''}: another value meant, or a slip; not called FAILED"))  # fmt: skip
    try:  # a large difference is not simplified (its time is unbounded): agreeing at the points, it is PASSED
        exact = sp.count_ops(sides[0] - sides[1]) <= _LARGEST and sp.simplify(sides[0] - sides[1]) == 0
    except (TypeError, ValueError, NotImplementedError):
        exact = False
    how = "holds" if exact else "agrees at several points"
    return replace(r, verdict=Verdict.PROVED if exact else Verdict.PASSED, counterexample=None, message=(
        f"read at the values the notes state before it ({said}): the step {how} there (not elsewhere)"))  # fmt: skip


def _real(value: complex) -> str:
    return f"{value.real:.6g}" if abs(value.imag) < 1e-12 else f"{value:.6g}"
