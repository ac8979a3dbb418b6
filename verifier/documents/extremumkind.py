r"""A stationary point the prose calls a minimum or a maximum: the kind checked by the second derivative.

"Setting it to zero gives $-2w - 2 = 0$, so the minimum is at $w = -1$." of ``f(w) = -w^2 - 2w`` (a maximum there:
f'' = −2) had no step at all (review42): "is at" was no cue of documents.solvedprose, and a minimum against a maximum
was checked nowhere. solvedprose now links "the minimum (maximum, minimiser, …) is at $w = c$" to the equation before
it like "so $w = c$" (the root is checked by documents.solvedvalues); this module owns the kind:

* :func:`stated_kind`: "minimum" or "maximum" where the prose right before the value (in its sentence) says the
  minimum/maximum (minimiser, maximiser, minimizer, maximizer; local, global, unique) is at it;
* :func:`kind_verdict`: the notes' functions of that one name (their bodies as the resolver reads them; a name
  defined by a formula of that name alone, ``R = 5 - (w - 1)^2``, is one too: redteam44) that are
  stationary at c (f'(c) = 0 exactly). Where there is such a function and every one has f''(c) of one sign, nonzero,
  and the prose calls the point the other kind: FAILED, with the second derivative as the reason ("f''(-1) = -2 < 0:
  a maximum, not a minimum"). Where no function of the notes is stationary there, f''(c) = 0 (the kind is decided by
  higher derivatives, or it is no extremum), or two functions disagree: SKIPPED, the kind not checked (the root's
  green would claim it). The right kind keeps the root's verdict (a second derivative shows a local extremum).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy as sp

from verifier.results import Verdict

__all__ = ["kind_verdict", "stated_kind"]

_KIND = re.compile(r"\b(?:(?:local|global|unique)\s+)?(?P<kind>minim(?:um|i[sz]er)|maxim(?:um|i[sz]er))\s+"
                   r"(?:is\s+|lies\s+|occurs\s+)?(?:(?:attained|reached|achieved)\s+)?at\s*\$?\s*$", re.IGNORECASE)


def stated_kind(line_text: str, name: str, value: str) -> str | None:
    """"minimum" or "maximum" where ``line_text`` says, right before the inline formula ``name = value``, that the
    minimum or the maximum is at it; None otherwise."""
    formula = re.search(r"\$\s*" + re.escape(name.strip()) + r"\s*=\s*" + re.escape(value.strip()) + r"\s*\$",
                        line_text)  # fmt: skip
    if formula is None:
        return None
    m = _KIND.search(line_text[: formula.start() + 1])
    if m is None:
        return None
    return "minimum" if m.group("kind").lower().startswith("minim") else "maximum"


def kind_verdict(kind: str, name: sp.Symbol, value: sp.Expr,
                 functions: Iterable[tuple[str, sp.Expr]]) -> tuple[Verdict, str] | None:  # fmt: skip
    """The verdict on calling ``name = value`` a ``kind`` of the notes' ``functions`` (each its name and its body as
    a formula of ``name``), or None for the right kind (module docstring)."""
    signs: dict[str, sp.Expr] = {}
    for fname, body in functions:
        if not isinstance(body, sp.Expr) or body.free_symbols != {name}:
            continue
        try:
            first = sp.simplify(sp.diff(body, name).subs(name, value))
            second = sp.simplify(sp.diff(body, name, 2).subs(name, value))
        except (TypeError, ValueError, ArithmeticError):
            continue
        if first != 0 or not second.is_number or not second.is_real:
            continue
        signs[fname] = second
    point = f"{sp.sstr(name)} = {sp.sstr(value)}"
    if not signs:
        return Verdict.SKIPPED, (f"{point} is called a {kind}, and no function of the notes in {sp.sstr(name)} is "
                                 "stationary there: its kind is not checked")  # fmt: skip
    if any(s == 0 for s in signs.values()):
        return Verdict.SKIPPED, f"{point} is called a {kind}; the second derivative there is 0 and does not decide"
    positive = {bool(s > 0) for s in signs.values()}
    if len(positive) != 1:
        return Verdict.SKIPPED, f"{point} is called a {kind}; the notes' functions stationary there disagree on it"
    actual = "minimum" if positive.pop() else "maximum"
    if actual == kind:
        return None
    fname, second = next(iter(signs.items()))
    sign = ">" if actual == "minimum" else "<"
    return Verdict.FAILED, (f"{point} is a stationary point of {fname}, but {fname}''({sp.sstr(value)}) = "
                            f"{sp.sstr(second)} {sign} 0 there: a {actual}, not a {kind}")
