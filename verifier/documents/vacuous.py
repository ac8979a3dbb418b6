r"""A green step each of whose sides is zero only because a variable appears nowhere.

Notes drop a label they use elsewhere ("I'll drop the superscript until the very end") and write
``\frac{\partial J}{\partial W_{fg}} = \frac{\partial J}{\partial \hat{y}_a} \cdots
\frac{\partial t_d}{\partial W_{fg}}`` where every definition the chain reaches is written with
``W^{(1)}``. Read literally, ``W`` is a name of its own that nothing depends on: every derivative by
it is 0, both sides are 0, and the step was PROVED — as was the same chain with a factor dropped or
changed, or ``= 0``. A green verdict that rests on nothing but 0 = 0 is no evidence.

This module owns that test, as a post-pass of :mod:`verifier.documents.check`: a PROVED/PASSED step read
literally, neither of whose members is written as the number 0, and each of whose sides is 0 for want of
a variable — a *blind* derivative, a product with a blind factor, a sum of such terms (the chain rule
ending in ``\partial t_d/\partial W_{fg}``); a derivative is blind where the variable's name is neither
in the differentiated expression nor in any definition it reaches (the notes' or the context's), nothing
on the way is an arbitrary function of unstated arguments (:mod:`verifier.documents.generic`) or a name
the prose says depends on something (:mod:`verifier.documents.dependence`), and a definition on the way
writes the same letter with a label (``W^{(1)}``) — is SKIPPED, saying which variable appears nowhere. A
step written ``\partial L/\partial b = 0`` (a claim that L does not depend on b) keeps its verdict. The
label is required because this pass sees the literal reading's scope only: a blind derivative elsewhere
may rest on a reading of the notes (a typo read as meant, a context) that this pass cannot see. A quantity on the
way that the notes neither define nor declare, written with an index (the per-example loss ``\ell_b`` of ``L =
\frac1B\sum_b \ell_b``), stands in for the label (fresh42): its dependence is left unsaid, and the chain rule
through it (``\sum_b \frac{\partial L}{\partial z_b}(\delta_{bc} - \frac1B)``: a sum of blind terms is one) was
PROVED as 0 = 0 with a factor dropped.

The other way a dependence is lost (trust17): a name on the way whose definition in the notes was not read
(``S = \operatorname{softmax}(A)\ \text{(row-wise)}``, :mod:`verifier.documents.unreaddefinitions`) and
which may write the variable (A, or V with ``A = XV``). Such a green 0 = 0 is SKIPPED "S does not reach V:
its definition on line N was not read" — and so is ``\partial L/\partial V = 0`` there, when the unread
definition writes a name that reaches V (the 0 written is then no claim the checker can weigh).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Scope, VarDecl
from verifier.documents.dependence import DEPENDS
from verifier.documents.generic import PREFIX as GENERIC_PREFIX
from verifier.documents.infer import names_and_functions, names_in
from verifier.documents.labels import dropped_label_readings
from verifier.documents.members import step_trees
from verifier.documents.unreaddefinitions import definition_candidates, may_reach, unread_definitions
from verifier.results import StepResult, Verdict

__all__ = ["vacuous_greens", "zero_for_want"]

_LABELLED = re.compile(r"^(.+?)\^\(")  # W^(1): the parser's name of W^{(1)}
_READ_OTHERWISE = "holds when read with"  # documents.doubts' words for a green under another reading
_LABEL_PROSE_LINES = 80  # as documents.doubts reads "I drop the superscript" before a chain


def _blind(doc: Any, scope: Scope, expr: sp.Basic, var: sp.Basic, anywhere: bool = False) -> set[str]:
    """The variable's names if the derivative of ``expr`` by ``var`` is 0 for want of them (else empty).
    ``anywhere``: without the label this pass otherwise asks for (see :func:`zero_for_want`)."""
    wanted = {str(var.base.label)} if isinstance(var, sp.Indexed) else names_in(var)  # W_{fg}: W, not f, g
    if not wanted:
        return set()
    reached = doc._reach(names_and_functions(expr), scope)
    implicit = any(GENERIC_PREFIX + n in scope.conventions or DEPENDS + n in scope.conventions for n in reached)
    if implicit or wanted & reached:
        return set()
    if anywhere:
        # a defined variable is never a silent 0: the derivative by it is taken where its value occurs, or refused
        defined = any(isinstance(e, Definition) and k[0] in wanted for k, e in scope.names.items())
        return set() if defined else wanted
    # only where the notes write the same letter with a label on the way (W^{(1)} where W_{fg} is written):
    # elsewhere a blind derivative may be a reading this pass does not see (a typo read, a context's names)
    labelled = {m.group(1) for n in reached if (m := _LABELLED.match(n))}
    # or where the way reaches a quantity the notes never define nor declare, written with an index (the
    # per-example loss ℓ_b of L = 1/B Σ_b ℓ_b): its dependence is left unsaid, so its 0 is no evidence (fresh42)
    return wanted if _placeholder(scope, reached, getattr(doc, "text", "")) else wanted & labelled


def _placeholder(scope: Scope, reached: set[str], text: str) -> bool:
    """Does ``reached`` hold a name the notes neither define nor declare (inferred) that they write with an
    index (a family: ``\\ell_b``), other than a size? A vector inferred from a product (``w^\\top x``) and never
    written with an index is no placeholder: the notes' own names (lead49, after the merge)."""
    # (a layer-labelled family, z^{(m)}, is the labels' and the layer readings' business: not a placeholder)
    return any(key[0] in reached and isinstance(entry := scope.names.get(key), VarDecl) and entry.kind != "scalar"
               and not _LABELLED.match(key[0])
               and re.search(r"(?<![A-Za-z])\\?" + re.escape(key[0]) + r"\s*_", text) is not None
               for key in scope.inferred)  # fmt: skip


