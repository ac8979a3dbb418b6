r"""A name the notes annotate anew: where an annotation holds, and which definitions it retires.

Notes reuse letters. A post's preliminaries write ``W \in \mathbb{R}^{n \times m}`` and
``Y_1 = W X_1``; its main section writes ``W = \frac{QK^T}{\sqrt{d_k}} \in \mathbb{R}^{n \times n}``.
A reader takes each annotation from where it is written on (the latest one before a line holds
there; a name annotated only further down is read with its first annotation, as before), and
reads the earlier definitions that use the old ``W`` (``Y_1 = W X_1``, and ``Z = Y_1 + Y_2``
through it) as speaking of that old object: after the new annotation they are set aside. The
document-wide :mod:`verifier.documents.annotations` keeps the first annotation of a name; this
module owns the per-line view of the same evidence.

Evidence of a new meaning is deliberately narrow: the name annotated again with a *different*
written shape (``n \times m`` then ``n \times n``; ``n`` and ``n \times 1`` are the same column),
or introduced by the prose again ("Let X and W be matrices of the same dimension", after an earlier
example defined ``y_1 = X 1_m``).
Also read here, because notes annotate a defined name that way: a definition row whose value ends
with the annotation, ``W &= \frac{QK^T}{\sqrt{d_k}} \in \mathbb{R}^{n \times n}`` (the annotation is
of ``W``, the row's head)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import sympy as sp

from verifier.documents.annotations import ANNOTATED_NAME, annotated_shapes, key_of_text, written_shape
from verifier.documents.context import Definition, Key, Scope, display_key
from verifier.latex import LatexError

__all__ = ["Site", "introductions", "renewals", "set_aside_renewed", "shapes_at", "sites_of"]

Dims = tuple[object, ...]

# ``W &= <value> \in \mathbb{R}^{…}`` as a row of its own (a display row, or an inline formula): the
# value has no relation sign of its own, so the annotation can only be of the row's head
_ROW = re.compile(
    rf"(?:^|\$|\\\\|&)\s*({ANNOTATED_NAME})\s*&?\s*(?::=|=)\s*[^=$&]*?\\in\s*"
    r"\\mathbb\s*\{?R\}?\s*(?:\^\s*(\{[^{}]*\}|[A-Za-z0-9]))?\s*(?:\\\\|\$|,|\.|$)",
    re.M,
)


# "Let X and W be matrices …", "Let $x$ be a vector": the prose introduces the names (again)
_LET = re.compile(
    r"\b[Ll]et\s+((?:\$[^$]{1,40}\$|[A-Za-z])(?:\s*(?:,\s*and|,|and)\s*(?:\$[^$]{1,40}\$|[A-Za-z]))*)\s+be\b"
)


@dataclass(frozen=True)
class Site:
    """One annotation of ``key`` with shape ``dims`` at ``line`` (1-based) of the notes."""

    line: int
    key: Key
    dims: Dims


def sites_of(text: str) -> list[Site]:
    """Every annotation of the text with its line, in document order."""
    out: list[Site] = []

    def line_of(pos: int) -> int:
        return text.count("\n", 0, pos) + 1

    for pos, key, dims in annotated_shapes(text):
        out.append(Site(line_of(pos), key, dims))
    for m in _ROW.finditer(text):
        dims = written_shape(m.group(2))
        if dims is not None and (key := key_of_text(m.group(1))) is not None:
            out.append(Site(line_of(m.start(1)), key, dims))
    return sorted(set(out), key=lambda s: (s.line, str(s.key)))


def _same(a: Dims, b: Dims) -> bool:
    r"""Whether two written shapes name one kind of object (``n`` and ``n \times 1``: one column)."""
    def norm(d: Dims) -> Dims:
        return d[:1] if len(d) == 2 and d[1] == 1 else d

    return norm(a) == norm(b)


def shapes_at(sites: Iterable[Site], line: int) -> dict[Key, Dims]:
    """Each annotated name's shape at ``line``: its latest annotation at or before it, else its first."""
    out: dict[Key, Dims] = {}
    before: dict[Key, Dims] = {}
    for s in sites:  # in document order
        out.setdefault(s.key, s.dims)
        if s.line <= line:
            before[s.key] = s.dims
    out.update(before)
    return out


def introductions(text: str) -> list[tuple[int, Key]]:
    """Names the prose introduces with "Let … be" (``Let X and W be matrices``), with their line."""
    out: list[tuple[int, Key]] = []
    for m in _LET.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        for part in re.split(r"\s*(?:,\s*and|,|\band\b)\s*", m.group(1)):
            for name in part.strip().strip("$").split(","):
                if name.strip() and (key := key_of_text(name.strip())) is not None:
                    out.append((line, key))
    return out


def renewals(sites: Iterable[Site], introduced: Iterable[tuple[int, Key]] = ()) -> dict[Key, list[int]]:
    """The lines where a name takes a new meaning: annotated with a shape that differs from its previous
    annotation, or introduced again by the prose ("Let X be …"; it matters only where a definition
    written before that line uses X)."""
    last: dict[Key, Dims] = {}
    out: dict[Key, list[int]] = {}
    for s in sites:
        if s.key in last and not _same(last[s.key], s.dims):
            out.setdefault(s.key, []).append(s.line)
        last[s.key] = s.dims
    for line, key in introduced:
        out.setdefault(key, []).append(line)
    return {k: sorted(set(v)) for k, v in out.items()}


def set_aside_renewed(
    scope: Scope,
    note_definitions: Iterable[Definition],
    renewed: dict[Key, list[int]],
    line: int,
    parse: Callable[[str], sp.Basic],
) -> dict[Key, str]:
    """Drop from ``scope`` the notes' definitions written before a name they use (directly, or through
    another definition set aside) was annotated anew, when that happened before ``line``; return why."""
    mine = {id(d) for d in note_definitions}
    defs = {k: e for k, e in scope.names.items() if isinstance(e, Definition) and id(e) in mine and not e.builtin}
    if not defs or not renewed:
        return {}
    uses: dict[Key, set[Key]] = {}
    for key, d in defs.items():
        try:
            tree = parse(d.body) if d.body else None
        except LatexError:
            continue
        if tree is not None:
            bound = {*d.params, *d.index_params}
            uses[key] = {(str(s), ()) for s in tree.free_symbols if str(s) not in bound} | {
                (str(x.base.label), tuple(str(i) for i in x.indices)) for x in tree.atoms(sp.Indexed)}
    why: dict[Key, str] = {}
    changed = True
    while changed:
        changed = False
        for key, d in defs.items():
            if key in why or key not in uses:
                continue
            for used in sorted(uses[key]):
                anew = [ln for ln in renewed.get(used, []) if d.line < ln <= line]
                if anew:
                    why[key] = (f"the notes' definition of {display_key(key)} at line {d.line} is set aside here: it "
                                f"uses {display_key(used)}, which line {anew[-1]} introduces anew")
                elif used in why:
                    why[key] = (f"the notes' definition of {display_key(key)} at line {d.line} is set aside here: "
                                f"it uses {display_key(used)}, whose definition is set aside")
                else:
                    continue
                changed = True
                break
    for key in why:
        del scope.names[key]
    return why
