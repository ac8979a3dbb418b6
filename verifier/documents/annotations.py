r"""What the document's text says about names before any chain is read: annotations.

Notes say what a name is outside the formulas that use it: ``W \in \mathbb{R}^{m \times n}`` in prose
or math, ``$x, b \in \mathbb{R}^2$``, bold ``\mathbf{x}`` / ``\boldsymbol{\theta}`` (a vector; a capital:
a matrix), ``\mathbf{v_c}`` (a bold name with its label inside the bold: the vector of word c, not an
entry of v), and a name set equal to a written-out matrix (:mod:`verifier.documents.literals`).
This module reads that evidence from the whole text once per document; shape inference
(:mod:`verifier.documents.infer`) weighs it against what each chain writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from verifier.documents.context import Key, key_of
from verifier.documents.literals import literal_shapes
from verifier.latex import LatexError, parse_latex

__all__ = ["RESERVED", "Annotations", "annotations_of"]

#: names the resolver gives a meaning without any declaration
RESERVED = frozenset({"e", "pi", "ones", "zeros", "delta", "E", "I"})


@dataclass(frozen=True)
class Annotations:
    """Document-wide evidence: bold names and ``\\in \\mathbb{R}^{…}`` annotations."""

    bold: frozenset[Key] = frozenset()
    shapes: dict[Key, tuple[object, ...]] = field(default_factory=dict)  # () scalar, (n,) vector, (m, n)
    #: names written with one or two letter subscripts somewhere in the notes (x_j, W_{ij}): their kind
    subscripted: dict[Key, str] = field(default_factory=dict)
    #: ``\mathbf{v_c}``: a bold name whose letter subscript is inside the bold, a label (the vector of
    #: word c), not an entry; keys such as ("v", ("c",))
    labelled: frozenset[Key] = frozenset()
    #: names whose shape comes from a literal the notes set them equal to (documents/literals.py)
    literals: frozenset[Key] = frozenset()


_BOLD = re.compile(r"\\(?:mathbf|boldsymbol|bm|bold|vec|mathbb|textbf|bf)\s*\{\s*(\\?[A-Za-z]+)\s*\}")
_BOLD_LABEL = re.compile(
    r"\\(?:mathbf|boldsymbol|bm|bold|vec|textbf|bf)\s*\{\s*(\\?[A-Za-z]+)\s*_\s*\{?\s*([A-Za-z])\s*\}?\s*\}"
)
# A bold name may carry a subscript outside the bold (``\mathbf{x}_n``, Bishop's samples); a letter
# right after ``_`` or ``^`` is a subscript, never the annotated name (``\mathbf{x}_n \in …`` did not
# annotate n as a vector)
_ANNOTATED_NAME = (
    r"(?:(?<![_^])\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?"
    r"|\\(?:mathbf|boldsymbol|bm|bold)\{\\?[A-Za-z]+\}(?:_\{?[A-Za-z0-9]+\}?)?)"
)
# "$x, b \in \mathbb{R}^2$" annotates both names: the list before \in is group 1, the last name group 2.
# A list counts only where it opens the formula ("$x, b \in …"): in "f(x) = x^T A x, A \in …" the x
# before the comma belongs to the formula, not to the annotation
_IN_R = re.compile(
    rf"(?:(?<=\$)\s*((?:{_ANNOTATED_NAME}\s*,\s*)+))?({_ANNOTATED_NAME})\s*\\in\s*"
    r"\\mathbb\s*\{?R\}?\s*(?:\^\s*(\{[^{}]*\}|[A-Za-z0-9]))?"
)

# "$K$, $Q$, and $V$, all elements of $\mathbb{R}^{n \times h}$", "$a$ and $b$ are in $\mathbb{R}^n$": names
# listed in the prose, each in its own formula, then the space they all belong to
_PROSE_IN_R = re.compile(
    rf"((?:\$\s*{_ANNOTATED_NAME}\s*\$\s*(?:,\s*(?:and\s+)?|and\s+))+\$\s*{_ANNOTATED_NAME}\s*\$)\s*,?\s*"
    r"(?:are\s+)?(?:all\s+)?(?:elements\s+of|in|belong\s+to)\s+\$\s*"
    r"\\mathbb\s*\{?R\}?\s*(?:\^\s*(\{[^{}]*\}|[A-Za-z0-9]))?\s*\$"
)


def _key_of_text(text: str) -> Key | None:
    try:
        return key_of(parse_latex(text, functions=frozenset()))
    except LatexError:
        return None


def _dim_of_text(text: str) -> object | None:
    text = text.strip()
    if re.fullmatch(r"\d+", text):
        return int(text)
    key = _key_of_text(text)
    return key


def annotations_of(text: str) -> Annotations:
    """Bold names and ``x \\in \\mathbb{R}^{…}`` anywhere in the document's text."""
    bold: set[Key] = set()
    for m in _BOLD.finditer(text):
        if m.group(1) in ("1", "0", "R", "E"):
            continue
        key = _key_of_text(m.group(1))
        if key is not None and key[0] not in RESERVED:
            bold.add(key)
    shapes: dict[Key, tuple[object, ...]] = {}
    for m in _IN_R.finditer(text):
        keys = [_key_of_text(n) for n in [*re.findall(_ANNOTATED_NAME, m.group(1) or ""), m.group(2)]]
        sup = (m.group(3) or "").strip()
        if sup.startswith("{"):
            sup = sup[1:-1]
        parts = re.split(r"\\times|×|\\cdot|(?<=\w)\s*x\s*(?=\w)|,", sup) if sup else []
        dims = [_dim_of_text(p) for p in parts]
        if any(d is None for d in dims) or len(dims) > 2:
            continue
        for key in keys:
            if key is not None:
                shapes.setdefault(key, tuple(dims))
    for m in _PROSE_IN_R.finditer(text):
        sup = (m.group(2) or "").strip()
        sup = sup[1:-1] if sup.startswith("{") else sup
        parts = re.split(r"\\times|×|\\cdot|(?<=\w)\s*x\s*(?=\w)|,", sup) if sup else []
        dims = [_dim_of_text(p) for p in parts]
        if any(d is None for d in dims) or len(dims) > 2:
            continue
        for name in re.findall(rf"\$\s*({_ANNOTATED_NAME})\s*\$", m.group(1)):
            if (key := _key_of_text(name)) is not None:
                shapes.setdefault(key, tuple(dims))
    literals: set[Key] = set()
    for key, dims in literal_shapes(text, _key_of_text).items():  # w = \begin{bmatrix}…\end{bmatrix} (literals.py)
        if key[0] not in RESERVED and key not in shapes:
            shapes[key] = dims
            literals.add(key)
    labelled = {(m.group(1).lstrip("\\"), (m.group(2),)) for m in _BOLD_LABEL.finditer(text)}
    return Annotations(frozenset(bold), shapes, labelled=frozenset(k for k in labelled if k[0] not in RESERVED),
                       literals=frozenset(literals))
