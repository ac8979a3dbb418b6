r"""A density the notes state normalised: "for every $\eta$, $$\int p(y)\,dy = 1$$", read in the steps after it.

Exponential-family derivations state that a density integrates to one for every value of its parameter,
differentiate that, and end at the mean: ``0 = \frac{\partial}{\partial\eta}\int p(y)dy = … = \int y p(y)dy -
a'(\eta)\int p(y)dy = E[y] - a'(\eta)``. documents.integrals reads ∫ as an arbitrary linear functional, so the first
link (it needs ∫p = 1) and the last (it needs E[y] = ∫ y p(y) dy) were SKIPPED "does not follow from linearity of the
integral alone", though the notes state ∫p = 1 just above. This module owns that statement and what it makes of the
steps after it (:func:`under_stated_densities`, a pass after a chain's check, for the steps the linear-functional
reading leaves SKIPPED):

* **The statement**: a formula before the step, in its section (no heading between), whose last member is ``1``
  and one of whose members is the integral of one function of one variable alone, ``\int p(y)\,dy``
  (:func:`stated_densities`). A value other than 1, an integrand that is more than ``p(y)``, or two such
  functions of one variable (which would be "the" density?) state nothing here; nor does a statement whose own
  sentence names a value first ("At $\theta = 0$ we have $$\int p(y)\,dy = 1$$", sound52): it holds at that
  point, and its derivative by the parameter need not vanish there (:func:`_at_a_point`). Nor is it read in a
  chain that reads the letter as a value (``p(y)`` as p·y, where the notes write p alone and define no p): mixed with
  the density's ``p(y)``, unlike members agreed (``E[y^2] = \int y\,p(y)\,dy`` was PROVED, sound52), nor where
  the notes define p anew after the statement ("Now let $p(y) = 2h(y)$": ``\int p(y)\,dy = 1`` was PROVED).
* **The reading** (:func:`density_readings`): that integral written in the step is 1 (the notes' own statement;
  under a derivative by the parameter too — they state it for every value of it), and an expectation ``E[g(y)]``
  of an expression in that variable alone is ``\int g(y) p(y)\,dy``: p is the density of y (an expectation that
  writes another name, a subscript or a condition is left as it is, and so is every expectation where the notes
  define y: then E[y] is the mean of what y stands for). Reported with the step, with the line of the
  statement.
* **Only ever green**: a step is read so only where the linear-functional reading left it SKIPPED ("does not
  follow from linearity …"); PROVED or PASSED under the reading, reported with it, and otherwise it keeps that
  verdict and reason (never FAILED by this module: a density may mean more than its normalisation).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition
from verifier.documents.headings import heading_level
from verifier.documents.mathspans import Formula, formulas
from verifier.documents.sentences import SENTENCE_END  # the end of a sentence, its math masked
from verifier.documents.values import ResolveError
from verifier.latex import LatexError
from verifier.latex.braces import split_top_level
from verifier.latex.functionals import Expectation, Integral, Label
from verifier.results import StepResult, Verdict

__all__ = ["density_readings", "stated_densities", "under_stated_densities"]

#: the start of the reasons with which documents.expectation leaves a step SKIPPED under the linear-functional reading
_UNPROVED = "does not follow from linearity of"

#: ``\int p(y)\,dy``, ``\int p(y) dy``, ``\int p(y)\mathrm{d}y``: one function of one variable, integrated by it
_NORMALISED = re.compile(r"^\\int\s*(?P<f>[A-Za-z])\s*\(\s*(?P<y>[A-Za-z])\s*\)\s*(?:\\[,;:!]\s*)*"
                         r"(?:d|\\mathrm\s*\{\s*d\s*\})\s*(?P=y)$")
#: markup of a display that is no part of a member: alignment, row ends, environments
_LAYOUT = re.compile(r"\\(?:begin|end)\s*\{[A-Za-z*]+\}(?:\{[^}]*\})?|&|\\\\")


def _members(body: str) -> list[str]:
    """The members of a formula written as one chain of ``=`` (top level only), without layout and end punctuation."""
    members = split_top_level(_LAYOUT.sub(" ", body), lambda s, k: s[k] == "=")
    return [m.strip().rstrip(".,;").strip() for m in members]


#: an inline value of a plain name, "$\theta = 0$", "$\eta = \eta_0$": no call or bracket on its left
_POINT = re.compile(r"^\s*(?:\\[A-Za-z]+|[A-Za-z])(?:_\{?[\w\\]+\}?)?\s*=[^=]+$")


def _at_a_point(text: str, statement: Formula) -> bool:
    r"""Does the sentence of ``statement`` name the value of a name before it ("At $\theta = 0$ we have")?"""
    lead = len(text[: statement.opens].rstrip())  # a display set off by a blank line ends the sentence before it
    start = max(text.rfind("\n\n", 0, lead), 0)
    inline = [f for f in formulas(text) if not f.display and start <= f.opens < statement.opens]
    masked = list(text[start:lead])
    for f in inline:
        for k in range(f.opens - start, min(f.start + len(f.body) + 1 - start, len(masked))):
            masked[k] = "x"
    ends = list(SENTENCE_END.finditer("".join(masked)))
    since = start + (ends[-1].end() if ends else 0)
    return any(f.opens >= since and _POINT.match(f.body) for f in inline)


def stated_densities(lines: Sequence[str], before: int) -> dict[str, tuple[str, str, int]]:
    r"""By variable, the function, the integral ``\int p(y)\,dy`` (its LaTeX) the notes state equal to 1 before line
    ``before``, and the statement's line; a variable with two such functions is left out (no one density)."""
    found: dict[str, set[tuple[str, str, int]]] = {}
    text = "\n".join(lines)
    for f in formulas(text):
        if f.line >= before:
            break
        members = _members(f.body)
        if len(members) < 2 or members[-1] != "1" or _at_a_point(text, f):
            continue
        if any(heading_level(row) is not None for row in lines[f.line : before - 1]):
            continue  # a statement of another section: its p may not be this one's
        for m in members[:-1]:
            if (hit := _NORMALISED.match(m)) is not None:
                found.setdefault(hit["y"], set()).add((hit["f"], m, f.line))
                break
    out: dict[str, tuple[str, str, int]] = {}
    for y, hits in found.items():
        if len({f for f, _, _ in hits}) == 1:
            out[y] = min(hits, key=lambda h: h[2])
    return out


