r"""Samples the prose annotates one by one: ``x_i \in \mathbb{R}^d`` makes ``x_i``, ``x_1``, ``x_{ij}`` one family.

Notes introduce their data as "samples $x_1, \dots, x_n$, each $x_i \in \mathbb{R}^d$" and go on with
``\hat y_1 = w^T x_1``, ``\sum_i (w^T x_i - y_i) x_i`` and the component form ``\sum_i (w^T x_i - y_i)
x_{ij}`` (entry j of sample i). Read literally the annotation made ``x_i`` a name of its own — one vector,
the same for every i, so ``\sum_{i=1}^n x_i = n x_i`` was PROVED —, ``x_1`` entry 1 of a vector of numbers
(``\partial z_1/\partial w = x_1`` a shape clash) and ``x_{ij}`` an entry of a matrix unrelated to the
samples (the correct component gradient FAILED). A reader takes i for the index of the samples.

This module owns that reading: :func:`annotated_families` finds the letters whose one-letter-subscripted
names the prose annotates as vectors of one length, where the subscript runs (a sum over it, "for $i = 1,
\dots, n$", a numbered sample such as ``x_1`` or an entry ``x_{ij}`` written), and :func:`as_family_members`
writes each of their plain uses as the sample form the inference and the resolver already read as a
family of column vectors (``x_i`` → ``{x^{(i)}}``, ``x_1`` → ``{x^{(1)}}``, ``x_{ij}`` → ``{x^{(i)}_{j}}``:
documents.infer, documents.values.entry_of). Not a family: names annotated with two lengths
(``b_h \in \mathbb{R}^H``, ``b_o \in \mathbb{R}^K``: labels), a letter the notes annotate as a matrix
(``x \in \mathbb{R}^{n \times d}``: x_i is its row), decorated or bold names (the bold ones are
documents.samples'), and the reserved letters (``e_i`` is a basis vector).
"""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from verifier.documents.anew import Site
from verifier.documents.annotations import RESERVED, Annotations, annotated_shapes
from verifier.documents.familyorientation import COLUMN, stated_orientations

__all__ = [
    "annotated_families",
    "as_family_members",
    "families_of",
    "family_note",
    "numbered_members",
    "sliced_families",
    "with_families",
]

# a plain lower-case letter right where an annotation names it (not \mathbf{x}_i, not \hat x_i)
_PLAIN_AT = re.compile(r"([a-z])\s*_")
_DECORATED = re.compile(
    r"\\(?:hat|tilde|bar|vec|dot|ddot|check|breve|widehat|widetilde|overline|underline|mathbf|boldsymbol|bm|bf"
    r"|mathrm|mathcal|mathbb|mathsf|text|operatorname)\s*\{?\s*$"
)
# one subscript that numbers a sample: a letter, a number, or a letter or number shifted (i+1, n-1)
_ONE = r"[a-z]|\d+|[a-z]\s*[-+]\s*\d+"
# x_i, x_1, x_{i}, x_{i+1}, x_{ij}, x_{i,j}, x_{1j}: group 1 the letter, 2 the sample, 3 the entry
_USE = re.compile(
    r"(?<![\\A-Za-z0-9_^])([a-z])\s*_\s*(?:\{\s*(" + _ONE + r")\s*(?:,?\s*([a-z]|\d))?\s*\}|([a-z0-9]))"
    r"(?!\s*\^\s*\{\s*\()"  # x_i^{(t)}: a labelled name, left alone
)


