r"""Dropped layer labels: ``W`` for ``W^{(2)}`` where the notes say they drop the superscript.

Backprop notes define a network with labelled parameters (``t = xW^{(1)} + b^{(1)}``,
``v = hW^{(2)} + b^{(2)}``) and then, to lighten the index notation, say "I'm going to drop the
superscript on W and b for this calculation" and write ``\frac{\partial v_b}{\partial W_{cd}}``.
Read literally, the unlabelled ``W`` is another matrix, v does not depend on it, and the step
holds only where its indices happen to make both sides 0 (a case split) or fails. The notes mean
the labelled one, and a reader knows which from the definition the step differentiates.

This module owns *when* that reading applies and *how a tree is relabelled*:

* the prose before the chain says so (:data:`_SAID`: "drop the superscript", "omit the layer
  index", "the superscripts are implied", …) — never otherwise, since an unlabelled W may be a
  matrix of its own;
* the names relabelled are those the chain writes without a label while the notes write them with
  numbered labels ``X^{(k)}``; each label k the notes use for *all* of them is one candidate
  reading (W and b both as W^{(2)}, b^{(2)}; then both as W^{(1)}, b^{(1)}), tried by the caller
  (:class:`verifier.documents.doubts._Doubts`) on steps still failing or a case split, and reported
  with the step when it makes one hold. It never turns a step FAILED.

The doubt that tries those readings on a chain's open steps (:class:`_DroppedLabels`, a mixin of the doubts) is
here too: it re-reads the chain relabelled and keeps only a step that then holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

import sympy as sp

from verifier.documents.allowance import Allowance
from verifier.documents.impliedsums import left_open
from verifier.documents.infer import names_in
from verifier.documents.members import _Chain, member_trees
from verifier.documents.readings import read_member
from verifier.documents.resolve import ListMember, ResolveError
from verifier.documents.steps import _Checker
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["_DroppedLabels", "dropped_label_readings", "relabel", "written_names"]

_SAID = re.compile(
    r"(?:drop|dropp(?:ed|ing)|omit(?:ted|ting)?|leav(?:e|ing) (?:out|off)|suppress(?:ed|ing)?)\s+(?:the\s+|all\s+)?"
    r"(?:layer\s+)?(?:superscripts?|labels?|layer\s+ind(?:ex|ices)|layer\s+numbers?)"
    r"|(?:superscripts?|layer\s+ind(?:ex|ices))\s+(?:is|are)\s+(?:implied|dropped|omitted)",
    re.I,
)
_LABEL_AFTER = re.compile(r"\s*(?:_\s*(?:\{[^{}]*\}|\w)\s*)?\^\s*\{\s*\(")  # W^{(2)}, W_{cb}^{(2)}
_LABELLED = re.compile(r"(\\?[A-Za-z]+)\s*\^\s*\{\s*\(\s*(\d+)\s*\)")


def _plain_name(latex_name: str) -> str:
    return latex_name.lstrip("\\")


def dropped_label_readings(prose: str, notes: str, written: set[str]) -> list[tuple[str, dict[str, int]]]:
    """The candidate readings ``(note, {name: label})`` for a chain that writes the unlabelled names
    ``written``, given the ``prose`` before it and the text of the ``notes`` (where the labelled forms
    ``X^{(k)}`` are found). Empty where the prose does not say labels are dropped."""
    if not _SAID.search(prose):
        return []
    labels: dict[str, set[int]] = {}
    for m in _LABELLED.finditer(notes):
        if len(_plain_name(m.group(1))) == 1:  # one-letter names: the text is relabelled letter by letter
            labels.setdefault(_plain_name(m.group(1)), set()).add(int(m.group(2)))
    names = sorted(n for n in written if n in labels)
    if not names:
        return []
    common = set.intersection(*(labels[n] for n in names))
    out = []
    for k in sorted(common, reverse=True):  # the later layer first: notes usually start backprop there
        mapping = {n: k for n in names}
        shown = ", ".join(f"{n} as {n}^{{({k})}}" for n in names)
        out.append((f"{shown} (the notes drop the label)", mapping))
    return out


def relabel(latex: str, mapping: dict[str, int]) -> str:
    """``latex`` with each unlabelled name of ``mapping`` written with its label: ``W`` →
    ``W^{(2)}``, ``W_{cd}`` → ``W^{(2)}_{cd}``. Subscripts are left alone: in ``[hW + b]_b`` the
    subscript b is an index, the b in the bracket the bias. (The text, not the tree, is relabelled:
    the names' shapes are inferred again from the text.)"""
    out: list[str] = []
    k, depth_sub = 0, []  # depth_sub: brace depths at which a subscript group opened
    depth = 0
    while k < len(latex):
        c = latex[k]
        if c == "\\":
            m = re.match(r"\\[A-Za-z]+|\\.", latex[k:])
            assert m is not None
            out.append(m.group(0))
            k += len(m.group(0))
            continue
        if c == "_":
            j = k + 1
            while j < len(latex) and latex[j] == " ":
                j += 1
            if j < len(latex) and latex[j] == "{":
                depth_sub.append(depth + 1)
            else:  # a one-character subscript: copied as it is
                out.append(latex[k : j + 1])
                k = j + 1
                continue
        elif c == "{":
            depth += 1
        elif c == "}":
            if depth_sub and depth_sub[-1] == depth:
                depth_sub.pop()
            depth -= 1
        elif c in mapping and not depth_sub and not (k > 0 and latex[k - 1].isalpha()) \
                and not (k + 1 < len(latex) and latex[k + 1].isalpha()) \
                and not _LABEL_AFTER.match(latex[k + 1 :]):  # fmt: skip
            out.append(f"{c}^{{({mapping[c]})}}")
            k += 1
            continue
        out.append(c)
        k += 1
    return "".join(out)


def written_names(trees: list[sp.Basic]) -> set[str]:
    """The names ``trees`` write without a label (plain symbols and subscripted names)."""
    return set().union(*(names_in(t) for t in trees))


_LABEL_PROSE_LINES = 80  # how far before a chain the notes' "I drop the superscript" still holds


class _DroppedLabels:
    """The doubt that gives the names back their dropped labels (a mixin of the doubts: it uses their ``lines``,
    ``text``, ``parse``, ``scope_of``, ``_infer``, ``_implied_sums``, ``_direct_case_splits`` and
    ``_readings_seconds``)."""

    lines: list[str]
    text: str
    parse: Any
    scope_of: Any
    _infer: Any
    _implied_sums: Any
    _direct_case_splits: Any
    _readings_seconds: Any

    def _dropped_labels(self, chain: _Chain, steps: list[StepResult]) -> list[StepResult]:
        """Steps still open (FAILED or a case split) read again with the names the notes say they
        write without their layer label given it back (documents/labels.py: W as W^{(2)}); only a
        step that then holds changes, with the reading reported."""
        todo = [k for k, r in enumerate(steps) if left_open(r)]
        if not todo:
            return steps
        start = max(chain.line - _LABEL_PROSE_LINES, 0)
        prose = "\n".join(self.lines[start : chain.line - 1])
        trees = [t for m in chain.members if m.parsed is not None and not isinstance(m.parsed.tree, ListMember)
                 for t in member_trees(m.parsed)]  # fmt: skip
        out = list(steps)
        allowance = Allowance(self._readings_seconds())
        for note, mapping in dropped_label_readings(prose, self.text, written_names(trees)):
            # only a step that differentiates by a relabelled name: what the label changes there is
            # whether the definitions depend on the variable at all
            mine = [k for k in todo if out[k] is steps[k] and _differentiates_by(chain, k, mapping)]
            if not mine or allowance.spent():
                continue
            members = []
            for m in chain.members:
                new = relabel(m.latex, mapping) if m.parsed is not None else m.latex
                if new == m.latex:
                    members.append(m)
                    continue
                try:
                    parsed = read_member(new, lambda src: self.parse(src, None, frozenset()))
                    members.append(replace(m, latex=new, parsed=parsed))
                except LatexError:
                    members.append(m)
            alt_chain = replace(chain, members=members)
            # the readings key what they learn by id(chain): keep this chain alive so no later chain
            # gets its id (and its records)
            self.__dict__.setdefault("_relabelled_chains", []).append(alt_chain)
            try:
                alt_scope = self._infer(alt_chain, self.scope_of(chain))
                asked = {chain.steps[k].index for k in mine}
                alt = _Checker(self, alt_chain, alt_scope, asked, frozenset(asked)).run()
                if any(left_open(alt[k]) for k in mine):  # relabelled, a step may still need its sums or partials
                    alt = self._implied_sums(alt_chain, alt_scope, alt)
                    alt = self._direct_case_splits(alt_chain, alt_scope, alt)
            except ResolveError:
                continue
            for k in mine:
                r = alt[k]
                if out[k] is steps[k] and r.verdict in (Verdict.PROVED, Verdict.PASSED):
                    why = "; ".join(x for x in (f"holds when read with {note}", r.message) if x)
                    out[k] = replace(r, message=why, lhs_latex=steps[k].lhs_latex, rhs_latex=steps[k].rhs_latex)
        return out


def _differentiates_by(chain: _Chain, k: int, names: Iterable[str]) -> bool:
    """Does step ``k`` take a derivative with respect to one of ``names`` (or an entry of one)?"""
    st = chain.steps[k]
    wanted = set(names)
    for i in (st.left, st.right):
        p = chain.members[i].parsed
        if p is None or isinstance(p.tree, ListMember):
            continue
        for t in member_trees(p):
            for d in t.atoms(sp.Derivative):
                for v, _ in d.variable_count:
                    base = str(v.base.label) if isinstance(v, sp.Indexed) else str(v)
                    if base in wanted:
                        return True
    return False
