r"""A name the notes define by cases at points, used by a later step: the step checked at each point.

Notes define a binary loss, a Bernoulli probability or an indicator by cases on a label's value::

    \ell(t, y) = \begin{cases} -\log(y) & \text{if } t = 1 \\ -\log(1-y) & \text{if } t = 0 \end{cases}

and then write it as one formula ("since $t$ can only be $0$ or $1$", ``\ell(t, y) = -t\log y - (1-t)\log(1-y)``),
take its logarithm or differentiate it by the prediction. Such a definition has a value only where a row's
condition holds, which no random sample point does: the step was an ERROR ("only 0 of 200 sample points had
finite values … narrow the declared domain") or a restatement "that cannot be checked", though the notes
are fine. :mod:`verifier.documents.pointcases` checks a step that *writes* the cases; this module owns the
step that *reaches* them through a definition.

:func:`through_defined_cases` takes a step left without finite sample points whose members write the name of
exactly one definition in effect (the notes' or a context's) whose body is such a cases environment, every
row's condition ``v = c`` with the same single name ``v`` and ``c`` a number, and no ``otherwise`` row (a
definition with one has a value everywhere and is sampled as before). The step must write ``v`` itself: a
step that does not (``p = \phi``) may be said of one case only. Nor is it read where the chain's hypotheses
or the step's own sentence (the sentence before it, its display's line, the sentence after) set ``v`` to a
number ("…, where $y = 1$."): the notes then pick the case themselves. For each row the definition is read
as that row's expression and the condition is a hypothesis of the step (substituted into both sides, as a
"where" of the notes is). The definition says nothing between its points, so:

* every row holding makes the step green, "checked at each point its cases define";
* a row that fails is a value the definition gives, and the step gets it wrong there: FAILED, saying at
  which point — unless the step restates the defined name (a new definition, never FAILED:
  :mod:`verifier.documents.restatements`), which keeps its SKIPPED with the failing point said;
* a step that differentiates, sums or integrates by the name the cases split on, or whose calls of a
  function pass that parameter something else than its own letter, is left as it was (a derivative by ``t``
  of a function known only at ``t = 0`` and ``t = 1`` is no claim at those points).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Key, Scope, display_key
from verifier.documents.infer import names_and_functions
from verifier.documents.mathspans import DISPLAY as _DISPLAYS
from verifier.documents.members import _Chain, step_trees
from verifier.documents.pointcases import case_rows
from verifier.documents.resolve import ResolveError
from verifier.documents.sentences import SENTENCE_END
from verifier.documents.steps import _Checker
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict, worst
from verifier.stepverdict import TOO_FEW_POINTS

if TYPE_CHECKING:
    from verifier.documents.check import _Document

__all__ = ["through_defined_cases"]

_NUMBER = re.compile(r"^\s*-?\s*\d+(?:\.\d+)?\s*$")
NOTE = "checked at each point its cases define ({said}: the definition of {name} at {where})"


def _point_definition(scope: Scope, written: set[str]) -> tuple[Key, Definition, list[tuple[str, str, str]]] | None:
    """The one definition in ``scope`` the step writes (``written``: its names and functions) whose body is a
    cases environment at points, with its rows as (expression, condition, the condition's name)."""
    found = []
    for key, d in scope.names.items():
        if not isinstance(d, Definition) or not d.body or key[0] not in written:
            continue
        rows = case_rows(d.body)
        if rows is None or len(rows) < 2:
            continue
        out = []
        for expr, cond in rows:
            name, value = (x.strip() for x in cond.split("=", 1))
            if not _NUMBER.match(value) or not re.fullmatch(r"\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]\}?)?", name):
                break
            out.append((expr, cond, name))
        else:
            if len({name for _, _, name in out}) == 1:  # one name split on its values (not t = 1 / s = 0)
                found.append((key, d, out))
    return found[0] if len(found) == 1 else None


def _names(text: str, name: str) -> bool:
    """Does ``text`` write the name ``name`` (not as a part of a longer one)?"""
    return re.search(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z])", text) is not None


_INLINE = re.compile(r"\$([^$]+)\$|\\\((.*?)\\\)", re.S)


def _inline_math(prose: str) -> str:
    """The inline formulas of ``prose``, its displays left out (the definition's own rows say ``t = 1``)."""
    return "\n".join(m.group(1) or m.group(2) or "" for m in _INLINE.finditer(_DISPLAYS.sub(" ", prose)))


def _valued(math: str, name: str) -> bool:
    """Does ``math`` set ``name`` to a number (``y = 1``, ``t=0``)?"""
    return re.search(rf"(?<![A-Za-z\\]){re.escape(name)}\s*=\s*-?\d", math) is not None


def _bound(trees: list[sp.Basic], symbol: sp.Symbol) -> bool:
    """Is ``symbol`` a variable the step differentiates, sums, multiplies or integrates by?"""
    for tree in trees:
        for node in sp.preorder_traversal(tree):
            if isinstance(node, sp.Derivative) and symbol in node.variables:
                return True
            if isinstance(node, (sp.Sum, sp.Product, sp.Integral)) and symbol in node.variables:
                return True
    return False


