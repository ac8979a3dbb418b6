r"""Quantities the notes never define, read as opaque names: which ones, and whether they stand as terms.

Notes use macros whose definitions are in a file they ``\input`` but that is not at hand (``\w``,
``\thetav``, ``\riske``), and write ``\sum_K`` for a total they do not spell out. The parser reads
such a control word, when nothing marks it as taking arguments, as an *opaque quantity* named
after what was written (``Symbol("\\w")``, ``Symbol("\\sum_K")``): the leading backslash is how
every later stage knows the name is a guess, not something the notes wrote as a letter.

What a checker may conclude from that reading: an identity that holds with an opaque quantity
holds for whatever it stands for *only if it is a term*, a quantity in its own right. A macro that
is an operator (``\sumin`` for ``\sum_{i=1}^n``, applied to what follows) read as a factor gives a
different formula. So :func:`term_evidence` looks at where a guessed name is written: one place
where only a quantity can stand (before a closing bracket, ``+``, ``=``, ``,``, ``\cdot``, ``/`` or
at the end, after its own sub- and superscripts) shows it is a term; a name always followed by
something it could apply to may be an operator. A step that fails under the reading proves nothing
about the real macro either way, so it is never FAILED (:mod:`verifier.documents.opaque`).

Nor does a guessed name say whether it depends on an index: ``\yi`` may be the number ``y^{(i)}`` of
the i-th observation. Read as one quantity, ``\sum_{i=1}^n \yi`` is ``n`` times it, which the macro
need not be; :func:`summed_guesses` finds the guessed names written inside a ``\sum``/``\prod`` with
the indices bound there, so a green that rests on the name not depending on them is not kept.
"""

from __future__ import annotations

import sympy

from verifier.latex.parser import tokenize
from verifier.latex.vocabulary import (
    AMP,
    CARET,
    CLOSERS,
    COMMA,
    DIV,
    IDENT,
    LABEL,
    MULOP,
    OPENERS,
    PLUS,
    PRIME,
    RBAR,
    RBRACE,
    RBRACK,
    REL,
    RNORM,
    ROWSEP,
    RPAREN,
    STAR,
    SUBWORD,
    TRANSPOSET,
    UNDER,
    LatexError,
    Tok,
)

__all__ = [
    "GUESSED",
    "describe",
    "guessed_names",
    "is_guessed",
    "summed_guesses",
    "term_evidence",
    "with_summed_entries",
]

GUESSED = "\\"  # the first character of a guessed name (no name the notes write as a letter has it)

# what may follow a quantity but never an operator that takes what comes after it
_ONLY_AFTER_TERMS = frozenset({RBRACE, RPAREN, RBRACK, PLUS, REL, COMMA, ROWSEP, AMP, RNORM, DIV, MULOP, RBAR})
_OWN_SCRIPTS = frozenset({SUBWORD, TRANSPOSET, PRIME, STAR})


def is_guessed(name: str) -> bool:
    """Is ``name`` (a symbol's or an indexed name's) an opaque quantity the parser guessed?"""
    return name.startswith(GUESSED)


def guessed_names(tree: sympy.Basic) -> set[str]:
    """The guessed names in a parse tree (symbols, and the bases of entries such as ``\\x_i``)."""
    out: set[str] = set()
    for sub in sympy.preorder_traversal(tree):
        if isinstance(sub, sympy.Indexed):
            name = str(sub.base.label)
        elif isinstance(sub, sympy.Symbol):
            name = sub.name
        else:
            continue
        if is_guessed(name):
            out.add(name)
    return out


def summed_guesses(tree: sympy.Basic) -> dict[str, set[str]]:
    r"""The guessed names written whole (not as an entry ``\x_i``) inside the body of a ``\sum`` or
    ``\prod`` in ``tree``, each with the indices the sums around it bind."""
    out: dict[str, set[str]] = {}
    for sub in sympy.preorder_traversal(tree):
        if not isinstance(sub, (sympy.Sum, sympy.Product)):
            continue
        bound = {str(limit[0]) for limit in sub.limits}
        entries = {str(e.base.label) for e in sub.function.atoms(sympy.Indexed)}
        for s in sub.function.atoms(sympy.Symbol):
            if is_guessed(s.name) and s.name not in entries and s.name not in bound:
                out.setdefault(s.name, set()).update(bound)
    return out


def with_summed_entries(tree: sympy.Basic) -> sympy.Basic:
    r"""``tree`` with each guessed name inside a ``\sum``/``\prod`` read as an entry of a family indexed
    by the indices bound there (``\sum_i \yi`` as a sum of entries ``\yi_entry[i]``): the reading in
    which the macro depends on the index, which a reading as one quantity must agree with."""

    def entries(e: sympy.Basic) -> sympy.Basic:
        bound = [limit[0] for limit in e.limits]
        mapping = {s: sympy.IndexedBase(sympy.Symbol(s.name + "_entry"))[tuple(bound)]
                   for s in e.function.atoms(sympy.Symbol) if is_guessed(s.name) and s not in bound}
        return e.func(e.function.xreplace(mapping), *e.limits)

    return tree.replace(lambda e: isinstance(e, (sympy.Sum, sympy.Product)), entries)


def describe(name: str) -> str:
    """How the reading of one guessed name is reported with a step."""
    if name.startswith(GUESSED + "sum_"):
        return f"{name} read as an unknown quantity (a sum with nothing to sum: the name of a total)"
    return f"{name} read as an unknown quantity (a macro the notes do not define; in a file they \\input?)"


def _group_end(toks: list[Tok], k: int) -> int:
    """The index after the bracket group opened at ``k``."""
    depth = 0
    for m in range(k, len(toks)):
        depth += (toks[m].type in OPENERS) - (toks[m].type in CLOSERS)
        if depth == 0:
            return m + 1
    return len(toks)


def term_evidence(src: str) -> set[str]:
    """The guessed names that ``src`` writes at least once where only a quantity can stand.

    A formula that cannot be tokenized gives no evidence (an empty set), never an error.
    """
    try:
        toks = tokenize(src)
    except LatexError:
        return set()
    out: set[str] = set()
    for k, t in enumerate(toks):
        if t.type != IDENT or not is_guessed(t.value):
            continue
        m = k + 1
        while m < len(toks):
            if toks[m].type in _OWN_SCRIPTS:
                m += 1
            elif toks[m].type in (UNDER, CARET, LABEL) and m + 1 < len(toks):
                m = _group_end(toks, m + 1)
            else:
                break
        if m >= len(toks) or toks[m].type in _ONLY_AFTER_TERMS:
            out.add(t.value)
    return out
