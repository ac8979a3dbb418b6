r"""A worked result written as an exact number, read at the values the prose states — green only.

A worked example gives its inputs in the prose ("take $w = 2$, $x = 1$ and $b = -1$") and writes its
results: ``z = w x + b = 1``. Written ``= 1.0`` the chain is a worked one (documents.stated.worked: a
decimal member) and its link is checked at the stated values; written ``= 1`` it was checked as an
identity, which an equation between names and a number never is ("an equation between undeclared
quantities"), so it was SKIPPED. An exact number is not always a worked result, though: it may state an
equation (a margin ``w^\top x + b = 1``, a gradient set to 0, a constraint ``\sum_i p_i = 1``) that the
example's values need not satisfy. So this reading is **green only**: the SKIPPED links to an exact number (an
integer or a fraction of integers) of a chain with no hypotheses of its own are checked again at the stated values
(the same values, chosen by the same rules, as a decimal member's: ``check._Document.values_read``); a link that
holds there is PROVED (or PASSED) under them, the values reported with the step; one that does not keeps its verdict
— never FAILED by this reading. The links a chain's own identities make (``\partial/\partial w\,(w^2x) = w x``) are
still checked for every value (``steps._Checker._worked_links`` takes at the values only a link with a number). Not
read: a link whose other side is a bare name (``w = 2``: the statement of a value, no claim), a step the notes
define or name, and a chain whose names have another value stated in its section (which one the line means is not
decided, documents.latestvalues)."""

from __future__ import annotations

import copy
import re
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.approxvalues import from_rounded_values
from verifier.documents.context import Definition
from verifier.documents.members import _Chain
from verifier.documents.stated import WHERE
from verifier.results import StepResult, Verdict

__all__ = ["at_stated_integers"]

# an exact number as written: 1, -3, \frac{1}{2}, -\tfrac{3}{4}, 1/2
_EXACT = re.compile(r"^-?(?:\d+|\\[dt]?frac\{\d+\}\{\d+\}|\d+/\d+)$")
# a bare name (the statement of a value): w, y^*, w_1, \theta, \hat{y}, z_{ij}
_NAME = re.compile(r"^(?:\\[A-Za-z]+\{[A-Za-z]\}|\\?[A-Za-z]+)(?:[_^](?:\{[^{}]*\}|\\?[A-Za-z0-9*]+))*$")
# the steps that name or define something are not claims, at any values
_NOT_CLAIMS = ("defines ", "names the value", "a definition", "states the value", "an update rule")


def _plain(latex: str) -> str:
    return re.sub(r"\s+|\\[,;:!]|\\(?:left|right)(?=[()])", "", latex).strip()


def _exact_link(left: str, right: str) -> bool:
    """Is one side of the link an exact number and the other a formula (not a bare name, not a number)?"""
    a, b = _plain(left), _plain(right)
    for num, other in ((a, b), (b, a)):
        if _EXACT.match(num) and not _EXACT.match(other) and not _NAME.match(other) and other:
            return True
    return False


def _free(tree: object) -> set[str]:
    """The names ``tree`` writes free (a sum's own index aside), the functions it applies among them."""
    if not isinstance(tree, sp.Basic):
        return set()
    out = {str(a.label) if isinstance(a, sp.IndexedBase) else a.name for a in tree.free_symbols
           if isinstance(a, (sp.Symbol, sp.IndexedBase)) and not isinstance(a, sp.Dummy)}  # fmt: skip
    out |= {str(a.base.label) for a in tree.atoms(sp.Indexed) if a.free_symbols & tree.free_symbols}
    return out | {f.func.__name__ for f in tree.atoms(AppliedUndef)}


def _given(doc: Any, chain: _Chain, scope: Any, k: int, hypotheses: list[tuple[str, str]]) -> bool:
    r"""Does every name link ``k`` of ``chain`` writes (and every name the notes' definitions it reaches use) have a
    stated value among ``hypotheses``, or a definition in the notes? A name neither gives the link no worked value
    at them: ``\Phi(x) + y = 3`` at x = 0, y = 3 holds only with Φ read as a factor of 0 (sound49)."""
    stated: set[str] = set()
    for h, _ in hypotheses:
        try:
            stated |= _free(doc.parse_plain(h.partition("=")[0].strip()))
        except Exception:  # noqa: BLE001 - a name the grammar refuses gives nothing
            continue
    written: set[str] = set()
    for i in (chain.steps[k].left, chain.steps[k].right):
        try:
            written |= _free(doc.parse_plain(chain.members[i].latex))
        except Exception:  # noqa: BLE001 - a member that cannot be read: not given
            return False
    names = getattr(scope, "names", {})
    return all(n in stated or isinstance(names.get((n, ())), Definition) for n in doc._reach(written, scope))


def at_stated_integers(doc: Any, chain: _Chain, scope: Any, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each SKIPPED link to an exact number that holds at the values the prose states PROVED
    (or PASSED) under them, reported (module docstring); every other step as it was."""
    from verifier.documents.steps import checked_again

    if chain.hypotheses or chain.struck:
        return steps
    asked = {chain.steps[k].index for k, r in enumerate(steps)
             if r.verdict is Verdict.SKIPPED and not r.message.startswith(_NOT_CLAIMS)
             and _exact_link(chain.members[chain.steps[k].left].latex, chain.members[chain.steps[k].right].latex)}
    if not asked:
        return steps
    read = doc.values_read(chain, scope, force=True)  # the values a worked chain is read at
    hypotheses = read.values
    if not hypotheses or read.others or read.undecided or not all(w.startswith(WHERE) for _, w in hypotheses):
        return steps
    alt = copy.copy(chain)
    alt.members = [copy.copy(m) for m in chain.members]
    alt.hypotheses = list(hypotheses)
    again = checked_again(doc, alt, doc.scope_of(chain), asked, len(chain.members))
    if again is None:
        return steps
    out = list(steps)
    for k, r in enumerate(steps):
        if chain.steps[k].index not in asked or k >= len(again) or again[k].index != r.index:
            continue
        if again[k].verdict not in (Verdict.PROVED, Verdict.PASSED) or not _given(doc, chain, scope, k, hypotheses):
            continue
        doubted = doc._doubt(alt, scope, alt.steps[k], again[k])  # Φ(0) + y = 3 green as Φ·0 (the chain's doubt)
        # w ≈ 2.5 stated: 2w = 5 holds at the value written only (documents.approxvalues)
        doubted = from_rounded_values(alt.hypotheses, doc.text, [doubted],
                                      getattr(doc, "displayed_roundings", frozenset()))[0]  # fmt: skip
        if doubted.verdict in (Verdict.PROVED, Verdict.PASSED):
            out[k] = doubted
    return out
