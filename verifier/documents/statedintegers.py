r"""A worked result written as an exact number, read at the values the prose states — green only, but one case.

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
— never FAILED by this reading, with one exception (gaps62b): a link whose other side is a function the
notes define applied at stated points, none its own variable (``f(x^\star) = 3`` after ``f(x) = x^2 - 2x + 3``
and "the minimiser is $x^\star = 1$"), or the formula of a quantity the chain names as it opens (``q = x + y = 3``
after "with $x = -2$, $y = 5$", lead63), can only be that quantity's value there; where every value it is read at
is stated exactly once (documents.exactslips.inexact_input), the prose seeks or solves no equation and no
rounding to the number written gives the value, a failure there is FAILED (before: SKIPPED "x^⋆ … the notes do
not define it"). The links a chain's own identities make (``\partial/\partial w\,(w^2x) = w x``) are still
checked for every value (``steps._Checker._worked_links`` takes at the values only a link with a number). Not
read: a link whose other side is a bare name (``w = 2``: the statement of a value, no claim), a step the notes
define or name, and a chain whose names have another value stated in its section (which one the line means is not
decided, documents.latestvalues)."""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from fractions import Fraction
from itertools import pairwise
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.approxvalues import from_rounded_values
from verifier.documents.cancelledthrough import SOUGHT
from verifier.documents.context import Definition, Size
from verifier.documents.exactslips import another_point, inexact_input
from verifier.documents.mathspans import formulas
from verifier.documents.members import _Chain
from verifier.documents.stated import WHERE
from verifier.latex import LatexError
from verifier.latex.vocabulary import INDEX_LETTERS
from verifier.results import StepResult, Verdict

__all__ = ["at_stated_integers"]

# an exact number as written: 1, -3, \frac{1}{2}, -\tfrac{3}{4}, 1/2
_EXACT = re.compile(r"^-?(?:\d+|\\[dt]?frac\{\d+\}\{\d+\}|\d+/\d+)$")
# a bare name (the statement of a value): w, y^*, w_1, \theta, \hat{y}, z_{ij}
_NAME = re.compile(r"^(?:\\[A-Za-z]+\{[A-Za-z]\}|\\?[A-Za-z]+)(?:[_^](?:\{[^{}]*\}|\\?[A-Za-z0-9*]+))*$")
# an equation the prose solves or imposes, not a value it computes ("we solve", "required", "the constraint")
_SOLVED = re.compile(r"\b(?:solv|requir|impos|constrain)", re.I)
_TAIL = 200  # characters of the prose around a display: its lead-in and its follow-up
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
        except LatexError:  # a name the grammar refuses gives nothing (parse_latex raises nothing else)
            continue
    written: set[str] = set()
    for i in (chain.steps[k].left, chain.steps[k].right):
        try:
            written |= _free(doc.parse_plain(chain.members[i].latex))
        except LatexError:  # a member that cannot be read: not given
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
        if again[k].verdict is Verdict.FAILED:  # f(x^⋆) = 3 at the stated x^⋆ = 1: FAILED only where exact
            out[k] = _failed_at_point(doc, chain, scope, k, again[k], hypotheses) or r
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


def _at_a_point(doc: Any, chain: _Chain, scope: Any, k: int, hypotheses: list[tuple[str, str]]) -> str | None:
    r"""The exact number link ``k`` writes when its other side is a function the notes define applied at points
    whose values are stated (``f(x^\star)``, ``J(w_0, 1)``), none the function's own variable; else None. Such a
    link can only be the function's value there: an equation in the point (a level set ``f(x) = 3`` in f's own
    variable ``x``, a margin ``w x + b = 1``) writes a formula, or the function's variable."""
    texts = [chain.members[i].latex for i in (chain.steps[k].left, chain.steps[k].right)]
    numbers = [t for t in texts if _EXACT.match(_plain(t))]
    if len(numbers) != 1:
        return None
    other = texts[1 - texts.index(numbers[0])]
    try:
        tree = doc.parse_plain(other)
        stated = {str(doc.parse_plain(h.partition("=")[0].strip())) for h, _ in hypotheses}
    except LatexError:  # a member or name the grammar refuses: no point read
        return None
    entry = getattr(scope, "names", {}).get((type(tree).__name__, ())) if isinstance(tree, AppliedUndef) else None
    if not isinstance(entry, Definition) or not entry.params or not tree.args:
        return None
    try:
        own = {str(doc.parse_plain(p)) for p in entry.params}
    except LatexError:  # a parameter the grammar refuses: its variable unknown
        return None
    entries = tree.atoms(sp.Indexed)  # x_0 is a point of its own, not f's variable x
    labels = {e.base.label for e in entries}
    names = {str(e) for e in entries} | {str(s) for s in tree.free_symbols - entries if s not in labels}
    if names & own or not names <= stated:
        return None
    return numbers[0]