Blind = Callable[[sp.Basic, sp.Basic], set[str]]


def _zero(
    doc: Any, scope: Scope, tree: sp.Basic, anywhere: bool = False, blind: Blind | None = None
) -> set[str] | None:
    """The blind variables that make ``tree`` 0 whatever the notes' quantities are: a blind derivative, a
    product with such a factor, a sum of such terms; None where ``tree`` is not so. ``blind``: what makes a
    derivative of an expression by a variable blind, if not :func:`_blind` (what it returns is reported)."""
    test = blind or (lambda expr, var: _blind(doc, scope, expr, var, anywhere))
    if isinstance(tree, sp.Derivative):
        for var, _count in tree.variable_count:
            if names := test(tree.expr, var):
                return names
        return None
    if isinstance(tree, AppliedUndef) and tree.func.__name__ == "grad" and len(tree.args) == 2:
        return test(tree.args[0], tree.args[1]) or None
    if isinstance(tree, sp.Mul):
        return next((z for f in tree.args if (z := _zero(doc, scope, f, anywhere, blind)) is not None), None)
    if isinstance(tree, sp.Sum):  # \sum_b \frac{\partial L}{\partial z_b}(…): a sum of such terms (fresh42)
        return _zero(doc, scope, tree.function, anywhere, blind)
    if isinstance(tree, sp.Add):
        found: set[str] = set()
        for term in tree.args:
            z = _zero(doc, scope, term, anywhere, blind)
            if z is None:
                return None
            found |= z
        return found
    return None


def zero_for_want(doc: Any, scope: Scope, trees: list[sp.Basic]) -> str:
    r"""The variables (", "-joined) for want of which each of a step's two ``trees`` is 0 — a derivative by
    a name that is neither defined nor in anything the differentiated expression reaches, a product with
    one, a sum of such — whatever its label; "" if not so, or if a member is written as the number 0. For a
    reading that chose the names itself (:mod:`documents.layerinstances`: ``\partial E/\partial w^{(2)}_{11}``
    with E defined from names none of which reaches ``w^{(2)}_{11}``): its 0 = 0 is no evidence."""
    if len(trees) != 2 or any(t == 0 for t in trees):
        return ""
    sides = [_zero(doc, scope, t, anywhere=True) for t in trees]
    if any(z is None for z in sides):
        return ""
    return ", ".join(sorted(set().union(*(z for z in sides if z is not None))))