def _passed_as_itself(trees: list[sp.Basic], key: Key, d: Definition, symbol: sp.Symbol) -> bool:
    """Where the definition is a function whose parameter is the split name, does every call of it in the step
    pass that parameter its own letter (``\\ell(t, y)``, not ``\\ell(t_i, y_i)``)? A bare name with no call is the
    function at its own parameters (redteam37: ``\\frac{\\partial \\ell}{\\partial y}`` was an ERROR)."""
    if not d.params:
        return True
    names = [p.strip() for p in d.params]
    position = next((k for k, p in enumerate(names) if p.lstrip("\\") == symbol.name), None)
    if position is None:
        return True  # a name the function does not take: a hypothesis on it applies as written
    calls = [a for t in trees for a in t.atoms(AppliedUndef) if a.func.__name__ == key[0]]
    if not calls and any(s.name == key[0] for t in trees for s in t.free_symbols):
        return True  # the bare name, \frac{\partial \ell}{\partial y}: the function at its own parameters
    return bool(calls) and all(len(c.args) > position and c.args[position] == symbol for c in calls)


def through_defined_cases(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each step left without sample points by a definition at points checked at each of its
    points (module docstring)."""
    out = list(steps)
    for k, r in enumerate(steps):
        if r.verdict not in (Verdict.ERROR, Verdict.SKIPPED) or TOO_FEW_POINTS not in (r.message or ""):
            continue
        trees = step_trees(chain, k)
        written = set().union(*(names_and_functions(t) for t in trees)) if trees else set()
        found = _point_definition(scope, written)
        if found is None:
            continue
        key, d, rows = found
        try:
            symbols = [doc.parse_plain(name) for _, _, name in rows]
        except LatexError:  # a condition the parser cannot read: the step is left as it was
            continue
        if not all(isinstance(s, sp.Symbol) for s in symbols):
            continue
        if any(_bound(trees, s) or not _passed_as_itself(trees, key, d, s) for s in symbols):
            continue
        free = set().union(*(t.free_symbols for t in trees))
        if not all(s in free for s in symbols) or any(_names(h, name) for h, _ in chain.hypotheses
                                                      for _, _, name in rows):
            continue  # ``p = \phi`` said of the case y = 1 only; a "where $y = 1$" of the notes' own
        last = max(m.line for m in chain.members)  # "$$…$$ where $y = 1$." on the display's own line
        own = "\n".join(doc.lines[max(last - 1, 0) : last + 1])
        before = SENTENCE_END.split(doc._prose_before(chain, display=True)[1].rstrip())[-1]
        after = SENTENCE_END.split(doc.prose_after(chain)[1].strip())[0]
        around = _inline_math("\n".join((before, own, after)))  # the step's own sentence, not the setup's
        if _valued(around, rows[0][2]):
            continue  # "where $y = 1$", "for $t = 0$ this gives": the prose picks a case itself
        st = chain.steps[k]
        results: list[StepResult] = []
        for n, (expr, cond, _) in enumerate(rows, 1):
            alt_scope = scope.copy()
            alt_scope.names[key] = replace(d, body=expr)
            alt = replace(chain, hypotheses=[*chain.hypotheses, (cond, f"case {n} of the definition")])
            try:
                found_r = _Checker(doc, alt, alt_scope, {st.index}, frozenset({st.index})).run()[k]
            except ResolveError:
                break
            results.append(doc._doubt(alt, alt_scope, st, found_r) if found_r.verdict.ok else found_r)
        if len(results) != len(rows):
            continue
        said = "; ".join(cond for _, cond, _ in rows)
        ours = any(n is d or (n.key == key and n.line == d.line) for n in doc.note_definitions)
        where = f"line {d.line}" if ours else f"context line {d.line}"  # a context file's own line
        note = NOTE.format(said=said, name=display_key(key), where=where)
        restated = chain.restates is not None and chain.restates[0] == key and k == 0
        if all(x.verdict in (Verdict.PROVED, Verdict.PASSED) for x in results):
            owner = "the notes'" if ours else "the context's"
            head = f"checked against {owner} definition of {display_key(key)} at {where}; " if restated else ""
            out[k] = replace(results[0], verdict=worst([x.verdict for x in results]), counterexample=None,
                             message="; ".join(x for x in (head + note, results[0].message) if x))
            continue
        bad = next(n for n, x in enumerate(results, 1) if x.verdict not in (Verdict.PROVED, Verdict.PASSED))
        failed = results[bad - 1]
        at = f"case {bad} ({rows[bad - 1][1]})"
        if failed.verdict is Verdict.FAILED and not restated:
            out[k] = replace(failed, message=f"fails at {at} of the definition of {display_key(key)} at {where}, "
                                             f"a point where it has a value: {failed.message}")
        else:
            what = "fails" if failed.verdict is Verdict.FAILED else "cannot be checked"
            out[k] = replace(r, verdict=Verdict.SKIPPED,
                             message=f"{r.message}; checked at each point its cases define, {at} {what}: "
                                     f"{failed.message}")
    return out
