r"""A defined quantity the prose gives a value: a worked step read at that value, in place of its definition.

"Let $z = \mathbf{w}^\top \mathbf{x}$, $p = \sigma(z)$ and $\ell = -y \log p - (1 - y)\log(1 - p)$. … For $y = 1$ and
$p = 0.8$ the loss is $\ell = -\log 0.8$." The worked step reaches w and x through p's definition; the notes never
give them, only p's value, so the step was SKIPPED "a worked number against a definition over w, x, whose values the
notes give only in prose" — a right loss unchecked, a wrong one too. A reader computes it from the value the prose
states for p: the intermediate is given, its definition is not what this example is about.

This module owns that reading (:func:`at_stated_intermediates`, a post-pass of the chain's checked steps): a step
SKIPPED so is checked again with every name the notes define *and* state one value for — in the step's section
(documents.valuescope), after the definition in force, above the step or before its formula on its line (a value
after it, or a second value, is another example's: review65), and not renewed since (a value stated before "Now let
$p = \sigma(2z)$ instead" is the old p's: wrong66) — read as a plain quantity at that value, and every other
name it then reaches at its stated value too (a name left without one leaves the step as it was). Where it holds
there it takes that verdict, said so; where it fails there, the step keeps its SKIPPED (a value stated for a defined
name may be a rounding of what its definition gives: not called FAILED).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from verifier.documents.context import Definition, Key, Scope, VarDecl, display_key, key_of
from verifier.documents.infer import names_in
from verifier.documents.members import _Chain, step_trees
from verifier.documents.numberpoints import called_names
from verifier.documents.renewednames import Renewal, still_stated
from verifier.documents.resolve import ResolveError
from verifier.documents.sentences import INLINE_FORMULA, formula_text
from verifier.documents.stated import WHERE
from verifier.documents.steps import _Checker
from verifier.documents.valuescope import values_in_scope
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["ONLY_IN_PROSE", "at_stated_intermediates"]

#: the reason (documents.guesses) of the steps this module looks at again
ONLY_IN_PROSE = "whose values the notes give only in prose"
_GREEN = (Verdict.PROVED, Verdict.PASSED)


def stated_before(doc: Any, chain: _Chain, found: Sequence[Renewal]) -> list[tuple[str, str, int]]:
    """The values (name, number, line) the prose states for ``chain``: in its section, above it or before its formula
    on its line, less those of names one of the renewals ``found`` gave a new meaning since."""
    last = max([chain.line, *(m.line for m in chain.members)])
    shown = getattr(doc, "display_lines", doc.chain_lines)
    stated = [v for v in values_in_scope(doc._prose_values, doc.text, chain.line, last, shown) if v[2] <= chain.line]
    lines = doc.text.split("\n")
    row = lines[chain.line - 1] if 0 < chain.line <= len(lines) else ""
    start = chain.place.column if chain.place is not None else len(row)  # where the step's formula opens
    stated = [v for v in stated if v[2] < chain.line or _written_before(row, v[0], v[1], start)]
    # "Take $p = 0.8$. Now let $p = \sigma(2z)$ instead.": the old p's value (documents.renewednames; wrong66)
    return still_stated(stated, found, doc.text, chain.line)


def name_key(doc: Any, name: str) -> Key | None:
    """The key of a name a value is stated for: a lone ``e`` the notes define (``e = y - \\hat y``, an error) is
    that name, not Euler's number the parser reads it as with no context (red70)."""
    key = key_of(doc.parse_plain(name))
    if key is None and re.fullmatch(r"\s*[A-Za-z]\s*", name):
        return (name.strip(), ())
    return key


