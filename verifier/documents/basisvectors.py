r"""The standard basis vectors the prose names: "let $e_i$ be the $i$-th standard basis vector", "$\mathbf{e}_k$ the
canonical basis", "$e_y$ the one-hot encoding of $y$".

Notes write ``e_i^\top x = x_i``, ``x = \sum_i x_i e_i``, ``\mathbf{e}_j^\top A \mathbf{e}_k = A_{jk}``. Undeclared,
``e_i`` was entry i of a vector e ("e_i is not declared"), and every such step SKIPPED. This module owns the
reading: a lower-case letter (or a bold one, ``\mathbf{1}_k``, unless the sentence speaks of ones: lecture23)
written with one subscript that the same sentence calls a basis vector (standard,
canonical, natural … basis vector; a one-hot vector or encoding) is the family of the identity's columns.
:func:`basis_letters` finds the letters; :func:`as_columns` writes each ``e_i`` as the column ``{BASIS}_{:,i}``
of one matrix under a name of its own (e is Euler's number to inference, never declared, so its shape would not
be inferred); :func:`as_identity` declares that matrix the identity (kind ``"identity"``, built by
:func:`verifier.documents.instances.instantiate` as the identity of its size, rectangular when the index runs
past the vectors it multiplies — its columns up to their length are still the basis vectors).
"""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from verifier.documents.context import IndexRange, Scope, VarDecl, is_invented_size
from verifier.documents.sentences import SENTENCE

__all__ = ["BASIS", "IDENTITY", "as_columns", "as_identity", "basis_letters", "holds_basis", "subtracted_basis"]

IDENTITY = "identity"
#: the name the basis vectors' matrix is read under (a notes that write it get no basis reading)
BASIS = "Upsilon"

#: the standard basis by name; a bare "basis vector" is the standard one only for the letter e (``\mathbf{u}_k`` "the
#: k-th basis vector of the principal subspace" is another basis: u_k^T x = x_k was PROVED, review33b)
_BASIS_CUE = re.compile(r"\b(?:standard|canonical|natural)\s+basis\b", re.IGNORECASE)
_BARE_CUE = re.compile(r"\bbasis\s+vectors?\b", re.IGNORECASE)
_CUE = re.compile(r"\b(?:basis\s+vectors?|(?:standard|canonical|natural)\s+basis\b|one-?hot\s+(?:vectors?|encodings?"
                  r"|representations?|indicators?))", re.IGNORECASE)
#: where a one-hot vector's 1 sits: "… of (the label|class) $y$" (its index), never "of the label of sample $i$"
_HOT_AT = r"\b(?:of|for|at)\s+(?:the\s+)?(?:(?:label|class|category|index|position|word|token|entry)\s+)?\$\s*{}\s*\$"
_NOT = re.compile(r"\b(?:not|no|never|isn't|aren't)\b", re.IGNORECASE)
_FONT = r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(?P<bold>[a-z])\s*\}|(?<![A-Za-z\\])(?P<plain>[a-z])|(?P<one>_ONE))"
#: a bold or blackboard one (``\mathbf{1}_k``): the basis vector where the prose says so (lecture23), else ones
_ONE = r"\\(?:mathbf|boldsymbol|bm|mathbb|mathds|mathbbm)\s*(?:\{\s*1\s*\}|1)"
_FONT = _FONT.replace("_ONE", _ONE)
#: a sentence about a vector of ones names no basis vector with its bold one
_ONES = re.compile(r"\b(?:all[- ]ones|ones)\b", re.IGNORECASE)
_NAMED = re.compile(rf"\$\s*{_FONT}\s*_\s*(?:\{{\s*(?P<index>[A-Za-z0-9])\s*\}}|(?P<index2>[A-Za-z0-9]))\s*\$")


def basis_letters(text: str) -> frozenset[str]:
    """The letters a sentence of ``text`` calls basis vectors (written alone in their math with one index)."""
    if f"\\{BASIS}" in text:
        return frozenset()
    out: set[str] = set()
    for m in SENTENCE.finditer(text):
        sentence = m.group(0)
        if not _CUE.search(sentence) or _NOT.search(sentence):
            continue
        basis, bare = _BASIS_CUE.search(sentence) is not None, _BARE_CUE.search(sentence) is not None
        for n in _NAMED.finditer(sentence):
            letter, index = n.group("bold") or n.group("plain") or "1", re.escape(n.group("index") or n.group("index2"))
            if letter == "1" and _ONES.search(sentence):
                continue
            if basis or (bare and letter == "e") or re.search(_HOT_AT.format(index), sentence):  # one-hot: 1 at index
                out.add(letter)
    if "e" not in out and subtracted_basis(text):
        out.add("e")
    return frozenset(out)