def density_readings(
    lines: Sequence[str], line: int, defined: frozenset[str] = frozenset()
) -> list[tuple[str, str, int, Callable[[sp.Basic], sp.Basic]]]:
    """For each density stated before ``line`` (:func:`stated_densities`), the note, the density's function, the
    statement's line and the rewriting of a member's tree that reads it (module docstring); ``defined``: the names
    the notes define there."""
    out: list[tuple[str, str, int, Callable[[sp.Basic], sp.Basic]]] = []
    for y, (f, latex, at) in stated_densities(lines, line).items():
        rest = latex[len("\\int") :].strip()
        note = (f"{latex} = 1 as the notes state (line {at}): that integral read as 1, and E[g({y})] of an "
                f"expression in {y} alone as \\int g({y}) {rest}, the mean under that density")
        out.append((note, f, at, _reading(f, y, y not in defined)))
    return out


def _density(node: sp.Basic, f: str, y: str) -> bool:
    """Is ``node`` the function ``f`` applied to the variable ``y`` alone (``p(y)``; y read as any kind of symbol)?"""
    return (isinstance(node, AppliedUndef) and node.func.__name__ == f and len(node.args) == 1
            and isinstance(node.args[0], sp.Symbol) and node.args[0].name == y)  # fmt: skip


def _reading(f: str, y: str, means: bool) -> Callable[[sp.Basic], sp.Basic]:
    def rewrite(tree: sp.Basic) -> sp.Basic:
        if not isinstance(tree, sp.Basic):
            return tree
        swap: dict[sp.Basic, sp.Basic] = {}
        for node in tree.atoms(Integral):
            body, label = node.args
            if isinstance(label, Label) and label.name == y and _density(body, f, y):
                swap[node] = sp.Integer(1)
        for e in tree.atoms(Expectation) if means else ():
            arg = e.args[0]
            symbols = [s for s in arg.free_symbols if isinstance(s, sp.Symbol)]
            if len(e.args) == 1 and len(symbols) == 1 == len(arg.free_symbols) and symbols[0].name == y and \
                    not arg.atoms(sp.Indexed, Expectation, Integral):
                swap[e] = Integral(arg * sp.Function(f)(symbols[0]), Label(y))
        return tree.xreplace(swap) if swap else tree

    return rewrite


