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

The same second look serves links of a worked example that are read for every value and fail, where the notes'
values may be what they mean (lead68):

* an identity that writes none of the names whose values the notes state but reaches them through their
  definitions, each of them stated and several (:func:`reaches_unwritten`: Adam's
  ``-\eta \hat m_1/\sqrt{\hat v_1} = -\eta`` after the stated β₁,
  g₁), or that documents.guesses SKIPPED because the prose may give a name it reaches a value or name a point
  (``MAY_DEPEND``, ``NAMES_A_POINT``: ``\frac{\partial^2 L}{\partial z^2} = p(1+p)`` after "With $z = 0$ and $y = 1$"):
  read again at the values of the names it does not write (its own stay free), the demoted ones at the point the
  prose states, all of it. It holds there: SKIPPED, saying so; it fails there too: FAILED, read either way;
* a worked number documents.guesses SKIPPED as "against a definition over names whose values the notes give only
  in prose" (``WORKED_NUMBER``) where the notes do state them (``h = (0, 4)`` after ``h = \mathrm{ReLU}(Wx)`` and
  integer W, x): read at every stated value; green where it holds (a number is no identity), FAILED where it
  fails by a slip no rounding makes (documents.exactslips), else SKIPPED with both sides.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import sympy
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition
from verifier.documents.exactslips import slip_at_exact_values
from verifier.documents.guesses import MAY_DEPEND, NAMES_A_POINT, WORKED_NUMBER
from verifier.documents.oneinstance import SPECIAL_CASE
from verifier.documents.orientation import transposed_readings
from verifier.documents.reachedentries import reached_values
from verifier.documents.resolve import ResolveError
from verifier.documents.sentences import DOLLAR_SPAN
from verifier.documents.specialcases import lead_in
from verifier.documents.stated import WHERE
from verifier.documents.statedvectors import sized_by_stated, sizes_given
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


# the names a FAILED step demoted by documents.guesses may take a value of the prose's: an identity that may hold at a
# point or a value the prose gives (MAY_DEPEND, NAMES_A_POINT), a worked number (WORKED_NUMBER)
_VALUED = ((False, re.compile(r"^(.+?) \(not defined in the notes\) " + re.escape(MAY_DEPEND))),
           (False, re.compile("^" + re.escape(NAMES_A_POINT) + r" \(or a value of (.+?), not written in the step\)")),
           (True, re.compile("^" + re.escape(WORKED_NUMBER) + r" (.+?), whose values the notes give only in prose")))


def _valued_names(r: StepResult) -> tuple[bool, list[str]] | None:
    """Whether a step SKIPPED as failing where the prose may give values is a worked number, and the names those
    values are of (``T``, ``y``), or None."""
    if r.verdict is not Verdict.SKIPPED:
        return None
    for number, pattern in _VALUED:
        if (m := pattern.match(r.message or "")) is not None:
            return number, [n.strip() for n in m.group(1).split(",")]
    return None


def _bases(names: Collection[str]) -> frozenset[str]:
    """``names`` without their subscripts or indices (``beta_1``, ``beta[1]``: ``beta``)."""
    return frozenset(re.split(r"[_\[^]", n, maxsplit=1)[0] for n in names)


def _link_texts(chain: _Chain, k: int) -> tuple[str, str]:
    """The two members of ``chain``'s ``k``-th link, as written."""
    step = chain.steps[k]
    return chain.members[step.left].latex, chain.members[step.right].latex


def _stated_names(values: Sequence[tuple[str, str]]) -> frozenset[str]:
    r"""The names the stated ``values`` (``\beta_1 = 0.9``, ``z = (1, 0)``) give a value to, as parsed."""
    out: set[str] = set()
    for text, _ in values:
        head = text.split("=", 1)[0]
        out |= _names(head) or frozenset()
    return frozenset(out)