def _running(letter: str, subscript: str, text: str) -> bool:
    """Does the notes' text run ``subscript`` as the index of ``letter``'s samples: a sum or product over
    it, "$i = 1, \\dots, n$" / "$i \\in \\{1, …\\}$", a numbered sample ``x_1`` or an entry ``x_{ij}`` written?"""
    s = re.escape(subscript)
    if re.search(r"\\(?:sum|prod)\s*_\s*(?:\{\s*" + s + r"\b|" + s + r"\b)", text):
        return True
    if re.search(r"(?<![A-Za-z\\])" + s + r"\s*(?:=\s*1\s*,|\\in\s*\\\{\s*1\s*,|=\s*1\s*\\dots|=\s*1\s*\\ldots)", text):
        return True
    numbered = r"(?<![\\A-Za-z])" + letter + r"\s*_\s*(?:\{\s*\d+\s*\}|\d)"
    entry = r"(?<![\\A-Za-z])" + letter + r"\s*_\s*\{\s*" + s + r"\s*,?\s*[a-z]\s*\}"
    if (said := stated_orientations(text).get(letter)) is not None and said.axis == COLUMN:
        # "columns $a_j \in \mathbb{R}^m$ … entries $a_{ij}$": the column's index is the second (familyorientation)
        entry += r"|(?<![\\A-Za-z])" + letter + r"\s*_\s*\{\s*[a-z]\s*,?\s*" + s + r"\s*\}"
    return bool(re.search(numbered, text) or re.search(entry, text))


def annotated_families(text: str) -> dict[str, object]:
    r"""The letters whose samples the prose annotates (``x_i \in \mathbb{R}^d``), with their length d."""
    shapes: dict[str, set[tuple[object, ...]]] = {}
    subscripts: dict[str, set[str]] = {}
    whole: dict[str, tuple[object, ...]] = {}
    for pos, key, dims in annotated_shapes(text):
        name, subs = key
        if not subs:
            whole[name] = dims
            continue
        plain = _PLAIN_AT.match(text, pos)
        if plain is None or plain.group(1) != name or _DECORATED.search(text, max(0, pos - 20), pos):
            shapes.setdefault(name, set()).add(())  # a bold or decorated x_i: not this module's
            continue
        if len(subs) != 1 or not re.fullmatch(r"[a-z]|\d+", subs[0]):
            continue
        column = dims[:1] if len(dims) == 1 or (len(dims) == 2 and dims[1] == 1) else ()
        shapes.setdefault(name, set()).add(column)
        subscripts.setdefault(name, set()).add(subs[0])
    out = {k: v for k, v in sliced_families(text).items() if k not in shapes and k not in whole}
    for name, found in shapes.items():
        if len(found) != 1 or () in found or name in RESERVED or len(whole.get(name, ())) == 2:
            continue
        (length,) = next(iter(found))
        if length == 1:
            continue
        if len(whole.get(name, ())) == 1 and whole[name] != (length,):
            continue  # x \in R^2 beside x_i \in R^d: x_1, x_2 are (also) x's entries, which of the two is not said
        subs = subscripts[name]
        letters = [s for s in subs if s.isalpha()]
        if len(subs) >= 2 or any(_running(name, s, text) for s in letters):
            out[name] = length
    return out


# a transpose: ^T, ^\top, ^{\intercal}
_T = r"\^\s*(?:\{\s*)?(?:\\top|\\intercal|T)(?![A-Za-z])\s*\}?"


def sliced_families(text: str) -> dict[str, object]:
    r"""Letters the notes write as a sample in an inner product (``w^T x_i``, ``x_i^T w``; not ``x_u y_i^T``,
    the inner product of rows, where the notes read vectors as rows) and with two
    subscripts (``x_{ij}``), none annotated: the least-squares component form ``\sum_i (w^T x_i - y_i)
    x_{ij}``. Read as a matrix whose row i is x_i, ``w^T x_i`` was a product of two rows, taken entry-wise,
    and the correct step FAILED; the only reading in which every use fits is the family of samples, x_{ij}
    entry j of sample i. The length of the samples is left to the inference."""
    out: dict[str, object] = {}
    for m in re.finditer(r"(?<![\\A-Za-z0-9_^])([a-z])\s*_\s*\{\s*([a-z])\s*,?\s*[a-z]\s*\}", text):
        letter, sample = m.group(1), m.group(2)
        if letter in out or letter in RESERVED:
            continue
        use = letter + r"\s*_\s*(?:\{\s*" + sample + r"\s*\}|" + sample + r"(?![A-Za-z]))"
        inner = (r"(?:[A-Za-z]|\\[A-Za-z]+|\})\s*" + _T + r"\s*(?<![\\A-Za-z])" + use
                 + r"|(?<![\\A-Za-z])" + use + r"\s*" + _T + r"\s*(?:[A-Za-z]|\\[A-Za-z]+)")  # x_i^T w
        if re.search(inner, text):
            out[letter] = None
    return out


