r"""A subscript that names a quantity of the notes is a label: ``\boldsymbol{\delta}_o = \mathbf{o} - \mathbf{t}``.

Backprop notes name each layer's error after the layer's output: ``\delta_o`` for the output ``o``,
``\delta_h`` for the hidden ``h``. Read as written, ``\delta_o = o - t`` defined a family over an index o
(an entry per value of o), ``\delta_h`` was its entry at "index" h, a vector, and every step using them
was SKIPPED "the notes' definition of delta uses an index as a number".

This module owns the test (:func:`quantity_subscripts`, on the notes' text): a definition
``name_s = body`` (the name plain or bold, s one letter) is labelled by s where the body writes s as a
quantity (not only as a subscript) and s is a quantity of the notes — written bold in the body, or a
name the notes define (``o = Vh``, ``\mathbf{h} = \sigma(\mathbf{a})``). The reader then writes ``name_s``
as one labelled name everywhere (:func:`verifier.documents.labelled.relabel`, as for ``J_\lambda``).
Once a name is so labelled, its other definitions with a subscript the notes define are labelled too
(``\delta_h = (V^T \delta_o) \odot \mathbb{1}[a > 0]``, h defined, not in that body). ``w_k = k x_k`` (k a
number in the body, defined nowhere) stays a family.
"""

from __future__ import annotations

import re

__all__ = ["quantity_subscripts"]

_BOLD = r"\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*"
_DEFINITION = re.compile(
    r"(?:" + _BOLD + r")?(?P<name>\\[A-Za-z]+|(?<![\\A-Za-z])[A-Za-z])\s*\}?"
    r"\s*_\s*(?:\{\s*(?P<b>[a-z])\s*\}|(?P<a>[a-z]))"
    r"\s*(?::=|=|\\coloneqq)\s*(?P<body>[^$\n]{1,300}?)(?=\$|\n|\\\\|\\q?quad\b|$)"
)  # fmt: skip


_DIFFERENTIAL = re.compile(r"(?:\\partial|/)\s*$")


def _written_as_quantity(letter: str, body: str) -> tuple[bool, bool]:
    """Does ``body`` write ``letter`` other than as a subscript, and does it write it bold?"""
    bare = re.search(r"(?<![_\\A-Za-z{])" + letter + r"(?![A-Za-z])", body) is not None
    bold = re.search(_BOLD + letter + r"\s*\}", body) is not None
    return bare or bold, bold


def _defined(letter: str, text: str) -> bool:
    r"""Do the notes define ``letter`` (``o = …``, ``\mathbf{h} = …``, ``h := …``)?"""
    # not a number or a range ("$k = 0, \dots, M$", "for $k = 1$"): that makes k an index (review23b)
    # nor a condition: the Iverson bracket [k = c] (fresh42)
    return re.search(r"(?:" + _BOLD + letter + r"\s*\}|(?<![\\A-Za-z_{\[])(?<!\[\s)" + letter + r")\s*"
                     r"(?::=|=(?!=)|\\coloneqq)(?!\s*-?\d)", text) is not None  # fmt: skip


def quantity_subscripts(text: str) -> set[tuple[str, str]]:
    r"""(name, label) of each name the notes define with a subscript that is a quantity of theirs
    (``("delta", "o")`` for ``\boldsymbol{\delta}_o = \mathbf{o} - \mathbf{t}`` with o defined)."""
    out: set[tuple[str, str]] = set()
    others: set[tuple[str, str]] = set()
    for m in _DEFINITION.finditer(text):
        name, letter = m.group("name").lstrip("\\"), m.group("a") or m.group("b")
        if name == letter or _DIFFERENTIAL.search(text, 0, m.start()):
            continue  # \partial E / \partial z_i = …: the variable of a derivative, not a name defined (fresh42)
        used, bold = _written_as_quantity(letter, m.group("body"))
        if used and (bold or _defined(letter, text)):
            out.add((name, letter))
        elif _defined(letter, text):
            others.add((name, letter))
    # \delta_h = (V^T \delta_o) \odot \mathbb{1}[a > 0] after \delta_o = o - t: a name labelled by one of the
    # notes' quantities is labelled by the others it is defined with (h defined by the notes)
    labelled = {name for name, _ in out}
    return out | {(name, letter) for name, letter in others if name in labelled}
