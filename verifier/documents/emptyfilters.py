r"""A verdict that rests on sums filtered by a label the checker draws as a real number: ``\sum_{i: y_i = 1}``.

Notes on classifiers sum over the samples of one class, ``\sum_{i: y_i = 1} (x_i - \mu)``, or weight each term
by an indicator, ``\sum_i [y_i = j] \log \phi``. The labels are data the notes do not sample; the checker draws
them, as every undeclared or real-declared name, as real numbers, so the equation ``y_i = 1`` holds for no term at
any point: every such sum is empty and every indicator 0 (and ``y_i \neq 1`` holds for every term: the sum is the
whole sum). A step checked numerically there compares 0 with 0 — ``\frac{d}{d\mu}\sum_{i: y_i = 1}(x_i - \mu)^2 =
\sum_{i: y_i = 1} 3(\mu - x_i)`` was PASSED. That is no evidence. And a step that holds for labels in the classes
the notes write fails at labels in none of them: ``\sum_{i: y_i = 1} x_i + \sum_{i: y_i = 0} x_i = \sum_i x_i`` was
FAILED at y = (0, 0, -1).

This module owns that test, as a post-pass of :mod:`verifier.documents.check`. A filter or an indicator is a
``Piecewise`` ending in ``(0, True)`` or ``(1, True)``, as :mod:`verifier.latex.build` makes them, whose condition
is an equation or an inequation ``≠`` between quantities one of which is not an index (a summation index, a
declared or inferred index, an integer-declared name). A PASSED step whose written members hold one is SKIPPED,
naming the filter; a FAILED one is SKIPPED unless its counterexample gives every filtered label one of the values
the filters compare it with (a data set of those classes). A PROVED step keeps its verdict (the symbolic argument
holds for every value of the labels), and a filter on indices (``\sum_{k: k \neq j}``, ``[i = j]``) is read as
before. Only the written members are looked at: a filter inside a definition the step reaches is not seen here.
A sum written ``\sum_{y=j}`` with no upper bound, which latex.labelsums reads as a filter, is said with a green
step and never leaves a FAILED one (:func:`label_sums`: it may be a range from j).
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from verifier.documents.context import IndexRange, Scope, Size, VarDecl, key_of
from verifier.documents.finitedomains import stated_values
from verifier.documents.members import step_trees
from verifier.documents.signlabels import signed_names
from verifier.results import StepResult, Verdict
from verifier.walker import atoms_of

__all__ = ["empty_filters", "label_sums", "sampled_filters"]


def _bound_indices(tree: sp.Basic) -> set[sp.Symbol]:
    """The indices of every sum and product in ``tree`` (each distinct sub-tree looked at once: walker.atoms_of)."""
    return {lim[0] for node in atoms_of([tree], (sp.Sum, sp.Product)) for lim in node.limits}


def _index_like(node: sp.Basic, scope: Scope, bound: set[sp.Symbol]) -> bool:
    """Is this name one whose sampled values are integers (so that an equation with it can hold)?"""
    if node in bound:
        return True
    key = key_of(node)
    if key is None:
        return False
    for k in (key, (key[0], ())):
        entry = scope.names.get(k)
        if isinstance(entry, (IndexRange, Size)):
            return True
        if isinstance(entry, VarDecl) and (entry.domain.kind == "integer" or entry.kind == "onehot"):
            return True
        if entry is not None:
            return False
    return False


def _names(expr: sp.Basic) -> list[sp.Basic]:
    """The names an expression is written with: its plain symbols and its entries (``y_i`` as one name)."""
    out: list[sp.Basic] = []
    indexed = list(expr.atoms(sp.Indexed))
    out.extend(indexed)
    inside = set().union(*(set(i.free_symbols) for i in indexed)) if indexed else set()
    out.extend(s for s in expr.free_symbols if s not in inside and not str(s).endswith(("__lo", "__hi")))
    return out


def _sampled(rel: sp.Basic, scope: Scope, bound: set[sp.Symbol]) -> bool:
    """Is ``rel`` (an ``=`` or ``≠``) between quantities one of which the checker samples as a real number?"""
    return any(not _index_like(n, scope, bound) for side in rel.args for n in _names(side))


def sampled_filters(trees: list[sp.Basic], scope: Scope) -> list[str]:
    """The conditions (as text) of the filters and indicators in ``trees`` that no sampled point meets (an
    ``=``) or that every one meets (a ``≠``) because a side of them is sampled as a real number."""
    found: list[str] = []
    for tree in trees:
        if not isinstance(tree, sp.Basic):
            continue
        bound = _bound_indices(tree)
        for node in sp.preorder_traversal(tree):
            if not isinstance(node, sp.Piecewise) or len(node.args) != 2:
                continue
            (_, cond), (fallback, last) = node.args
            if last is not sp.true or fallback not in (sp.Integer(0), sp.Integer(1)):
                continue
            rels = [cond] if isinstance(cond, (sp.Eq, sp.Ne)) else list(cond.atoms(sp.Eq, sp.Ne))
            for rel in rels:
                if _sampled(rel, scope, bound) and (text := str(rel)) not in found:
                    found.append(text)
    return found


def _shown(rel: str) -> str:
    """``Eq(y[i], 1)`` as ``y[i] = 1`` (``Ne``: ``≠``)."""
    for head, op in (("Eq(", " = "), ("Ne(", " ≠ ")):
        if rel.startswith(head) and rel.endswith(")"):
            inner = rel[len(head):-1]
            depth = 0
            for k, ch in enumerate(inner):
                depth += ch in "(["
                depth -= ch in ")]"
                if ch == "," and depth == 0:
                    return inner[:k] + op + inner[k + 1:].strip()
    return rel


def _entries(text: str) -> str:
    """``y[i]`` (SymPy's entry) as the notes write it, ``y_i``."""
    return re.sub(r"(\w+)\[([^\[\]]+)\]", lambda m: f"{m[1]}_{m[2].replace(', ', '')}", text)


_READ_OTHERWISE = "holds when read with"  # documents.doubts' words for a green under another reading
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")


def _labels_and_values(trees: list[sp.Basic], scope: Scope) -> list[tuple[str, sp.Basic]]:
    """(the label's name, the value it is compared with) for each sampled filter in ``trees``."""
    out: list[tuple[str, sp.Basic]] = []
    for tree in trees:
        if not isinstance(tree, sp.Basic):
            continue
        bound = _bound_indices(tree)
        for rel in tree.atoms(sp.Eq, sp.Ne):
            if not _sampled(rel, scope, bound):
                continue
            for side, other in ((rel.args[0], rel.args[1]), (rel.args[1], rel.args[0])):
                if any(not _index_like(n, scope, bound) for n in _names(side)):
                    label = side.base.label if isinstance(side, sp.Indexed) else side
                    out.append((str(label), other))
    return out


def _numbers(text: str) -> list[float] | None:
    """The numbers a counterexample's value is written with (``[0, 0, -1]ᵀ``, ``-0.5``); None if it has others."""
    found = _NUMBER.findall(text)
    rest = _NUMBER.sub("", text)
    if not found or re.search(r"[A-Za-z]", rest.replace("ᵀ", "")):
        return None
    return [float(x) for x in found]


def _labels_in_classes(r: StepResult, pairs: list[tuple[str, sp.Basic]]) -> bool:
    """Does the counterexample of a FAILED ``r`` give every filtered label one of the values the filters compare
    it with (a data set the notes' classes allow)? False where a value cannot be told."""
    if r.counterexample is None:
        return False
    point = r.counterexample.point_dict()
    classes: dict[str, set[float]] = {}
    for label, other in pairs:
        if other.is_number:
            classes.setdefault(label, set()).add(float(other))
            continue
        value = _numbers(point.get(str(other), ""))
        if value is None or len(value) != 1:
            return False
        classes.setdefault(label, set()).add(value[0])
    for label, values in classes.items():
        entries = _numbers(point.get(label, ""))
        if entries is None or any(all(abs(e - v) > 1e-12 for v in values) for e in entries):
            return False
    return True


def _stated(doc: Any, chain: Any) -> set[str]:
    """The names the notes before ``chain`` state to take two values (``y_i \\in \\{0, 1\\}``, ±1 labels): a FAILED
    step over them was read again at those values (documents.meanings), which this pass leaves to that reading."""
    lines = getattr(doc, "lines", None)
    if not lines:
        return set()
    last = max((m.line for m in chain.members), default=chain.line)
    text = "\n".join(lines[:last])
    return set(stated_values(text)) | signed_names(text)


def _labels_read_otherwise(r: StepResult, pairs: list[tuple[str, sp.Basic]]) -> bool:
    """Is ``r`` green under another reading of the notes that names a filtered label ("holds when read with the labels
    y/t one-hot": documents.meanings), so that the label was drawn from its values there?"""
    message = r.message or ""
    at = message.find(_READ_OTHERWISE)
    if at < 0:
        return False
    note = message[at + len(_READ_OTHERWISE):].split(";")[0]
    return any(re.search(rf"(?<![A-Za-z]){re.escape(label.split('_')[0])}(?![A-Za-z])", note) for label, _ in pairs)


def empty_filters(doc: Any, chain: Any, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with every PASSED step whose members filter by a sampled label (see the module docstring)
    SKIPPED, naming the filter; and every FAILED one whose counterexample gives a label a value none of the
    filters compare it with (``y = [0, 0, -1]`` for ``\\sum_{i: y_i = 1} x_i + \\sum_{i: y_i = 0} x_i``)."""
    out = list(steps)
    for k, r in enumerate(steps):
        if r.verdict not in (Verdict.PASSED, Verdict.FAILED):
            continue
        trees = step_trees(chain, k)
        found = sampled_filters(trees, scope)
        if not found:
            continue
        which = ", ".join(_entries(_shown(f)) for f in found)
        if r.verdict is Verdict.PASSED and not _labels_read_otherwise(r, _labels_and_values(trees, scope)):
            out[k] = r.skipped(
                f"the filter {which} held for no term at the points tried (a ≠: for every term): a side of it is "
                "data the checker samples as real numbers (no declaration gives labels a finite set of values), so "
                "each filtered sum was empty (or whole) and the check is no evidence")
        elif not _labels_in_classes(r, pairs := _labels_and_values(trees, scope)) and not (
                {a.split("_")[0] for a, _ in pairs} & {n.split("_")[0] for n in _stated(doc, chain)}):
            labels = {a for a, _ in pairs}
            point = r.counterexample.point if r.counterexample else ()
            shown = "; ".join(f"{a} = {b}" for a, b in point if a in labels) or "the labels drawn"
            out[k] = r.skipped(
                f"it fails only where a label is none of the values its filters {which} compare it with ({shown}): "
                "the checker samples labels as real numbers, and the notes' classes may be just those values")
    return out


# \sum_{y=j} with no upper bound as written (latex.labelsums reads it as the terms whose label y is j)
_LABEL_SUM = re.compile(r"\\sum\s*(?:\\(?:no)?limits\s*)?_\s*\{\s*([A-Za-z]\w*)\s*=\s*(\\?[A-Za-z]+)\s*\}(?!\s*\^)")


def label_sums(chain: Any, steps: list[StepResult]) -> list[StepResult]:
    r"""``steps`` with each step whose members write ``\sum_{y=j}`` (no upper bound; latex.labelsums reads it as the
    terms whose label y is j) saying so where green, and SKIPPED where FAILED: the notes may mean a range from j, or
    a name shared by every term where the reading takes it per term (ctx63)."""
    out = list(steps)
    for k, (s, r) in enumerate(zip(chain.steps, steps, strict=True)):
        written = {m.group(1, 2): None for side in (s.left, s.right)
                   for m in _LABEL_SUM.finditer(chain.members[side].latex or "")}  # fmt: skip
        if not written or r.verdict not in (Verdict.PROVED, Verdict.PASSED, Verdict.FAILED):
            continue
        read = "; ".join(f"\\sum_{{{y}={j}}} read as the sum over the terms whose label {y} is {j} (\\sum_{{i: {y}_i = "
                         f"{j}}}, every name of the summand taken per term but those of class {j})" for y, j in written)
        why = f"fails with {read}, but the notes may mean a range from the value, or a name the same in every term"
        out[k] = r.skipped(why + ": not called FAILED") if r.verdict is Verdict.FAILED else r.said("read: " + read)
    return out