def at_stated_intermediates(doc: Any, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each step SKIPPED as a worked number over names given only in prose checked again at the
    values the prose states (in the step's section, above it or before it on its line; one value per name) for the
    defined quantities it reaches (module docstring)."""
    todo = [k for k, r in enumerate(steps) if r.verdict is Verdict.SKIPPED and ONLY_IN_PROSE in (r.message or "")]
    if not todo:
        return steps
    stated = stated_before(doc, chain, doc._renewals)
    valued: dict[Key, str] = {}
    own = {m.latex.strip() for m in chain.members}
    numbers: dict[str, set[str]] = {}
    for name, number, _ in stated:
        numbers.setdefault(name, set()).add(number)
    for name, _, at in stated:
        if at == chain.line and name.strip() in own:
            continue  # "when $x = 3$, $y = 13$": the step's own claim is no value stated for y (review42)
        if len(numbers[name]) > 1:
            continue  # two values in its scope (two examples): which one the step means is not said (review65)
        try:
            key = name_key(doc, name)
        except LatexError:
            continue
        if key is not None and isinstance(e := scope.names.get(key), Definition) and e.line <= at \
                and not _body_stated_otherwise(doc, e, name, stated, chain.line) \
                and not restated(doc.text.split("\n"), name, e.body, at, chain.line):  # fmt: skip
            valued[key] = name  # stated after the definition in force (a value stated before it is another example's)
    if not valued:
        return steps
    alt = scope.copy()
    for key in valued:
        alt.names[key] = VarDecl(key, "scalar")
    out = list(steps)
    for k in todo:
        read = read_at_stated(doc, chain, k, alt, stated, valued)
        if read is None or read[0].verdict not in _GREEN:
            continue
        res, said = read
        # p = 0.8 where the notes also state z = 0 of p = σ(z): read with p at its definition over the stated z too;
        # green only where that reading holds as well (σ(0) = 1/2 contradicts the stated p: redlead65)
        inner = {b for a in valued if display_key(a) in said for b in valued
                 if b != a and b[0] in doc._reach({a[0]}, scope) - {a[0]}}  # fmt: skip
        if inner:
            deeper = scope.copy()
            for key in inner:
                deeper.names[key] = VarDecl(key, "scalar")
            other = read_at_stated(doc, chain, k, deeper, stated, {key: valued[key] for key in inner})
            if other is not None and other[0].verdict not in _GREEN:
                continue
        out[k] = replace(
            res,
            message="; ".join(
                x
                for x in (
                    f"read at the value the notes state for {', '.join(said)} in place of its definition",
                    res.message,
                )
                if x
            ),
        )
    return out


def _written_before(row: str, name: str, number: str, start: int) -> bool:
    """Is ``name = number`` written on ``row`` before column ``start`` (the step's formula)? A value stated after the
    step on its line ("…, and for $p = 0.8$ it is …") is another example's (review65)."""
    m = re.search(r"\$[^$]*?" + re.escape(name.strip()) + r"\s*=[^$]*?" + re.escape(number) + r"[^$]*\$", row)
    return m is not None and m.start() < start


def _body_stated_otherwise(
    doc: Any, definition: Definition, name: str, stated: list[tuple[str, str, int]], line: int
) -> bool:
    r"""Do the notes write the definition's body at another number between it and ``line`` ("Dropout keeps a unit
    with probability $p = 0.8$. For a prediction $\sigma(z) = 0.6$" of ``p = \sigma(z)``: that p is another
    quantity's, redlead65)?"""
    if not definition.body:
        return False  # a builtin (\sigma := softmax): no body written
    number = next((float(v) for n, v, _ in reversed(stated) if n == name and _is_float(v)), None)
    try:
        body = doc.parse_plain(definition.body)
    except LatexError:
        return False
    for text in doc.text.splitlines()[definition.line : line]:  # the lines after the definition, to the step's
        for match in INLINE_FORMULA.finditer(text):
            sides = formula_text(match).split("=")
            if len(sides) != 2:
                continue
            try:
                left, right = (doc.parse_plain(side) for side in sides)
            except LatexError:
                continue
            for one, other in ((left, right), (right, left)):
                if one == body and getattr(other, "is_number", False) and other.is_real is True and (
                        number is None or abs(float(other) - number) > 1e-12):  # fmt: skip
                    return True
    return False


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def read_at_stated(doc: Any, chain: _Chain, k: int, alt: Scope, stated: list[tuple[str, str, int]],
             valued: dict[Key, str]) -> tuple[StepResult, list[str]] | None:  # fmt: skip
    """Step ``k`` checked in ``alt`` (the ``valued`` names plain quantities) at the stated values of every name it
    then reaches, with the valued names it reads; None where it reads none of them or a name with no stated value."""
    # \ell(0.7) of \ell(\theta) = k\log\theta + …: the function applied reaches its body's names too (k, n)
    names = set().union(*(names_in(t) | called_names(t) for t in step_trees(chain, k)))
    reached = doc._reach(names, alt)
    free = sorted(display_key(key) for key, e in alt.names.items()
                  if key[0] in reached and isinstance(e, VarDecl) and e.kind == "scalar"
                  and not key[1])  # fmt: skip
    said = [display_key(key) for key in valued if display_key(key) in free]
    if not said:
        return None
    latest = {name: (number, at) for name, number, at in stated if name in free}  # the last one stated
    if set(latest) != set(free):
        return None  # every name the step then reads must have a stated value
    hypotheses = [(f"{n} = {v}", f"{WHERE} (line {at})") for n, (v, at) in sorted(latest.items())]
    again = copy.copy(chain)
    again.hypotheses = [*chain.hypotheses, *hypotheses]
    asked = {chain.steps[k].index}
    try:
        return _Checker(doc, again, alt, asked, frozenset(asked)).run()[k], said
    except (ResolveError, LatexError):
        return None


def flat_latex(latex: str) -> str:
    r"""``latex`` without whitespace and thin spaces (``\,``, ``\;``, ``\!``): two spellings of a formula compared."""
    return re.sub(r"\s+|\\[,;!]", "", latex)


def restated(rows: list[str], name: str, body: str, at: int, line: int) -> bool:
    """Do the notes write the definition ``name = body`` again after the renewal on line ``at`` and before the
    chain on ``line`` ("Back to the original values, where $s = a + b = 3$ again": the old meaning back, red70)?"""
    head = flat_latex(name) + "=" + flat_latex(body)
    return any(re.search(re.escape(head) + r"(?![A-Za-z0-9_^{(])", flat_latex(r)) for r in rows[at : max(at, line - 1)])