def as_family_members(src: str, letters: frozenset[str] | set[str]) -> str:
    r"""``src`` with each plain sample of ``letters`` written as a family member: ``x_i`` → ``{x^{(i)}}``,
    ``x_{ij}`` → ``{x^{(i)}_{j}}`` (a bold or decorated ``x_i`` is left alone)."""
    if not letters:
        return src

    def one(m: re.Match[str]) -> str:
        if m.group(1) not in letters or _DECORATED.search(src, max(0, m.start() - 20), m.start()):
            return m.group(0)
        sample = re.sub(r"\s+", "", m.group(2) or m.group(4))
        entry = f"_{{{m.group(3)}}}" if m.group(3) else ""
        return f"{{{m.group(1)}^{{({sample})}}{entry}}}"

    return _USE.sub(one, src)


def family_note(src: str, letters: frozenset[str] | set[str]) -> list[str]:
    """The reading to report for a member where :func:`as_family_members` changed something."""
    if not letters or as_family_members(src, letters) == src:
        return []
    found = sorted({m.group(1) for m in _USE.finditer(src) if m.group(1) in letters})
    return [f"{x}_i read as sample i of the family the notes annotate ({x}_i a vector; {x}_{{ij}} its entry j)"
            for x in found]


def with_families(ann: Annotations, families: dict[str, object]) -> Annotations:
    """``ann`` with each family's samples vectors of its length (the ``x^{(i)}`` form's evidence) and
    without the annotations of its subscripted names (no ``x_i`` is read as a name of its own)."""
    if not families:
        return ann
    shapes = {k: v for k, v in ann.shapes.items() if not (k[0] in families and len(k[1]) == 1)}
    return replace(ann, shapes=shapes, vector_samples=ann.vector_samples | frozenset(families),
                   sample_lengths={**ann.sample_lengths, **{k: v for k, v in families.items() if v is not None}})


_NUMBERED = re.compile(r"^([a-z])\^\((\d+)\)$")


def numbered_members(tree: sp.Basic, letters: frozenset[str] | set[str], written: str,
                     nc: frozenset[str] = frozenset()) -> sp.Basic:
    r"""``tree`` with each numbered sample of ``letters`` (``x_1``, written ``{x^{(1)}}`` by
    :func:`as_family_members`; the grammar reads a number in parentheses as a layer label, a name of its
    own) entry 1 of the family ``x^()``, as ``x_i`` is entry i. Not where the member itself (``written``)
    writes a label ``x^{(1)}``. ``nc``: the names parsed non-commuting (the family's among them: its
    entries keep their written place in a product)."""
    if not letters or not isinstance(tree, sp.Basic):
        return tree
    swap: dict[sp.Basic, sp.Basic] = {}
    for node in tree.atoms(sp.Symbol, sp.Indexed):
        name = str(node.base.label) if isinstance(node, sp.Indexed) else node.name
        m = _NUMBERED.match(name)
        if m is None or m.group(1) not in letters or re.search(re.escape(m.group(1)) + r"\s*\^\s*\{\s*\(", written):
            continue
        label = node.base.label if isinstance(node, sp.Indexed) else node
        family = f"{m.group(1)}^()"
        base = sp.IndexedBase(sp.Symbol(family, commutative=label.is_commutative and family not in nc))
        rest = node.indices if isinstance(node, sp.Indexed) else ()
        swap[node] = sp.Indexed(base, sp.Integer(int(m.group(2))), *rest)
    if not swap:
        return tree
    with sp.evaluate(False):  # the written order of a product with a transpose is kept (the grammar's)
        return tree.xreplace(swap)


def families_of(text: str, ann: Annotations, sites: list[Site]) -> tuple[frozenset[str], Annotations, list[Site]]:
    """The notes' sample families (:func:`annotated_families`), with the document's annotations and annotation
    sites (documents.anew) read for them: no subscripted name of a family is a name of its own."""
    families = annotated_families(text)
    kept = [s for s in sites if not (s.key[0] in families and len(s.key[1]) == 1)]
    return frozenset(families), with_families(ann, families), kept
