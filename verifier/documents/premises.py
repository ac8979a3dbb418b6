r"""A green step whose reading rests on an earlier step of the notes: green only where that step holds.

Some readings check a step *from* an earlier one: an equation joined by ⇔/⇒ is PROVED as following
from the equation before it (documents.equivalent, documents.solvedform). That reading is what the
notes mean when they solve a condition (``\frac{\partial J}{\partial w} = 0 \Leftrightarrow X^\top X w
= X^\top y``); but where the equation before is itself refuted as an identity (``\frac{d}{dx} x^3 =
2x^2`` FAILED), the equation after it is the same wrong identity rewritten (``\Rightarrow \frac{d}{dx}
(x^3 + 5) = 2x^2``) and "it follows from the line before" is no evidence for it. This module owns that
rule, decided once every chain is checked (chains may be checked in separate workers):

* a step made green by following from the equation at line N (its message cites "the equation before
  it, line N") is SKIPPED, said why, where a step of the chain that ends with that equation is FAILED
  (``\frac{d}{dw}(w^2 - 6w) = 2w - 4 = 0``: the equation is no gradient set to 0), or was itself made
  SKIPPED by this rule (in the notes' order, so a run of ⇒ breaks at once);
* a premise SKIPPED as an equation to solve (the usual case) or green keeps the step's verdict — but an
  equation that sets to 0 a side of a FAILED link of the display before it (or of the inline chains between):
  ``$$f'(w) = 2w - 4$$`` FAILED (it is 2w − 6), then ``$$2w - 4 = 0 \Rightarrow w = 2$$``: the implication holds,
  but the stationary point it concludes rests on the FAILED gradient restated, so the step is SKIPPED "rests on
  line N, which FAILED" (sound41; :func:`_restated_failure`) — and so where the equation is that side set to 0
  times a nonzero number, with the same solutions (``w - 2 = 0``, ``2w = 4``, ``4 = 2w``: sound42);
* a name a ⇒ chain defines by solving the equation before it (``\Rightarrow w = (A^\top A)^{-1} A^\top b``,
  documents.equivalent) is that solution only where the link follows: where it is "not shown to follow"
  (``w = \tfrac12 (A^\top A)^{-1} A^\top b`` after ``A^\top A w - A^\top b = 0``) or follows from an equation
  that does not hold, a later step green with w read by it (``A^\top(Aw - b) = -\tfrac12 A^\top b``) is SKIPPED;
* a name a chain's later link names (``\frac{dL}{dw} = 2w + 2 =: g(w)``, ``… = 3x^2 + 2 = g(x)``:
  documents.definitions learns g from the member beside it) means that chain's value only where the links
  before the naming one hold. Where one is FAILED, or SKIPPED other than as a definition, the two sides
  of it are two values of g (L'(w) = 2w + 3, or 2w + 2), and a later step green with g read as one of them
  (``g(1) = 4``), or solved from an equation that writes g (``g(w) = 0 \Rightarrow w = 2``), is SKIPPED,
  naming the link (:func:`on_unsettled_names`);
* a hypothesis the notes state (``\mathbb{E}[X] = 3``, "stated at line N": documents.statedmoments) is no
  evidence where the notes' own step writing it at that line does not hold: "$$\mathbb{E}[X] = 0.5 \cdot 1 +
  0.5 \cdot 4 = 3$$ So $\mathbb{E}[X] = 3$" (the computation FAILED, the restatement SKIPPED on it), then a
  step green under that mean (``2\mathbb{E}[X] + 1 = 7``) is SKIPPED, naming the line
  (:func:`on_unsettled_statements`, redteam40); so is one stated in prose right after the notes' own computation
  of it, a result rather than a given, where that computation does not hold or gives another value: "$\mathbb{E}[X]
  = 1 \cdot 0.5 + 2 \cdot 0.5$, that is $\mathbb{E}[X] = 3$" (it gives 1.5), then ``2\mathbb{E}[X] = 6`` is SKIPPED
  "rests on …" (sound41, :func:`_computed_before`); a computation that gives the value keeps it, and a value stated
  in a later part or section than the computation is a given there (sound42: "(b) For a fair die, $\mathbb{E}[X] =
  3.5$" after part (a)'s coin).

The notes' earlier results about expectations (documents.lemmas) are the same rule for another reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.namedparts import opens_between
from verifier.documents.precision import agrees
from verifier.documents.records import CheckedChain
from verifier.documents.valuescope import numbers_alone
from verifier.documents.wordlinks import shown_zero
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.members import _Chain

__all__ = ["BROKEN", "STATEMENT", "UNSETTLED", "on_broken_premises", "on_unsettled_names", "on_unsettled_statements",
           "premise_of"]

#: the reason a step loses its green here
BROKEN = "follows from the equation at line {line}, which does not hold there ({verdict}): not green on it"
#: the reason a conclusion loses its green where the chain shown zero it follows from has a step not green (ctx51)
UNSHOWN = ("follows from the chain ending at line {line} (0 = its last member), which is shown only where every step "
           "of it holds, and one is {verdict}: not green on it")
#: the reason a step loses its green where the equation it follows from restates a FAILED link's side (sound41)
RESTATED = ("follows from the equation at line {line}, which {sets}, the side of a step at line {at}: it "
            "rests on line {at}, which FAILED (that equation does not hold there): not green on it")
#: the reason a step using a name named after a link that does not hold loses its green
UNSETTLED = ("uses {name}, which line {line} defines through its step {step}, which does not hold there ({verdict}): "
             "this step is green only with {name} read by that definition")
#: the reason a step green under a statement whose own step does not hold loses its green
STATEMENT = ("holds only under ${written}$, stated at line {line}, where the notes' own step writing it does not hold "
             "({verdict}): not green on it")
#: the reason a step green under a value stated right after the notes' computation of it, which fails, loses its green
COMPUTED = ("holds only under ${written}$, stated at line {line} right after the notes' own computation of it at line "
            "{at}, {why}: it rests on that computation, not on a given: not green on it")
#: a hypothesis the notes state, as a step's message cites it (documents.distributions, documents.statedmoments)
_STATED = re.compile(r"\(stated at line (\d+): \$([^$]*)\$\)")
#: a SKIPPED step that does not hold because what it rests on does not (this module, documents.lemmas)
_DOES_NOT_HOLD = ("which does not hold there", "whose own chain does not hold", "writing it does not hold")
CITED = re.compile(r"the equation before it, line (\d+)")
_GREEN = (Verdict.PROVED, Verdict.PASSED)
_MAX_EQUATION = 200  # the characters of an equation read as a multiple of a FAILED side (sound42)


def premise_of(chains: Sequence[_Chain], k: int) -> int | None:
    """The index of the chain that ends with the equation chain ``k`` follows from, or None."""
    after = chains[k].after
    if after is None:
        return None
    left, right, _ = after
    for j in range(k - 1, -1, -1):
        members = chains[j].members
        if len(members) >= 2 and members[-2].latex == left and members[-1].latex == right:
            return j
        if shown_zero(chains[j]) and members[0].latex == left and members[-1].latex == right:
            return j  # 0 = A = … = Z, then "we conclude that" (documents.wordlinks): its whole equation
    return None


def on_broken_premises(chains: Sequence[_Chain], checked: list[CheckedChain]) -> list[CheckedChain]:
    """``checked`` (one result per chain of ``chains``, in order) with every green step that follows from an
    equation that does not hold made SKIPPED (module docstring)."""
    if len(chains) != len(checked):
        return checked
    out = list(checked)
    for k, c in enumerate(out):
        j = premise_of(chains, k)
        if j is None or not isinstance(c, CheckedChain) or not isinstance(out[j], CheckedChain):
            continue
        premise = out[j].result.steps
        if not premise:
            continue
        # any step: ∂f/∂w = 2w - 4 = 0 (the first link FAILED) makes the equation 2w - 4 = 0 no gradient set to 0
        bad = [p for p in premise if p.verdict is Verdict.FAILED
               or (p.verdict is Verdict.SKIPPED and "which does not hold there" in (p.message or ""))]  # fmt: skip
        whole = shown_zero(chains[j]) and chains[k].after is not None and \
            chains[k].after[0] == chains[j].members[0].latex  # fmt: skip
        if whole:  # a chain of claims shows 0 = Z only where every step holds (but the condition it opens with)
            bad = [p for i, p in enumerate(premise) if p.verdict not in _GREEN and not (
                i == 0 and chains[j].opens_condition and p.verdict is Verdict.SKIPPED)]
        restated = None if bad else _restated_failure(chains, out, j)  # 2w - 4 = 0 after f'(w) = 2w - 4 FAILED
        if not bad and restated is None:
            continue
        steps = list(c.result.steps)
        for i, s in enumerate(steps):
            cited = CITED.search(s.message or "")
            if s.verdict in _GREEN and cited is not None:
                why = (UNSHOWN if whole else BROKEN).format(line=cited.group(1), verdict=bad[0].verdict.value) \
                    if bad else RESTATED.format(line=cited.group(1), sets=restated[1], at=restated[0])
                steps[i] = s.skipped(why)
        if steps != list(c.result.steps):
            out[k] = c.with_steps(steps)
    return out


def _restated_failure(chains: Sequence[_Chain], checked: Sequence[CheckedChain], j: int) -> tuple[int, str] | None:
    r"""(line, what the equation does) of a FAILED step whose side chain ``j``'s last equation sets to 0 (``2w - 4 = 0``
    after ``f'(w) = 2w - 4`` FAILED), or is, up to a nonzero number, that side set to 0 (``w - 2 = 0``, ``2w = 4``,
    ``4 = 2w``: the same solutions, sound42), looked for in the chains before ``j`` back to the display before it
    (inline chains between, and the links of ``j``'s own display, ``f'(w) = 0 \Leftrightarrow 2w - 4 = 0``, included:
    "the next display or the next chain"); None where there is none."""
    members = chains[j].members
    if len(members) < 2:
        return None
    left, right = _flat(members[-2].latex), _flat(members[-1].latex)
    side = left if right == "0" else right if left == "0" else None
    if side == "0" or left == right:
        return None
    equation = _difference(members[-2].latex, members[-1].latex)  # 2t = 6, t - 3 = 0: a multiple of 2t - 6 (sound42)
    if not side and equation is None:
        return None
    for i in range(j - 1, -1, -1):
        c = checked[i]
        if isinstance(c, CheckedChain):
            lines = c.step_lines if len(c.step_lines) == len(c.result.steps) else [chains[i].line] * len(c.result.steps)
            for s, line in zip(c.result.steps, lines, strict=True):
                if s.verdict is not Verdict.FAILED:
                    continue
                if side and side in (_flat(s.lhs_latex), _flat(s.rhs_latex)):
                    return line, f"sets ${(members[-2].latex if right == '0' else members[-1].latex).strip()}$ to 0"
                multiple = next((t for t in (s.rhs_latex, s.lhs_latex) if equation is not None
                                 and _multiple_of(equation, t)), None)  # fmt: skip
                if multiple is not None:  # 2t = 6 after g'(t) = 2t - 6 FAILED (sound42)
                    return line, (f"has the solutions of ${multiple.strip()} = 0$ (left minus right is "
                                  f"${multiple.strip()}$ times a nonzero number)")
        if not chains[i].inline and chains[i].line < chains[j].line:  # (a display's own ⇔ links: the same line)
            break
    return None


def _difference(left: str, right: str) -> sp.Expr | None:
    """left − right of an equation written in one unknown or more (``2t = 6``: 2t − 6), or None where it cannot be
    read so (a function, a derivative, too long)."""
    from verifier.latex import parse_latex  # (the parser is heavy: only where an equation needs it)

    if len(left) + len(right) > _MAX_EQUATION:
        return None
    try:
        a, b = parse_latex(left), parse_latex(right)
    except (LatexError, ValueError, TypeError, RecursionError, AttributeError):
        return None
    if not (isinstance(a, sp.Expr) and isinstance(b, sp.Expr)):
        return None
    try:
        out = a - b
    except TypeError:  # t = \boxed{0}\boxed{1}: a name against a vector of numbers is no equation in one unknown
        return None
    if not out.free_symbols or out.atoms(AppliedUndef, sp.Derivative, sp.Integral, sp.Sum, sp.Indexed):
        return None
    return out


def _multiple_of(equation: sp.Expr, side: str) -> bool:
    r"""Is ``equation`` (left − right) a nonzero number times ``side`` (a FAILED step's side, ``2t - 6``): an
    equation with the solutions of (side) = 0, ``t - 3 = 0``, ``6 = 2t``?"""
    other = _difference(side, "0")
    if other is None or other.free_symbols != equation.free_symbols:
        return False
    try:
        ratio = sp.cancel(equation / other)
    except (sp.PolynomialError, TypeError, ValueError, ZeroDivisionError):
        return False
    return bool(ratio.is_number and ratio.is_finite and ratio.is_nonzero)


def _unsettled(chain: _Chain, result: CheckedChain) -> list[tuple[str, int, str]]:
    r"""(name, number of the step that does not hold, its verdict) for each name ``chain`` names after a link
    that does not hold, and the name a ⇒ chain defines by a solution that does not follow from the equation
    before it (``\Rightarrow w = \tfrac12 (A^\top A)^{-1} A^\top b``: documents.equivalent's solved definition)."""
    from verifier.documents.stats import is_definition  # stats reads documents.check, which runs this

    out: list[tuple[str, int, str]] = []
    by_index = {s.index: s for s in result.result.steps}
    first = result.result.steps[0] if result.result.steps else None
    if chain.solves_defining and chain.defines is not None and first is not None and first.verdict not in _GREEN:
        out.append((chain.defines[0], first.index, "not shown to follow from the equation before it"))
    for naming, key in chain.named:
        before = [st.index for st in chain.steps if st.index < naming]
        for index in before:
            r = by_index.get(index)
            if r is None or r.verdict in _GREEN:
                continue
            if r.verdict is Verdict.SKIPPED and is_definition(r.message or ""):
                continue
            out.append((key[0], r.index, r.verdict.value))
            break
    return out


def _uses(chain: _Chain, name: str, parse: Callable[[str], sp.Basic]) -> bool:
    """Does any member of ``chain`` write ``name`` (a value or a function), or the equation a ⇒ chain follows
    from (``g(w) = 0 \\Rightarrow w = 2``: w = 2 is read through g, redteam40)? ``parse``: the document's parser."""
    from verifier.documents.inferevidence import names_and_functions

    written = [(m.parsed.tree if m.parsed is not None else None, m.latex) for m in chain.members
               if not m.error and m.latex]  # fmt: skip
    if chain.after is not None:
        written += [(None, src) for src in chain.after[:2] if src.strip()]
    for tree, src in written:
        try:
            tree = tree if tree is not None else parse(src)
        except LatexError:
            continue
        if isinstance(tree, sp.Basic) and name in names_and_functions(tree):
            return True
    return False


def on_unsettled_names(
    chains: Sequence[_Chain],
    checked: list[CheckedChain],
    parse: Callable[[str], sp.Basic],
    defined: Sequence[tuple[str, int]] = (),
) -> list[CheckedChain]:
    """``checked`` with every green step of a chain after a name named after a link that does not hold, and
    writing that name, made SKIPPED (module docstring) — but a link of numbers alone. ``parse``: the document's
    parser; ``defined``: the notes' definitions (name, line) — a name defined anew after the naming chain is read
    by the new one."""
    if len(chains) != len(checked):
        return checked
    out = list(checked)
    unsettled: list[tuple[str, int, int, str]] = []  # (name, line, step, verdict)
    for k, c in enumerate(out):
        if not isinstance(c, CheckedChain):
            continue
        chain = chains[k]
        hits = [(n, line, step, v) for n, line, step, v in unsettled
                if line < chain.line and not any(d == n and line < at < chain.line for d, at in defined)
                and _uses(chain, n, parse)]  # fmt: skip
        if hits:
            name, line, step, verdict = hits[0]
            why = UNSETTLED.format(name=name, line=line, step=step, verdict=verdict)
            # a link of numbers alone (k(1) = 2 + 4 = 6: its 2 + 4 = 6) holds whatever the name is (review39)
            steps = [s.skipped(why) if s.verdict in _GREEN and not numbers_alone(s, parse) else s
                     for s in c.result.steps]
            if steps != list(c.result.steps):
                c = out[k] = c.with_steps(steps)
        if chain.named or chain.solves_defining:
            unsettled += [(n, chain.line, step, v) for n, step, v in _unsettled(chain, c)]
    return out


def _flat(latex: str) -> str:
    return re.sub(r"\s+|\\left|\\right", "", latex)


def _does_not_hold(r: StepResult) -> bool:
    return r.verdict is Verdict.FAILED or (
        r.verdict is Verdict.SKIPPED and any(p in (r.message or "") for p in _DOES_NOT_HOLD))


def _computed_before(
    chains: Sequence[_Chain], checked: Sequence[CheckedChain], line: int, written: str,
    parse: Callable[[str], sp.Basic], text: str = "",
) -> tuple[int, str] | None:  # fmt: skip
    r"""(line, why) where the value ``written`` (``\mathbb{E}[X] = 3``), stated at ``line``, is no given: the chain
    right before the statement (before its own chain where the prose's formula is one, else the last one up to
    ``line``) computes the same left member (``\mathbb{E}[X] = 1 \cdot 0.5 + 2 \cdot 0.5``, at that line) and a step
    of it does not hold, or its last member is a number the value is not (to the value's own decimals); None where no
    such computation is right before it, or it gives the value."""
    left, sign, value = written.partition("=")
    if not sign or len(chains) != len(checked):
        return None
    own = [k for k, ch in enumerate(chains) if ch.line == line and len(ch.members) == 2
           and _flat(ch.members[0].latex) == _flat(left) and _flat(ch.members[1].latex) == _flat(value)]  # fmt: skip
    k = own[0] - 1 if own else max((i for i, ch in enumerate(chains) if ch.line <= line), default=-1)
    if k < 0 or not chains[k].members or _flat(chains[k].members[0].latex) != _flat(left) or len(chains[k].members) < 2:
        return None
    at, result = chains[k].line, checked[k]
    if not isinstance(result, CheckedChain) or opens_between(text, at, line):  # (b) … for a die: a given (sound42)
        return None
    broken = next((s for s in result.result.steps if _does_not_hold(s)), None)
    if broken is not None:
        return at, f"which does not hold there ({broken.verdict.value})"
    try:
        computed, stated = parse(chains[k].members[-1].latex), parse(value)
    except LatexError:
        return None
    if not (isinstance(computed, sp.Expr) and isinstance(stated, sp.Expr)) or computed.free_symbols or \
            stated.free_symbols or computed.atoms(AppliedUndef) or not stated.is_number:  # fmt: skip
        return None
    try:
        got, said = float(computed), float(stated)
    except (TypeError, ValueError):
        return None
    places = len(value.strip().partition(".")[2])
    if got == said or (places and agrees(got, said, places)):
        return None
    return at, f"which gives {got:.6g}"


def on_unsettled_statements(
    checked: list[CheckedChain], parse: Callable[[str], sp.Basic], chains: Sequence[_Chain] = (), text: str = ""
) -> list[CheckedChain]:
    """``checked`` (in the notes' order) with every green step under a hypothesis the notes state at a line where
    their own step writing it does not hold, or right after their own computation of it that does not hold or gives
    another value (``chains``: the chains ``checked`` is of), made SKIPPED (module docstring) — but a link of numbers
    alone. ``parse``: the document's parser."""
    unsettled: dict[tuple[int, str], str] = {}  # (line, the link as written) -> the verdict of its step
    for c in checked:
        if isinstance(c, CheckedChain) and len(c.step_lines) == len(c.result.steps):
            for s, line in zip(c.result.steps, c.step_lines, strict=True):
                if _does_not_hold(s):
                    unsettled.setdefault((line, _flat(f"{s.lhs_latex}={s.rhs_latex}")), s.verdict.value)
    stated = {(int(line), written) for c in checked if isinstance(c, CheckedChain) for s in c.result.steps
              if s.verdict in _GREEN for line, written in _STATED.findall(s.message or "")}  # fmt: skip
    results: dict[tuple[int, str], tuple[int, str]] = {}  # (line, the statement) -> (its computation's line, why)
    for line, written in sorted(stated):
        if (line, _flat(written)) not in unsettled and (why := _computed_before(chains, checked, line, written,
                                                                                 parse, text)) is not None:  # fmt: skip
            results[(line, _flat(written))] = why
    if not (unsettled or results):
        return checked
    out = list(checked)
    for k, c in enumerate(out):
        if not isinstance(c, CheckedChain):
            continue
        steps = list(c.result.steps)
        for i, s in enumerate(steps):
            if s.verdict not in _GREEN:
                continue
            for line, written in _STATED.findall(s.message or ""):
                verdict = unsettled.get((int(line), _flat(written)))
                why = results.get((int(line), _flat(written)))
                if (verdict is not None or why is not None) and not numbers_alone(s, parse):
                    steps[i] = s.skipped(STATEMENT.format(written=written, line=line, verdict=verdict)
                                         if verdict is not None or why is None else
                                         COMPUTED.format(written=written, line=line, at=why[0],
                                                         why=why[1]))  # fmt: skip
                    if len(c.step_lines) == len(steps):  # in turn no evidence for a later step
                        unsettled.setdefault((c.step_lines[i], _flat(f"{s.lhs_latex}={s.rhs_latex}")), "SKIPPED")
                    break
        if steps != list(c.result.steps):
            out[k] = c.with_steps(steps)
    return out
