r"""Values the prose states for a name in closed form ("…, so $p^\star = \frac{1+\sqrt5}{2}$"): a later step
that fails for a general value of the name is checked again at that value.

A worked number stated as a decimal (``$w = 1.5$``) is a hypothesis of the worked chains after it (documents.stated).
One stated in closed form — a fixed point ``p^\star = \frac{1+\sqrt5}{2}``, a root ``u^\star = 1 + \sqrt2``, a
``\sigma = \sqrt2`` — was read as nothing: no stated value (not a decimal), no definition (a body without names is
a worked number, documents.definitions). So the fixed point's gain ``k^\star = \frac{p^\star}{1 + p^\star} =
\frac{1}{p^\star}``, true only at the p* the notes had just found, FAILED for an arbitrary p* (fresh47's scalar LQR).

This module owns that reading. :func:`closed_values` finds the inline ``name = closed form`` of the prose (a plain
name; a real number written with no name, not a plain numeral; "≈ 1.618" after it is dropped), not after a condition
word (*if*, *when*, *for*, *where*, *suppose*, *at*, *with* …: a case or a supposition, read elsewhere).
:func:`under_closed_values` checks each FAILED step of a later chain that reaches such a name again with the value
as its hypothesis (the latest before the chain; a name stated with two values, or one the notes define, is left).
FAILED there too: FAILED, at the stated value. Holding there: SKIPPED, naming the value — never green: a step meant
for every value that holds at the one the notes happen to state (``\alpha^2 = \alpha/2`` after "$\alpha =
\frac12$") is no evidence. Anything else: left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import sympy as sp

from verifier.documents.approxvalues import APPROX
from verifier.documents.context import Definition
from verifier.documents.definitions import INLINE_MATH
from verifier.documents.leadingvalues import at_the_point, stated_value
from verifier.documents.regions import reached_names
from verifier.documents.stated import split_commas
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["closed_values", "under_closed_values"]

# a plain numeral or decimal: a stated value of documents.stated, not this module's
_NUMERAL = re.compile(r"^\s*[-+]?\s*\d*\.?\d+\s*$")
# the word right before the formula makes it a case, a supposition or a hypothesis
_CONDITION = re.compile(
    r"\b(?:if|when|whenever|for|suppose|supposing|assume|assuming|where|whether|unless|case|at|with|until|"
    r"given|setting|taking|put|putting)\s*$", re.IGNORECASE)


def closed_values(text: str, parse: Callable[[str], sp.Basic]) -> list[tuple[str, str, int]]:
    """``(name, closed form, line)`` for each inline ``$name = closed form$`` of ``text`` (module docstring)."""
    out: list[tuple[str, str, int]] = []
    for m in INLINE_MATH.finditer(text):
        if _CONDITION.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        body = APPROX.split(m.group(1))[0]
        line = text.count("\n", 0, m.start()) + 1
        for piece in split_commas(body):
            piece = piece.strip().rstrip(".,;").strip()
            if piece.count("=") != 1:
                continue
            found = stated_value(piece, parse)
            if found is not None and not _NUMERAL.match(found[1].replace("{", "").replace("}", "")):
                out.append((found[0], found[1], line))
    return out


def _symbol(name: str, parse: Callable[[str], sp.Basic]) -> str | None:
    try:
        tree = parse(name)
    except (LatexError, ValueError, TypeError):
        return None
    return tree.name if isinstance(tree, sp.Symbol) else None


def under_closed_values(doc: Any, chain: Any, scope: Any, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED one that reaches a name the prose stated in closed form before the chain checked
    again at that value (module docstring)."""
    failing = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED]
    if not failing:
        return steps
    stated = [v for v in closed_values(doc.text, doc.parse_plain) if v[2] < chain.line]
    if not stated:
        return steps
    latest: dict[str, tuple[str, str, int]] = {}
    values: dict[str, set[str]] = {}
    for name, value, line in stated:
        symbol = _symbol(name, doc.parse_plain)
        if symbol is None or isinstance(scope.names.get((symbol, ())), Definition):
            continue
        latest[symbol] = (name, value, line)
        values.setdefault(symbol, set()).add(value.replace(" ", ""))
    reached = set().union(*(reached_names(doc, scope, steps[k]) for k in failing))
    used = [latest[s] for s in latest if s in reached and len(values[s]) == 1]
    if not used:
        return steps
    from verifier.documents.steps import checked_under

    hypotheses = [(f"{n} = {v}", f"'${n} = {v}$' at line {line}") for n, v, line in used]
    again = checked_under(doc, chain, scope, hypotheses, failing)
    if again is None:
        return steps
    said = ", ".join(f"${n} = {v}$ (line {line})" for n, v, line in used)
    out = list(steps)
    for k in failing:
        r = again[k]
        if r.verdict is Verdict.FAILED:
            out[k] = r.said(f"at {said}, as the notes state")
        elif r.verdict in (Verdict.PROVED, Verdict.PASSED) or at_the_point(r):
            out[k] = steps[k].skipped(f"fails for a general value, but holds at {said}, the value the notes state "
                                      "for it: the step may be about that value")
    return out
