r"""A value solved for, checked in the equation it solves: ``h'(x) = 2x + 4 = 0 \Rightarrow x = 2`` (sound40).

Notes set a derivative to zero and give the solution in one display. The equation after the arrow is linked to the
one before it (documents.equivalent), which proves a link that is a nonzero multiple of it; a solution written as a
value (``x = 2``) is no multiple of ``2x + 4 = 0``, so it was left SKIPPED "an equation joined by ⇒", and a wrong root
(the root is −2) left the notes green.

This module owns that check. Where the linked equation sets one name to a number (``x = c``) and the equation before
it, read as the notes define its names, is one scalar equation ``F(x) = 0`` in that name alone:

* ``F(c) ≠ 0``: FAILED, "x = c does not solve the equation before it" (with ``F(c)``); a value written with decimals
  (``x = 1.41``) is first compared with the equation's real roots at its own decimals — one of them rounding (or
  truncated) to it is no failure (SKIPPED, "a rounded solution"), and where the roots are not computed (no
  polynomial: ``e^x = 2 \Rightarrow x = 0.693``) it is SKIPPED too; an equation linear in the name with numbers
  for coefficients ("Let $p = \sigma(1)$, so $p = 0.62$": the root 0.731 computed) has its root compared so
  (sound45: 0.62 FAILED, 0.73 a rounded solution);
* ``F(c) = 0`` and ``F`` a polynomial in x whose only real root is c: PROVED, the solution follows;
* ``F(c) = 0`` otherwise (another root, or an equation that is no polynomial): SKIPPED, saying that c solves it
  but the arrow claims more than that (x² = 4 ⇒ x = 2 drops −2).

A sign the notes give right after the value ("so $w = 2$ since $w > 0$", "as $w < 0$", "because $w \geq 0$":
:func:`stated_sign`) restricts the roots (misses43): c the only real root of that sign is PROVED, c a root of the
other sign FAILED (it breaks what the notes say of it).
"""

from __future__ import annotations

import re

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.solutionnames import solved_letter, solved_name
from verifier.results import Verdict

__all__ = ["SUBSTITUTED", "solution_check", "stated_sign"]

#: the method of a step this module decides: its verdict rests on no guess about undeclared names (the equation
#: before it is one in the name alone, with rational coefficients or a number at the value), so it is not doubted
SUBSTITUTED = "symbolic: the value put back into the equation before it"

_DECIMALS = re.compile(r"^\s*[-+]?\s*\d*\.(\d+)\s*$")
_PRECISION = 40
# a sign as written: (or equal, positive)
_SIGNS = {">": (False, True), "<": (False, False), "\\geq": (True, True), "\\ge": (True, True),
          "\\geqslant": (True, True), "\\leq": (True, False), "\\le": (True, False), "\\leqslant": (True, False)}


def stated_sign(after: str, name: str) -> tuple[bool, bool] | None:
    r"""``(or equal, positive)`` where ``after`` (the prose right after the value) opens with "since / as / because
    $name > 0$" (``<``, ``\geq``, ``\leq``); None otherwise."""
    m = re.match(r"\s*[,;]?\s*(?:since|as|because|given\s+that|for)\s+\$\s*" + re.escape(name.strip())
                 + r"\s*(>|<|\\geqslant|\\leqslant|\\geq|\\leq|\\ge|\\le)\s*0\s*\$", after)  # fmt: skip
    return _SIGNS[m.group(1)] if m else None


def _signed(r: sp.Expr, sign: tuple[bool, bool]) -> bool:
    value = sp.N(r, _PRECISION)
    return bool(value >= 0 if sign[1] else value <= 0) if sign[0] else bool(value > 0 if sign[1] else value < 0)


def _value(e: sp.Expr) -> sp.Expr | None:
    return e if isinstance(e, sp.Expr) and e.is_number and e.is_real is not False else None


