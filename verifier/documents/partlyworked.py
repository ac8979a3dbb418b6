r"""A link with some of its quantities already replaced by numbers, at the values the notes state (fresh59).

A worked example states its inputs ("for a single point $x = (1, 2)^\top$ the bound is $L = \frac14\|x\|^2$")
and then writes a formula with part of it worked out and the rest still in letters:
``w_1 = -\frac{1}{L}(\sigma(0) - 1)\, y x = \frac45 \cdot \frac12\, y x`` (1/L = 4/5 at that x). Such a link is
not recognised as a worked one (a member of numbers only, a decimal: documents.stated, documents.numberpoints),
so it is read for every x, where L moves with x, and it "fails". This module owns the second look at it:

* :func:`partly_substituted`: a member that writes arithmetic on two numbers (``\frac45 \cdot \frac12``,
  ``(\tfrac12 - 1)``; exponents and subscripts do not count) — numbers substituted and not yet worked out — where
  one member uses a name the other does not (the name replaced by its number), read from the parsed members'
  names: ``1 - 2ax + a^2x^2 = (1 - ax)^3`` writes ``1 - 2`` but substitutes nothing (gaps59);
* :func:`at_values_substituted`: a step FAILED so, in a chain with no hypotheses of its own, is checked again
  at the values the notes state for the names it reaches (``_StatedValues.values_read``, forced: the section's
  values, before the chain, not those the prose calls arbitrary). Where it holds there it is SKIPPED, saying
  so — never green: the link may be meant at those values or in general, and the notes do not say which. Where
  nothing is decided there (the shapes inferred for undeclared names clash with a stated vector's length: no
  counterexample) it is SKIPPED too; only a counterexample at those values keeps it FAILED. Not where the prose
  since the display before speaks of the general case ("In general", "for all").
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import sympy
from sympy.core.function import AppliedUndef

from verifier.documents.oneinstance import SPECIAL_CASE
from verifier.documents.resolve import ResolveError
from verifier.documents.sentences import DOLLAR_SPAN
from verifier.documents.specialcases import lead_in
from verifier.documents.statedvectors import sized_by_stated
from verifier.documents.steps import _Checker
from verifier.latex import LatexError, parse_latex
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document
    from verifier.documents.context import Scope
    from verifier.documents.members import _Chain

__all__ = ["at_values_substituted", "partly_substituted"]

# a number as written: 4, 0.5, \frac45, \tfrac{1}{2}
_NUM = r"(?:\\[dt]?frac\s*(?:\{\s*\d+\s*\}|\d)\s*(?:\{\s*\d+\s*\}|\d)|(?<![\w.])\d+(?:\.\d+)?(?![\w.]))"
_ARITHMETIC = re.compile(_NUM + r"\s*(?:\\cdot|\\times|[-+*/])\s*" + _NUM)
# an exponent or a subscript (x^2 \cdot 3 writes no arithmetic on two numbers)
_SCRIPT = re.compile(r"[\^_]\s*(?:\{[^{}]*\}|\\?[A-Za-z]+|\d)")
_SPACING = re.compile(r"\\[,;:! ]|\\(?:left|right|[bB]igg?[lr]?)(?![A-Za-z])")
# a lead-in that speaks of the general case: its link is no worked one
_GENERAL = re.compile(r"\b(?:general|generally|all|every|any|arbitrary)\b", re.IGNORECASE)
_GREEN = (Verdict.PROVED, Verdict.PASSED)
_AT = "the values of a worked example"


# an environment's name and the upright constants i and e are no letters of the link
_COMMAND = re.compile(r"\\(?:begin|end)\s*\{[^{}]*\}|\\mathrm\s*\{[ie]\}|\\[A-Za-z]+")
_LETTER = re.compile(r"[A-Za-z]")


def _names(text: str) -> frozenset[str] | None:
    r"""The names a member uses, read from its parsed tree (symbols and the functions it calls; the upright i, e
    and π are constants, not names), or None where it cannot be parsed. Its free symbols, not
    ``inferevidence.names_and_functions``: that walks the whole tree and counts a sum's bound index, which is no
    quantity a number could have replaced (``\sum_{i=1}^3 2i = 12`` substitutes nothing; gaps60)."""
    try:
        tree = parse_latex(text)
    except LatexError:
        return None
    calls = {type(f).__name__ for f in tree.atoms(AppliedUndef)} if isinstance(tree, sympy.Basic) else set()
    return frozenset({str(s) for s in getattr(tree, "free_symbols", ())} | calls)


def partly_substituted(texts: Sequence[str]) -> bool:
    r"""Does a member of the link (as written) write arithmetic on two numbers (``\frac45 \cdot \frac12``) while
    one member uses a name the other does not (the one a number replaced)? A link of numbers only
    (``\frac{8/3}{10/3} = \frac34``) is the same at every value: its FAILED stands (lead58: fresh53's tanh wrong1
    was SKIPPED so); so does one whose members use the same names (``1 - 2ax + a^2x^2 = (1 - ax)^3``: ``1 - 2``
    is no arithmetic on two numbers, 2 is a's coefficient; gaps59, fresh52's Newton wrong5)."""
    if not any(_ARITHMETIC.search(_SCRIPT.sub(" ", _SPACING.sub(" ", t))) for t in texts):
        return False
    names = [_names(t) for t in texts]
    if any(n is None for n in names):  # not parsed: read as written, any letter left (the sound side: SKIPPED)
        return any(_LETTER.search(_COMMAND.sub(" ", t)) for t in texts)
    return len(set(names)) > 1


def at_values_substituted(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED link that writes numbers substituted checked again at the values the notes state
    (module docstring)."""
    if chain.hypotheses:
        return steps
    todo = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED
            and partly_substituted((chain.members[chain.steps[k].left].latex,
                                    chain.members[chain.steps[k].right].latex))]  # fmt: skip
    if not todo:
        return steps
    prose = lead_in(doc, chain)[1]  # the prose between the display before and this one
    if _GENERAL.search(DOLLAR_SPAN.sub(" ", prose)):
        return steps
    try:
        values = doc.values_read(chain, scope, force=True).values
    except LatexError:
        return steps
    if not values:
        return steps
    again = copy.copy(chain)
    # told apart from a worked chain's own values (documents.oneinstance reads those at worked links only): every
    # link asked here is read at them
    again.hypotheses = [(h, f"{_AT} ({where})") for h, where in values]
    asked = {chain.steps[k].index for k in todo}
    sized = sized_by_stated(scope, values, doc.parse_plain, doc.text)  # x = (1, 2)^T: 2 entries (statedvectors)
    try:
        found = _Checker(doc, again, sized, asked, frozenset(asked)).run()
    except ResolveError:
        return steps
    out = list(steps)
    said = "; ".join(h for h, _ in values)
    for k in todo:
        held = found[k].verdict is Verdict.SKIPPED and "holds only under the hypothesis" in (found[k].message or "") \
            and SPECIAL_CASE in (found[k].message or "")  # a value both members use: read as a special case
        if found[k].verdict in _GREEN or held:
            out[k] = steps[k].skipped(f"holds at the values the notes state ({said}), with numbers already "
                                      "substituted in it; read for every value it fails: which it means is not said")
        elif found[k].verdict is not Verdict.FAILED or found[k].counterexample is None:
            # at those values the shapes inferred for undeclared names clash, or nothing is decided: no refutation
            out[k] = steps[k].skipped(f"written with numbers already substituted in it, and at the values the notes "
                                      f"state ({said}) it is not decided ({found[k].message}); read for every value "
                                      "it fails")  # fmt: skip
    return out