def reaches_unwritten(doc: _Document, scope: Scope, texts: Sequence[str], stated: frozenset[str]) -> bool:
    r"""Does the link (its members ``texts``) reach, through the notes' definitions, a name the notes state a value
    for (``stated``) that it does not write? Adam's ``-\eta \hat m_1/\sqrt{\hat v_1} = -\eta`` after "$\beta_1 =
    0.9$, … a gradient $g_1 = 2$" reaches β₁, g₁ through m̂₁ := m₁/(1 - β₁), m₁ := β₁m₀ + (1 - β₁)g₁: read for every
    β₁ and g₁ it fails (at g₁ = -1), a value the worked example never takes (lead68)."""
    names = [_names(t) for t in texts]
    if any(n is None for n in names):
        return False
    written = frozenset().union(*names)  # type: ignore[arg-type]
    # a worked example's inputs: every name reached and not written has a stated value, and there are several (one
    # parameter stated alone is a special case the notes may name for another step: "With $\lambda = 0$ we recover
    # least squares" excuses no dropped penalty, review23g; documents.specialcases owns those)
    defined = _bases({k[0] for k, e in scope.names.items() if isinstance(e, Definition)})  # m̂₁, m₁: computed
    reached = _bases(doc._reach(set(written), scope) - written) - _bases(written) - defined
    return len(reached) >= 2 and reached <= _bases(stated)