# e with one subscript (a digit or a letter), plain or bold, not raised to a power or called
_E = r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*e\s*\}|(?<![A-Za-z\\])e)\s*_\s*(?:\{\s*[A-Za-z0-9]\s*\}|[A-Za-z0-9])"
_E_WRITTEN = re.compile(_E + r"(?!\s*[\^(])")
# a name (a letter, hatted or bold) beside it in a difference: p - e_2, \hat y - e_y, e_k - \mathbf{p}
_TERM = r"(?:\\(?:hat|mathbf|boldsymbol|bm|tilde)\s*\{?\s*[A-Za-z]\s*\}?|(?<![A-Za-z\\])[A-Za-z])"
_DIFFERENCE = re.compile(rf"{_TERM}\s*-\s*{_E}(?!\s*[\^(_])|{_E}\s*-\s*{_TERM}(?!\s*[\^(_])")
# e_i defined (e_i = y_i - \hat y_i, e_k := …) or named otherwise: an error, a residual, a noise term, an eigenvector
_E_DEFINED = re.compile(r"(?:^|\$|\\\[|&|,)\s*" + _E + r"\s*(?::=|=(?!=)|\\coloneqq|\\equiv)", re.M)
_OTHER_E = re.compile(r"\b(?:errors?|residuals?|noise|eigen\w*|edges?|events?|experts?)\b", re.IGNORECASE)


def subtracted_basis(text: str) -> bool:
    r"""Is ``e_k`` read as the k-th standard basis vector though no sentence says so (gaps69)? Where the notes write
    it only in a difference with a vector's name (``\frac{\partial L}{\partial z} = p - e_2``, softmax's gradient at
    class 2) and never define it, call it otherwise or write it in a sentence about errors, residuals or noise:
    undeclared, ``e_2`` was entry 2 of an unknown vector e and the step SKIPPED "e_2 is not declared". A reader takes
    the one-hot vector of the class; a wrong sign (``e_2 - p``) is then FAILED."""
    if not _DIFFERENCE.search(text) or _E_DEFINED.search(text):
        return False
    return not any(_E_WRITTEN.search(m.group(0)) and _OTHER_E.search(m.group(0)) for m in SENTENCE.finditer(text))


def as_columns(src: str, letters: frozenset[str]) -> str:
    """``src`` with each basis vector ``e_i`` (``\\mathbf{e}_i``) written as the column ``\\Upsilon_{:,i}``."""
    for letter in sorted(letters):
        font = rf"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{{\s*{letter}\s*\}}|(?<![A-Za-z\\]){letter})"
        font = _ONE if letter == "1" else font
        src = re.sub(rf"{font}\s*_\s*(?:\{{\s*(?P<a>[A-Za-z0-9])\s*\}}|(?P<b>[A-Za-z0-9]))(?!\s*[_^]\s*\{{?\s*\()",
                     lambda m: f"\\{BASIS}_{{:,{m.group('a') or m.group('b')}}}", src)
    return src


def as_identity(scope: Scope) -> None:
    """Declare the basis vectors' matrix in ``scope`` the identity (in place), square: a side inference left
    at a default size (the index's range, or the rows where nothing multiplies a column) is the other side,
    in every declaration and index range that uses it, so no index picks a column past the rows (a zero
    column would make any claim linear in it hold)."""
    entry = scope.names.get((BASIS, ()))
    if not isinstance(entry, VarDecl) or entry.kind != "matrix" or entry.dims is None:
        return
    rows, cols = entry.dims
    if rows != cols:
        if is_invented_size(cols):
            old, new = cols, rows
        elif is_invented_size(rows):
            old, new = rows, cols
        else:
            return  # two sizes the notes name: no identity of theirs
        for key, other in list(scope.names.items()):
            if isinstance(other, VarDecl) and other.dims is not None and old in other.dims:
                scope.names[key] = replace(other, dims=tuple(new if d == old else d for d in other.dims))
            elif isinstance(other, IndexRange) and other.hi == old:
                scope.names[key] = replace(other, hi=new)
    entry = scope.names[(BASIS, ())]
    assert isinstance(entry, VarDecl)
    scope.names[(BASIS, ())] = replace(entry, kind=IDENTITY)


def holds_basis(*trees: sp.Basic) -> bool:
    r"""Does one of ``trees`` write a basis vector (a column of the basis vectors' matrix)? Implied summation over
    its index (``e_y^\top e_y`` read as the sum over y, the trace of I) is no reading of notes that name e_y a
    basis vector, unless they declare Einstein summation."""
    return any(isinstance(s, sp.Symbol) and s.name == BASIS for t in trees if isinstance(t, sp.Basic)
               for s in t.free_symbols)