def solution_check(
    name: sp.Basic, number: sp.Basic, left: sp.Basic, right: sp.Basic, written: str, line: int,
    sign: tuple[bool, bool] | None = None,
) -> tuple[Verdict, str] | None:
    """The verdict and the reason for ``name = number`` (the linked equation's members as resolved; ``written``:
    the number as the notes write it) after the equation ``left = right`` (resolved) on ``line``; None where this
    reading does not apply (not a name and a number, not one scalar equation in that name alone). ``sign``: the
    sign the notes give the name right after the value (:func:`stated_sign`)."""
    if not isinstance(left, sp.Expr) or not isinstance(right, sp.Expr):
        return None  # a vector or matrix equation: not read here
    if isinstance(name, sp.Symbol | sp.Indexed) and _value(number) is None and isinstance(number, sp.Expr):
        f = left - right
        if isinstance(name, sp.Symbol) and not f.has(name) and (letter := solved_letter(name, f.free_symbols)):
            name = letter  # "…, hence $\hat\theta = k/n$": θ's root (green71)
        return _formula_root(name, number, f, written, line)  # w_j = (ρ_j − λα)/(z_j + λ) (misses42)
    if not isinstance(name, sp.Symbol) or (c := _value(number)) is None:  # type: ignore[arg-type]
        return None
    f = sp.expand(left - right)
    if f.atoms(AppliedUndef) or f.has(sp.Derivative, sp.Integral, sp.Sum):
        return None
    shown, name = name, solved_name(name, f.free_symbols)  # ⇒ w^* = 3: w's root (documents.solutionnames)
    if name is None:
        return None
    at = sp.N(f.subs(name, c), _PRECISION)
    if not at.is_number or at.has(sp.nan, sp.zoo, sp.oo, -sp.oo):
        return None
    said = f"{sp.sstr(shown)} = {written.strip()}" + ("" if shown == name else f" (the solution for {sp.sstr(name)})")
    before = f"the equation before it, line {line} ({sp.sstr(f)} = 0)"  # cited so (documents.premises)
    if abs(at) > sp.Float(10) ** (-_PRECISION // 2):
        roots = _real_roots(f, name)
        decimals = _DECIMALS.match(written)
        if decimals is not None and roots is None:
            return Verdict.SKIPPED, f"{said} is not a root of {before}; a rounded one is not looked for here"
        if decimals is not None and roots is not None and any(
                _written_as(r, len(decimals.group(1)), c) for r in roots):
            return Verdict.SKIPPED, f"{said} is a rounded solution of {before}"
        where = f"; its real roots are {', '.join(_shown(r) for r in roots)}" if roots else ""
        value = _shown(sp.nsimplify(f.subs(name, c)) if c.is_Rational else at)
        return Verdict.FAILED, f"{said} does not solve {before}: its left side is {value} there, not 0{where}"
    roots = _real_roots(f, name)
    if roots is not None and len(roots) == 1:
        return Verdict.PROVED, f"{said} is the only real solution of {before}"
    if sign is not None and shown == name:  # "since $w > 0$" (misses43)
        side = ("nonnegative" if sign[1] else "nonpositive") if sign[0] else ("positive" if sign[1] else "negative")
        if not _signed(c, sign):
            return Verdict.FAILED, f"{said} solves {before}, but is not {side}, as the notes say {sp.sstr(name)} is"
        if roots is not None and [r for r in roots if _signed(r, sign)] == [r for r in roots if r == c]:
            return Verdict.PROVED, f"{said} is the only {side} real solution of {before} (the notes give the sign)"
    others = "" if roots is None else f" (its real roots: {', '.join(_shown(r) for r in roots)})"
    return Verdict.SKIPPED, f"{said} solves {before}, but is not shown to be its only solution{others}"


def _formula_root(name: sp.Symbol | sp.Indexed, value: sp.Expr, f: sp.Expr, written: str,
                  line: int) -> tuple[Verdict, str] | None:  # fmt: skip
    r"""``name = value`` (a formula of the other names, not writing ``name``) after the equation ``f = 0``. FAILED
    where ``f`` at the value is not 0 at two random real points of the other names (``x = \frac{\ln(1-u)}{\lambda}``
    after ``e^{-\lambda x} = 1 - u``); where it simplifies to 0, PROVED if ``f`` is linear in ``name`` (one root,
    ``-B/A`` of ``A·name + B``, A not 0 everywhere), else None (the usual checks); None where neither is shown."""
    if value.has(name) or not f.has(name) or any(e.atoms(AppliedUndef) or e.has(sp.Derivative, sp.Integral, sp.Sum)
                                                 for e in (f, value)):  # fmt: skip
        return None
    if not value.free_symbols <= f.free_symbols:
        return None  # a name the equation does not write: no formula of its other names
    at = sp.together(f.subs(name, value))
    said = f"{sp.sstr(name)} = {written.strip()}"
    before = f"the equation before it, line {line} ({sp.sstr(f)} = 0)"  # cited so (documents.premises)
    # (an indicator or a filter, Piecewise: simplify folds it into every case of every term and ran past the chain's
    # timeout on φ = m_1/m after m_j = \sum_i [y_i = j]; expand is the zero test there, ctx67)
    if (sp.expand(at) == 0) if at.has(sp.Piecewise) else (sp.simplify(at) == 0):
        try:
            poly = sp.Poly(sp.expand(f), name)
        except (sp.PolynomialError, sp.GeneratorsNeeded):
            return None
        lead = poly.all_coeffs()[0]
        if poly.degree() != 1 or lead.has(name) or sp.expand(lead) == 0:
            return None
        return Verdict.PROVED, f"{said} is its only solution: {before} is linear in {sp.sstr(name)}"
    others = sorted(at.free_symbols - {name}, key=sp.default_sort_key)
    seen = 0
    for k in range(8):
        point = {s: sp.Rational(3 + 2 * k + i, 7 + k) for i, s in enumerate(others)}
        got = sp.N(at.subs(point), _PRECISION)
        if got.is_real and got.is_finite and abs(got) > sp.Float(10) ** (-_PRECISION // 2):
            seen += 1
        if seen == 2:
            where = ", ".join(f"{sp.sstr(s)}={sp.sstr(v)}" for s, v in point.items())
            return Verdict.FAILED, (f"{said} does not solve {before}: its left side is {_shown(got)} there at {where}, "
                                    f"not 0")  # fmt: skip
    return None


def _written_as(root: sp.Expr, decimals: int, c: sp.Expr) -> bool:
    """Is ``c`` the real ``root`` rounded or truncated to ``decimals`` places?"""
    scale = 10**decimals
    v = sp.N(root, _PRECISION) * scale
    whole = [sp.floor(v + sp.Rational(1, 2)), sp.floor(v) if v >= 0 else sp.ceiling(v)]
    return any(sp.Rational(int(w), scale) == c for w in whole)


def _shown(e: sp.Expr) -> str:
    return sp.sstr(e) if e.is_Rational else sp.sstr(sp.N(e, 6))


def _real_roots(f: sp.Expr, name: sp.Symbol) -> list[sp.Expr] | None:
    """The real roots of the polynomial ``f`` in ``name`` (rational coefficients, degree ≤ 8; or degree 1 with real
    numbers for coefficients: ``p - \\sigma(1)``, its one root the number, sound45), or None."""
    try:
        poly = sp.Poly(f, name)
    except sp.PolynomialError:
        return None
    if poly.degree() == 1 and all(cf.is_number and cf.is_real for cf in poly.all_coeffs()) and poly.LC() != 0:
        return [-poly.all_coeffs()[1] / poly.LC()]  # linear in the name: its root is a number (a formula of numbers)
    if poly.degree() < 1 or poly.degree() > 8 or not all(cf.is_Rational for cf in poly.all_coeffs()):
        return None  # exact isolation of real roots: rational coefficients only
    try:
        return sorted(set(sp.real_roots(poly)), key=lambda r: float(r))
    except (NotImplementedError, sp.PolynomialError):
        return None