def under_stated_densities(doc: Any, chain: Any, scope: Any, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each one the linear-functional reading left SKIPPED checked again under the densities the notes
    state before the chain (module docstring); green ones take that verdict, the others are left as they were."""
    todo = [k for k, r in enumerate(steps) if r.verdict is Verdict.SKIPPED and r.message.startswith(_UNPROVED)]
    if not todo:
        return steps
    from verifier.documents.steps import _Checker  # (steps checks the chains this pass reads again)

    out = list(steps)
    defined = frozenset(str(key[0]) for key, entry in scope.names.items()
                        if isinstance(entry, Definition) and not key[1])  # fmt: skip
    for note, f, at, rewrite in density_readings(doc.lines, chain.line, defined):
        if any(_value_named(m, f) for m in chain.members):
            continue  # p(y) read as p times y in this chain: mixed with p the density, unlike things would agree
        if any(key[0] == f and isinstance(entry, Definition) and entry.line > at for key, entry in scope.names.items()):
            continue  # "Now let $p(y) = 2h(y)$" after the statement: it was of the p before
        members = [_read(m, rewrite) for m in chain.members]
        changed = any(new is not m for new, m in zip(members, chain.members, strict=True))
        if not changed:
            continue
        asked = {chain.steps[k].index for k in todo}
        try:
            again = _Checker(doc, replace(chain, members=members), scope, asked, frozenset()).run()
        except (ResolveError, LatexError, NotImplementedError):
            continue
        for k in list(todo):
            if again[k].verdict in (Verdict.PROVED, Verdict.PASSED):
                out[k] = replace(again[k], message="; ".join(x for x in (note, again[k].message) if x))
                todo.remove(k)
        if not todo:
            break
    return out


def _value_named(member: Any, name: str) -> bool:
    """Does the member's tree (or a placeholder of it) read ``name`` as a value, a free symbol (``p(y)`` as p·y where
    the notes write p alone: sound52) rather than the function the density's reading applies?"""
    parsed = member.parsed
    if parsed is None or not isinstance(parsed.tree, sp.Basic):
        return False
    trees = [parsed.tree, *(v for v in parsed.placeholders.values() if isinstance(v, sp.Basic))]
    return any(isinstance(s, sp.Symbol) and s.name == name for t in trees for s in t.free_symbols)


def _read(member: Any, rewrite: Callable[[sp.Basic], sp.Basic]) -> Any:
    """The member with its tree and its placeholders (``\\partial (E)`` read as a name) rewritten, or itself."""
    parsed = member.parsed
    if parsed is None or not isinstance(parsed.tree, sp.Basic):
        return member
    tree = rewrite(parsed.tree)
    placeholders = {k: rewrite(v) for k, v in parsed.placeholders.items()}
    if tree == parsed.tree and placeholders == parsed.placeholders:
        return member
    return replace(member, parsed=replace(parsed, tree=tree, placeholders=placeholders))
