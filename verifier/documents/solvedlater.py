r"""An equation the notes set up and solve a few lines later: ``0.8(6 - m) = 0.2((m-1) + (m-2)) = 0.2(2m - 3)``.

Worked solutions write the equation for an unknown and rewrite its right side in the same display, then solve it:
"Then $$0.8\,(6 - m) = 0.2\,\big((m - 1) + (m - 2)\big) = 0.2\,(2m - 3),$$ so … $$m = \frac{5.4}{1.2} = 4.5.$$"
The first link is no identity but the equation; the links after it are identities. A lone equation between
undeclared names is SKIPPED (documents.guesses, "nothing says it is an identity"), but as the first link of a longer
chain it was checked as an identity and FAILED at any other ``m`` (fresh34's expectile note, a false alarm).

This module owns that post-pass (:func:`on_solved_later`). A FAILED step is made SKIPPED, "an equation the notes
solve", where all of these hold:

* it is the first link of a chain of two links or more, and no other link of the chain FAILED (they rewrite a side);
* its counterexample varies one name only (the unknown);
* a chain after it, within :data:`_WITHIN` lines, starts with that name alone and ends with a plain number ``c``
  (``m = \frac{5.4}{1.2} = 4.5``, ``$m = 4.5$``): the value the notes find for it;
* the link holds at ``c`` (both sides within a relative 1e-6).

A wrong first link does not hold at the value the notes find from the right one, and stays FAILED; a wrong rewrite
after it is another link, untouched. Never green: the equation is not proved, only not called wrong. A link writing
a derivative, integral, sum or limit is a claim about it, and a chain that goes on to a number (``2(w - 3) = 4w - 12
= 0``) states its equation there: neither first link is read so (sound45: ``\frac{d}{dw}(w - 3)^2 = 4(w - 3) = 0``
then ``w = 3`` — both sides vanish at the stationary point — had its wrong derivative SKIPPED).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sympy as sp

from verifier.documents.members import _Chain
from verifier.documents.records import CheckedChain
from verifier.latex import LatexError
from verifier.results import Verdict

__all__ = ["on_solved_later"]

_WITHIN = 12  # lines after the equation where the notes give the unknown its value
_REASON = "an equation the notes solve (it holds at {name} = {value}, the value line {line} finds), not an identity"


def on_solved_later(
    chains: Sequence[_Chain], checked: list[CheckedChain], parse: Callable[[str], object]
) -> list[CheckedChain]:
    """``checked`` (one result per chain of ``chains``) with each FAILED first link that is an equation the notes
    solve later made SKIPPED (module docstring)."""
    if len(chains) != len(checked):
        return checked
    out = list(checked)
    for k, c in enumerate(out):
        if not isinstance(c, CheckedChain) or len(c.result.steps) < 2:
            continue
        first, rest = c.result.steps[0], c.result.steps[1:]
        cx = first.counterexample
        if first.verdict is not Verdict.FAILED or any(s.verdict is Verdict.FAILED for s in rest):
            continue
        if cx is None or len(cx.point) != 1 or _states_its_equation(chains[k], parse):
            continue
        name = cx.point[0][0]
        found = _value_found(chains[k + 1 :], name, chains[k].line, parse)
        if found is None or not _holds_at(first.lhs_latex, first.rhs_latex, name, found[0], parse):
            continue
        why = _REASON.format(name=name, value=found[1], line=found[2])
        out[k] = c.with_steps([first.skipped(why), *rest])
    return out


def _states_its_equation(chain: _Chain, parse: Callable[[str], object]) -> bool:
    """Does ``chain`` go on, after its first link, to a plain number (``… = 4w - 12 = 0``)? Its equation is stated
    there, and its first link is a rewrite (sound45)."""
    return any(isinstance(_read(m.latex, parse), sp.Number) for m in chain.members[2:])


def _value_found(
    after: Sequence[_Chain], name: str, line: int, parse: Callable[[str], object]
) -> tuple[sp.Expr, str, int] | None:
    """(value, as written, line) of the first chain of ``after`` within :data:`_WITHIN` lines of ``line`` that
    starts with ``name`` alone and ends with a plain number."""
    for chain in after:
        if chain.line - line > _WITHIN:
            return None
        members = chain.members
        if len(members) < 2:
            continue
        head, last = _read(members[0].latex, parse), _read(members[-1].latex, parse)
        if isinstance(head, sp.Symbol) and head.name == name and isinstance(last, sp.Number) and last.is_finite:
            return last, members[-1].latex.strip(), chain.line
    return None


def _holds_at(lhs: str, rhs: str, name: str, value: sp.Expr, parse: Callable[[str], object]) -> bool:
    """Do the two sides, read by ``parse``, agree at ``name = value`` (their only free name)?"""
    sides = [_read(lhs, parse), _read(rhs, parse)]
    if not all(isinstance(s, sp.Expr) for s in sides):
        return False
    at: list[complex] = []
    for side in sides:
        assert isinstance(side, sp.Expr)
        if any(s.name != name for s in side.free_symbols if isinstance(s, sp.Symbol)) or side.atoms(sp.Function) or \
                side.has(sp.Derivative, sp.Integral, sp.Sum, sp.Product, sp.Limit):  # a claim about them (sound45)
            return False
        got = side.subs({s: value for s in side.free_symbols}).evalf(30)
        if not got.is_number or not got.is_finite:
            return False
        at.append(complex(got))
    return abs(at[0] - at[1]) <= 1e-6 * max(1.0, abs(at[0]), abs(at[1]))


def _read(latex: str, parse: Callable[[str], object]) -> object:
    """``latex`` parsed, or None where it does not parse."""
    try:
        return parse(latex.strip().rstrip(".,;").strip())
    except (LatexError, ValueError, TypeError, ArithmeticError, sp.SympifyError):
        return None
