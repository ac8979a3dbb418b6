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
"""

from __future__ import annotations

import re

import sympy as sp

from verifier.documents.infer import names_in

__all__ = ["dropped_label_readings", "relabel", "written_names"]

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