def vacuous_greens(doc: Any, chain: Any, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with every green that holds only as 0 = 0 (see the module docstring) read again with the
    label the notes dropped given back (``doc._dropped_labels``, documents.labels: W as W^{(1)}); green
    there, that is its verdict, with the reading said; otherwise SKIPPED."""
    out = list(steps)
    vacuous: dict[int, str] = {}
    zero_written: dict[int, str] = {}
    for k, r in enumerate(steps):
        if r.verdict not in (Verdict.PROVED, Verdict.PASSED) or _READ_OTHERWISE in (r.message or ""):
            continue  # green under another reading ("W as W^{(1)}"): its scope is not the one seen here
        trees = step_trees(chain, k)
        if lost := _lost_to_unread(doc, chain, scope, trees):
            out[k] = r.skipped(f"holds only as 0 = 0, which is no evidence: {lost}")
            continue
        if len(trees) == 2 and sum(t == 0 for t in trees) == 1:
            # "∂L/∂b = 0": that L does not depend on b is what the step says, unless the notes say they drop
            # the label of the very name the derivative is by (∂J/∂W_fg = 0 with J of W^{(1)}: trust16)
            z = _zero(doc, scope, next(t for t in trees if t != 0))
            if z and _label_dropped(doc, chain, z):
                zero_written[k] = ", ".join(sorted(z))
            continue
        if len(trees) != 2 or any(t == 0 for t in trees):
            continue
        sides = [_zero(doc, scope, t) for t in trees]
        if any(z is None for z in sides):
            continue
        vacuous[k] = ", ".join(sorted(set().union(*(z for z in sides if z is not None))))
    if not vacuous and not zero_written:
        return out
    # the dropped-label reading is tried on open steps only: these are open, as far as evidence goes
    opened = [replace(r, verdict=Verdict.FAILED) if k in vacuous or k in zero_written else r
              for k, r in enumerate(steps)]  # fmt: skip
    again = doc._dropped_labels(chain, opened)
    for k, which in zero_written.items():
        a = again[k]
        out[k] = a if a is not opened[k] and a.verdict in (Verdict.PROVED, Verdict.PASSED) else steps[k].skipped(
            f"holds as written only because {which} appear(s) in nothing the derivative by it reaches, while the "
            "notes say they drop the label of a name they define with it; read with the label it does not hold")
    for k, which in vacuous.items():
        a = again[k]
        if a is not opened[k] and a.verdict in (Verdict.PROVED, Verdict.PASSED):
            out[k] = a
            continue
        why = (f"holds only as 0 = 0: {which} appear(s) in nothing the derivatives by it reach, so each side "
               "is 0 (a derivative by it, or a product with one); a label the notes dropped from a name they "
               "define with it, or a quantity they never define (whose dependence they leave unsaid)?")
        out[k] = steps[k].skipped(why)
    return out


def _label_dropped(doc: Any, chain: Any, names: set[str]) -> bool:
    """Does the prose before ``chain`` say the notes drop a label of one of ``names`` (documents.labels)?"""
    start = max(chain.line - _LABEL_PROSE_LINES, 0)
    prose = "\n".join(doc.lines[start : chain.line - 1])
    return any(set(mapping) & names for _, mapping in dropped_label_readings(prose, doc.text, names))


def _lost_to_unread(doc: Any, chain: Any, scope: Scope, trees: list[sp.Basic]) -> str:
    r"""Why each of a step's two ``trees`` is 0 only for a definition on the way the checker did not read
    (``S = \operatorname{softmax}(A)\ \text{(row-wise)}``: "S does not reach V: its definition on line 7
    was not read"), "" if not so. A member written as the number 0 counts only where the unread definition
    writes a name that reaches the variable (otherwise the 0 is the notes' claim, and may be checked)."""
    if len(trees) != 2 or all(t == 0 for t in trees):
        return ""
    chains = getattr(doc, "all_chains", None) or []
    cached = getattr(doc, "_definition_candidates", None)  # once per document (and worker), not per step
    if cached is None or cached[0] is not chains:
        cached = (chains, definition_candidates(chains, doc.parse_plain))
        doc._definition_candidates = cached
    unread = unread_definitions(chains, chain.line, doc.parse_plain, scope, cached[1])
    if not unread:
        return ""
    written_zero = any(t == 0 for t in trees)

    def blind(expr: sp.Basic, var: sp.Basic) -> set[str]:
        wanted = {str(var.base.label)} if isinstance(var, sp.Indexed) else names_in(var)
        if not wanted:
            return set()
        reached = doc._reach(names_and_functions(expr), scope)
        if wanted & reached or any(GENERIC_PREFIX + n in scope.conventions or DEPENDS + n in scope.conventions
                                   for n in reached):  # fmt: skip
            return set()
        shown = ", ".join(sorted(wanted))
        return {f"{name} does not reach {shown}: its definition on line {line} was not read"
                for name, (line, latex) in unread.items()
                if name in reached and may_reach(latex, wanted, lambda ns: doc._reach(ns, scope), doc.parse_plain,
                                                 unwritten=not written_zero)}  # fmt: skip

    sides = [None if t == 0 else _zero(doc, scope, t, blind=blind) for t in trees]
    if any(z is None for z, t in zip(sides, trees, strict=True) if t != 0):
        return ""
    return "; ".join(sorted(set().union(*(z for z in sides if z))))