def _named_result(doc: Any, chain: _Chain, scope: Any, k: int) -> str | None:
    r"""The exact number link ``k`` writes when the chain opens by naming what it computes, ``q = x + y = 3``: the
    first member a bare name the notes have not defined before (the chain introduces it), the link the second
    step, from the formula that names it to the number. The number can only be that quantity's value at the stated
    inputs: an equation the example's values need not satisfy (a margin, a constraint) names no new quantity
    (lead63: CS231n's forward pass, "with $x = -2$, $y = 5$": a wrong ``q = x + y = 4`` was SKIPPED). A chain opening
    with the derivative it computes (``\frac{\partial L}{\partial w_1} = (\hat y - y) w_2 x = 24``, a backward pass by
    hand) names its quantity too, unless the number is 0: a derivative set to zero is an equation (lead69). Else
    None."""
    if k != 1 or len(chain.members) < 3 or chain.steps[k].left != 1 or chain.steps[k].right != 2:
        return None
    name, number = _plain(chain.members[0].latex), _plain(chain.members[2].latex)
    if not _EXACT.match(number) or _EXACT.match(_plain(chain.members[1].latex)):
        return None
    try:
        tree = doc.parse_plain(chain.members[0].latex)
    except LatexError:  # a name the grammar refuses: not read
        return None
    if _derivative_head(tree):  # ∂L/∂w_1 = (ŷ - y) w_2 x = 24: the derivative's value, named as it opens (lead69)
        return None if _zero(number) else chain.members[2].latex
    if not _NAME.match(name) or not isinstance(tree, sp.Symbol):
        return None
    known = getattr(scope, "names", {}).get((tree.name, ()))
    # q = x + y = 3 defines q since lead69 (an index letter set to a formula of quantities): the chain's own
    # definition is no definition before it (redlead69; ctx48's z = w x + b = 3, a definition always, stays green
    # only)
    own = isinstance(known, Definition) and known.line >= chain.members[0].line and \
        tree.name.split("_")[0] in INDEX_LETTERS  # read as indices unless set to quantities
    if isinstance(known, Definition) and not own:
        return None
    return chain.members[2].latex


def _derivative_head(tree: object) -> bool:
    r"""Is ``tree`` the derivative of a name by names (``\frac{\partial L}{\partial w_1}``, ``\frac{ds}{dt}``)? A
    chain opening with it names what it computes as a bare name does (lead69)."""
    if not isinstance(tree, sp.Derivative):
        return False
    names = (sp.Symbol, sp.Indexed, AppliedUndef)
    return isinstance(tree.expr, names) and all(isinstance(v, (sp.Symbol, sp.Indexed)) for v, _ in tree.variable_count)


def _zero(number: str) -> bool:
    """Is the exact number as written (``_EXACT``: an integer, a fraction of integers) zero? A derivative set to 0 is
    the first-order condition, an equation the example's values need not satisfy."""
    top = re.match(r"^-?(?:\\[dt]?frac\{(\d+)\}|(\d+))", number)
    return top is not None and int(top.group(1) or top.group(2)) == 0