def at_values_substituted(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED link that writes numbers substituted checked again at the values the notes state
    (module docstring)."""
    # a chain's own hypotheses (a context's "given:", the notes' "where $a = 0$") say what it assumes: they win; the
    # values the prose states for a vector the chain writes on one side only (h = (3, 3)^T: documents.chainvalues)
    # are some of the worked example's: a link demoted for the others is read again with all of them (lead70's
    # backward pass; a FAILED link of such a chain was judged at those values already and keeps its verdict)
    if any(not where.startswith(WHERE) for _, where in chain.hypotheses):
        return steps
    failed = [k for k, r in enumerate(steps)
              if (r.verdict is Verdict.FAILED and not chain.hypotheses) or _valued_names(r) is not None]
    if not failed:
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
    stated = _stated_names(values)
    # the values each link is read at: every stated one for a link with numbers substituted in it or a worked
    # number; for an identity only those of the names it does not write (its own stay free: ∂KL/∂μ_1 is no
    # derivative at μ_1 = 1, which the notes state for a later example)
    asked: dict[int, tuple[tuple[str, str], ...]] = {}
    number: dict[int, bool | None] = {}  # per link: a worked number (True), an identity (False), substituted (None)
    partial: dict[int, list[str]] = {}  # a worked number some of whose names the notes leave without a value
    for k in failed:
        texts, valued = _link_texts(chain, k), _valued_names(steps[k])
        if valued is not None:  # demoted by guesses: at the whole point the prose states (fresh39's x and p)
            if _bases(valued[1]) <= _bases(stated):
                asked[k], number[k] = tuple(values), valued[0]
            elif valued[0] and _bases(valued[1]) & _bases(stated):
                # some of its names stated ("With $w_1 = 0$ and $b_1 = 0$ we get $h = 0$", x never given): read at
                # those with the rest free, green only where it holds for every value of the rest (lead71)
                asked[k], number[k] = tuple(values), valued[0]
                partial[k] = sorted(_bases(valued[1]) - _bases(stated))
        elif partly_substituted(texts):
            asked[k], number[k] = tuple(values), None
        elif reaches_unwritten(doc, scope, texts, stated) and (unwritten := _unwritten(values, texts)):
            asked[k], number[k] = unwritten, False
    found: dict[int, StepResult] = {}
    for at in dict.fromkeys(asked.values()):
        ks = [k for k, v in asked.items() if v == at]
        again = copy.copy(chain)
        # told apart from a worked chain's own values (documents.oneinstance reads those at worked links only): every
        # link asked here is read at them
        again.hypotheses = [(h, f"{_AT} ({where})") for h, where in at]
        indices = {chain.steps[k].index for k in ks}
        sized = sized_by_stated(scope, list(at), doc.parse_plain, doc.text)  # x = (1, 2)^T: 2 entries (statedvectors)
        try:
            run = _Checker(doc, again, sized, indices, frozenset(indices)).run()
        except ResolveError:
            continue
        # a worked gradient whose stated row meets a column of numbers: read with one side transposed (orientation)
        run = [*run]
        for j, r in transposed_readings(doc, again, sized, run).items():
            run[j] = r
        found.update((k, run[k]) for k in ks)
    out = list(steps)
    for k, result in found.items():
        said = "; ".join(h for h, _ in asked[k])
        if k in partial:  # never FAILED: the names left free may be meant at values the notes do not write here
            if result.verdict in _GREEN:
                out[k] = replace(result, message=f"holds at the values the notes state ({said}) for every value of "
                                                 f"{', '.join(partial[k])}; {result.message}".rstrip("; "))
            continue
        held = result.verdict is Verdict.SKIPPED and "holds only under the hypothesis" in (result.message or "") \
            and SPECIAL_CASE in (result.message or "")  # a value both members use: read as a special case
        if number[k] is not None:  # demoted for the values the prose may give (guesses), or an identity reaching them
            out[k] = _at_stated(doc, chain, scope, k, steps[k], result, asked[k], bool(number[k]), held)
        elif result.verdict in _GREEN or held:
            out[k] = steps[k].skipped(f"holds at the values the notes state ({said}), with numbers already "
                                      "substituted in it; read for every value it fails: which it means is not said")
        elif result.verdict is not Verdict.FAILED or result.counterexample is None:
            # at those values the shapes inferred for undeclared names clash, or nothing is decided: no refutation
            out[k] = steps[k].skipped(f"written with numbers already substituted in it, and at the values the notes "
                                      f"state ({said}) it is not decided ({result.message}); read for every value "
                                      "it fails")  # fmt: skip
    return out


def _unwritten(values: Sequence[tuple[str, str]], texts: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """The stated ``values`` of names the link (its members ``texts``) does not write."""
    written = _bases(frozenset().union(*(_names(t) or frozenset() for t in texts)))
    return tuple(v for v in values if not _bases(_stated_names([v])) & written)


def _at_stated(doc: _Document, chain: _Chain, scope: Scope, k: int, demoted: StepResult, found: StepResult,
               values: Sequence[tuple[str, str]], number: bool, held: bool) -> StepResult:
    """The verdict of ``chain``'s ``k``-th link, ``demoted`` by documents.guesses for the values the prose may give
    the names it reaches, read again at the stated ``values`` (``found``; ``held``: it holds there as a special
    case). A link that fails there too is FAILED (it fails read either way), except a worked ``number`` whose
    inputs may be rounded or whose number may be (documents.exactslips decides); a worked number that holds there
    is green (a number is no identity: the values are what it means); an identity that holds there is SKIPPED
    (meant there or in general, the notes do not say)."""
    said = "; ".join(h for h, _ in values)
    cx = found.counterexample
    if found.verdict is Verdict.FAILED and cx is not None:
        if not number:
            return replace(found, message=f"fails for every value and at the values the notes state ({said}) too; "
                                          f"{found.message}")
        skipped = found.skipped(f"at the values the notes state ({said}) the left side is {cx.lhs} and the right "
                                f"side {cx.rhs}: a value computed from rounded inputs, another value of a name, or a "
                                "slip; not called FAILED")  # fmt: skip
        line = max(chain.members[chain.steps[k].left].line, chain.members[chain.steps[k].right].line)
        inputs = reached_values(list(values), _link_texts(chain, k), scope, doc.parse_plain)  # (reachedentries)
        # the lengths of the stated vectors are the notes' (h = (3, 3)^T: n₃ = 2), not the checker's choice (lead70)
        sizes = sizes_given(scope, list(values), doc.parse_plain, doc.text)
        return slip_at_exact_values(skipped, found, _link_texts(chain, k), inputs, doc.text,
                                    getattr(doc, "display_lines", ()), doc.parse_plain, line,
                                    getattr(doc, "source_text", ""), sizes,
                                    unreached=[v for v in values if v not in inputs]) or skipped  # fmt: skip
    if found.verdict in _GREEN and number:
        return found
    if found.verdict in _GREEN or held:
        return demoted.skipped(f"holds at the values the notes state ({said})")
    return demoted
