r"""An equation the next one solves for a name it writes: a condition, not a FAILED identity (ctx59, issue 8 §4).

Notes solve a condition in one display — ``2a = b \Rightarrow a = \frac{b}{2}``, an estimate's ``\sum_i \Sigma^T =
\sum_i (x - \mu)(x - \mu)^T \Rightarrow \Sigma^T = \frac{1}{m}\sum_i (x - \mu)(x - \mu)^T``. With the names undeclared
the first equation is SKIPPED "an equation joined to others by ⇔/⇒" (documents.guesses); with them declared (a
```verify block, a context file: the shapes a step needs) it was judged as an identity and FAILED — a false alarm.

This module owns that case, decided once every chain is checked (before documents.premises, which takes the green
of a step following from a FAILED equation). An equation E₁ is read as the condition the notes solve where:

* E₁ is a chain of one equation joined by ⇔/⇒ (``connected``), its one step FAILED, and it writes no derivative,
  integral, expectation or limit (a wrong derivative is a claim of its own, whatever is solved from it);
* the chain right after it is linked to it by ⇒/⇔ (documents.equivalent, not by words) and its first link is green
  as following from E₁ (a nonzero multiple of it: the message cites "the equation before it, line N");
* that link's left member is one name (``a``, ``\Sigma^T``, ``w_j``) that E₁ writes and its right member does not.

Then E₁ cannot be an identity in that name: were it one, its multiple ``a - f(\dots) = 0`` would hold for every
``a``. So the FAILED is no evidence of a mistake, and the step is SKIPPED naming the name solved for (the solution
keeps its green: it follows). A wrong identity joined to something that solves nothing, or to a "solution" that does
not follow from it (``2a = b \Rightarrow a = 2b``), stays FAILED.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.premises import _GREEN, CITED, premise_of
from verifier.documents.records import CheckedChain
from verifier.latex import LatexError
from verifier.latex.vocabulary import TRANSPOSE
from verifier.results import Verdict

if TYPE_CHECKING:
    from verifier.documents.members import _Chain

__all__ = ["SOLVED_FOR", "on_solved_conditions"]

#: the reason the equation's FAILED is taken back
SOLVED_FOR = ("an equation the notes solve for {name} (line {line} solves it: it follows from this one as a nonzero "
              "multiple), a condition, not an identity")
#: what makes E₁ a claim of its own (module docstring): calculus written in it
_CALCULUS = re.compile(r"\\(?:partial|nabla|int|iint|oint|lim|prime)(?![A-Za-z])|"
                       r"\\(?:mathbb|operatorname)\s*\{?\s*E|\\[dt]?frac\s*\{\s*(?:d|\\mathrm\s*\{?\s*d)|'")


def _names(tree: sp.Basic) -> set[str]:
    """The names a tree writes: its symbols, matrix symbols and indexed families (by their base)."""
    out = {str(b.label) for b in tree.atoms(sp.IndexedBase)}
    out |= {str(m.name) for m in tree.atoms(sp.MatrixSymbol)}
    out |= {str(s) for s in tree.free_symbols if isinstance(s, sp.Symbol)}
    return out


def _isolated(left: sp.Basic, right: sp.Basic) -> str | None:
    """The name the left member is (``a``, ``Σᵀ``, ``w_j``) where the right member does not write it, or None."""
    lone = left.args[0] if isinstance(left, sp.Transpose) or left.func == TRANSPOSE else left
    if isinstance(lone, sp.Indexed):
        name = str(lone.base.label)
    elif isinstance(lone, (sp.Symbol, sp.MatrixSymbol)):
        name = str(lone.name)
    else:
        return None
    return None if name in _names(right) else name


def on_solved_conditions(
    chains: Sequence[_Chain], checked: list[CheckedChain], parse: Callable[[str], sp.Basic]
) -> list[CheckedChain]:
    """``checked`` (one result per chain of ``chains``, in order) with the FAILED equation a ⇒ solves for a name it
    writes made SKIPPED (module docstring)."""
    if len(chains) != len(checked):
        return checked
    out = list(checked)
    for k, c in enumerate(checked):
        chain = chains[k]
        if not isinstance(c, CheckedChain) or chain.after is None or chain.worded or not chain.connected \
                or len(chain.members) < 2 or not c.result.steps:  # fmt: skip
            continue
        j = premise_of(chains, k)
        if j is None or not isinstance(out[j], CheckedChain):
            continue
        before, result = chains[j], out[j]
        steps = result.result.steps
        if not before.connected or len(before.members) != 2 or len(steps) != 1 or steps[0].verdict is not \
                Verdict.FAILED or any(_CALCULUS.search(m.latex) for m in before.members):  # fmt: skip
            continue
        first = c.result.steps[0]
        cited = CITED.search(first.message or "")
        if first.verdict not in _GREEN or cited is None:
            continue
        try:
            left, right = (parse(chain.members[i].latex) for i in (0, 1))
            written = [parse(m.latex) for m in before.members]
        except LatexError:
            continue
        if any(t.atoms(sp.Derivative, sp.Integral) for t in written):
            continue
        name = _isolated(left, right)
        if name is None or not any(name in _names(t) for t in written):
            continue
        why = SOLVED_FOR.format(name=name, line=chain.line)
        literal = replace(steps[0], message=f"read as an identity, {steps[0].message}" if steps[0].message else "")
        out[j] = result.with_steps([literal.skipped(why)])
    return out