def _failed_at_point(doc: Any, chain: _Chain, scope: Any, k: int, r: StepResult,
                     hypotheses: list[tuple[str, str]]) -> StepResult | None:  # fmt: skip
    r"""``r`` (link ``k`` FAILED at the stated values) as the step's FAILED verdict where that is its only reading:
    a defined function's value at stated points (:func:`_at_a_point`), an exact number written, every value it is
    read at stated exactly once (documents.exactslips.inexact_input), no equation the prose seeks or solves, and a
    value no rounding to the number written gives. Else None (the step keeps its verdict)."""
    cx = r.counterexample
    sizes = {key[0] for key, e in getattr(scope, "names", {}).items() if isinstance(e, Size)}
    if cx is None or any(n not in sizes for n, _ in cx.point) or not _given(doc, chain, scope, k, hypotheses):
        return None
    written = _at_a_point(doc, chain, scope, k, hypotheses) or _named_result(doc, chain, scope, k)
    if written is None:
        return None
    step = chain.steps[k]
    line = max(chain.members[step.left].line, chain.members[step.right].line)
    # "The minimiser is $x^\star = 1$, so $$f(x^\star) = 3.$$": the line's words before the display lead in too
    first = chain.members[0]
    row = doc.text.split("\n")[first.line - 1] if 0 < first.line <= doc.text.count("\n") + 1 else ""
    head = row[: max(row.find(first.latex.strip()), 0)]
    before = (doc._prose_before(chain)[1] + head)[-_TAIL:]
    after = doc.prose_after(chain)[1][:_TAIL]
    if any(SOUGHT.search(p) or _SOLVED.search(p) for p in (before, after)):
        return None
    # a value stated on the step's own line, before the display, is stated before the step
    here = [h.partition("=")[0].strip() for h, where in hypotheses if f"(line {line})" in where]
    line += bool(head) and all(name in head for name in here)
    if inexact_input(hypotheses, doc.text, getattr(doc, "display_lines", ()), doc.parse_plain, line,
                     getattr(doc, "source_text", "")) is not None:  # fmt: skip
        return None
    if _elsewhere(doc.text, chain, step, written, hypotheses, line):  # "Later, at time five seconds" (redlead69)
        return None
    try:
        lhs, rhs = Fraction(cx.lhs.strip()), Fraction(cx.rhs.strip())
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    w, v = (lhs, rhs) if _plain(chain.members[step.left].latex) == _plain(written) else (rhs, lhs)
    if w.denominator == 1 and abs(v - w) <= Fraction(1, 2):  # 4.01 or 2.5 written "4" or "3": a rounding, maybe
        return None
    said = "; ".join(f"{h} ({where})" for h, where in hypotheses)
    return replace(r, message=(f"at the values the notes state exactly ({said}: stated once, no rounding said) this "
                               f"side is {float(v):.10g}, not the {written.strip()} written"
                               + (f"; {r.message}" if r.message else "")))  # fmt: skip


# a Markdown table's header row and the rule under it: | sample | x | y | / |---|---|
_TABLE_HEAD = re.compile(r"^\s*\|(.*)\|\s*\n\s*\|?\s*:?-{3,}", re.M)


def _elsewhere(text: str, chain: _Chain, step: Any, written: str, hypotheses: list[tuple[str, str]],
               line: int) -> bool:  # fmt: skip
    r"""May the number ``written`` be the value at another point than the stated inputs (redlead69)? The prose
    leading into the step starts another case or names its point ("Later, at time five seconds", "Suppose instead",
    "A second example", documents.exactslips.another_point); the notes work the same formula to another number
    elsewhere (the same derivative for a second sample, its inputs said in words); or a table of the notes heads a
    column with a stated input's name (one row per sample: which row the step is for is not decided)."""
    if another_point(text.split("\n"), hypotheses, line):
        return True
    sides = [chain.members[i].latex for i in (step.left, step.right)]
    formula = _plain(next((t for t in sides if _plain(t) != _plain(written)), ""))
    for f in formulas(text):
        pieces = [_plain(p) for p in f.body.split("=")]
        if any(a == formula and _EXACT.match(b) and b != _plain(written) for a, b in pairwise(pieces)):
            return True
    names = {_plain(h.partition("=")[0]).strip("$") for h, _ in hypotheses}
    return any(names & {_plain(c).strip("$") for c in m.group(1).split("|")} for m in _TABLE_HEAD.finditer(text))
