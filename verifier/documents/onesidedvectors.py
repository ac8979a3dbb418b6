r"""A vector of numbers the prose states, used by a line that is no worked example (gaps38; fresh26 left it).

"Take the direction $v = (2, 1)$. Then $$(\nabla f)^\top v = 6x^2 + 2y + x$$": the line is an identity in x and y,
no worked number, so the stated values (documents.stated, documents.statedvectors) were not read for it; v was an
undeclared name, written on the left only, and the step SKIPPED (a shape clash, or "v appears on one side only"),
right or wrong. A reader takes v at the vector the prose gave it.

This module owns that reading, for vectors only (a stated scalar keeps the worked-number rule: "at $x = 1$" must not
make an identity in x a special case): a link one of whose members writes a name the prose states a vector of
numbers for, while the other member does not write it, is checked at that vector (the link cannot hold for every v
when one side does not depend on it, so the stated vector is the one reading left). The hypotheses are the stated
ones (:func:`verifier.documents.statedvectors.vector_hypotheses`); a link writing the name on both sides stays an
identity in it, checked for every value. A name the prose calls arbitrary after its stated vector and before the
link ("For an arbitrary direction $v$", "for all $v$", "let $v$ be any vector") keeps no value there
(:func:`said_general`, review38: ``\nabla f^\top v = 2xy`` was PROVED at the stated v = (1, 0)).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import display_key, key_of
from verifier.documents.infer import KNOWN_FUNCTIONS, names_in
from verifier.documents.statedvectors import numbered_name, stated_literals, vector_hypotheses

__all__ = ["one_sided", "one_sided_vectors", "said_general", "stated_literal_names", "stated_vector_names"]


def _names(text: str, parse: Callable[[str], sp.Basic]) -> tuple[set[str], set[str]] | None:
    """The names ``text`` writes, and those of them it writes by an entry (``y_k``)."""
    try:
        tree = parse(text)
    except Exception:  # noqa: BLE001 - a member the grammar refuses is read by no reading here
        return None
    if not isinstance(tree, sp.Basic):
        return None
    variables = {str(v) for d in tree.atoms(sp.Derivative) for v in d.variables}  # ∂L/∂o: o varies, no value
    # 12 = F(x): an argument of a call is the notes' function's parameter, whose definition may be another one's
    arguments = {n for f in tree.atoms(AppliedUndef) if f.func.__name__ not in KNOWN_FUNCTIONS
                 for a in f.args for n in names_in(a)}  # fmt: skip
    # x_1 as written is an entry of x, and a name of its own where the prose states it as a vector (lead67):
    # written so, it is told as displayed (the stated names are matched by display name)
    numbered = {display_key(k) for e in tree.atoms(sp.Indexed) if numbered_name(e) and (k := key_of(e)) is not None}
    return names_in(tree) | numbered, _free_entries(tree, frozenset()) | variables | arguments


def _free_entries(tree: sp.Basic, bound: frozenset[sp.Basic]) -> set[str]:
    r"""The names ``tree`` writes by an entry (``y_k``, ``p_1``), but not by an entry whose index a sum or product
    around it runs over (``\sum_{i=1}^{3} p_i`` reads every entry of p: the whole stated vector; sound40)."""
    if isinstance(tree, sp.Indexed):
        return set() if tree.indices and all(i in bound for i in tree.indices) else {str(tree.base.label)}
    if isinstance(tree, sp.Sum | sp.Product):
        inner = bound | {lim[0] for lim in tree.limits}
        return _free_entries(tree.function, inner) | {n for lim in tree.limits for b in lim[1:]
                                                      for n in _free_entries(b, bound)}  # fmt: skip
    return {n for a in tree.args if isinstance(a, sp.Basic) for n in _free_entries(a, bound)}


def _one_side(texts: tuple[str, str], parse: Callable[[str], sp.Basic],
              reach: Callable[[set[str]], set[str]] = set) -> set[str]:  # fmt: skip
    r"""The names one member of the link writes whole and the other not at all. A name written by an entry on either
    side (``-y_k \log p_k = -\log p_k``, y stated (0, 1, 0)) is left out: at a free index the stated vector is one
    entry among several, and the notes' reading of that entry (one-hot at k) is not the stated vector's."""
    left, right = _names(texts[0], parse), _names(texts[1], parse)
    if left is None or right is None:
        return set()
    # (and one the other side reaches through the notes' definitions: L := -Σ y_i log p_i has y in ∂L/∂o = p - y)
    alone = (left[0] - right[0] - reach(right[0])) | (right[0] - left[0] - reach(left[0]))
    return alone - left[1] - right[1]


def one_sided(texts: tuple[str, str], names: Collection[str], parse: Callable[[str], sp.Basic],
              reach: Callable[[set[str]], set[str]] = set) -> bool:  # fmt: skip
    r"""Does one member of the link (``texts``, as written) write a name of ``names`` the other does not, nor reaches
    through the notes' definitions (``reach``: ``x = A^\top \nu`` after ``x = A^\top A b`` writes A on both sides,
    an identity, no worked link: fresh73)?"""
    return bool(names) and bool(_one_side(texts, parse, reach) & set(names))


def one_sided_vectors(links: Iterable[tuple[str, str]], stated: Iterable[tuple[str, str, int]],
                      parse: Callable[[str], sp.Basic],
                      reach: Callable[[set[str]], set[str]] = set) -> list[tuple[str, str]]:  # fmt: skip
    """The stated vectors (``stated``: name, literal, line, those in the chain's scope) of the names some link
    (``links``: its members as written) writes on one side only and the other side does not reach (``reach``: the
    names the notes' definitions of some names use), as ``(equation, where)`` hypotheses."""
    found = set().union(*(_one_side(t, parse, reach) for t in links))
    return vector_hypotheses(stated, found, parse, numbered=found) if found else []


def stated_vector_names(hypotheses: Iterable[tuple[str, str]], parse: Callable[[str], sp.Basic],
                        matrices: bool = False) -> set[str]:  # fmt: skip
    r"""The names the stated hypotheses (``(equation, where)``) give a vector or a matrix of numbers: those a link
    may write on one side only and still be taken at the stated values (steps._Checker._worked_links). A matrix too
    where ``matrices`` (lead45): ``\mathbf{1}^\top M = \mathbf{1}^\top`` after a stated M was FAILED at a random M. Not
    a matrix where the name excuses what a side writes of it (documents.guesses): ``A_{11}`` is read as a name of its
    own, not an entry of the stated A, so it gets no value from it."""
    return {display_key(key) for tree, value in stated_literals(hypotheses, parse)
            if (isinstance(tree, sp.Symbol) or numbered_name(tree)) and isinstance(value, sp.MatrixBase)
            and (matrices or 1 in value.shape) and (key := key_of(tree)) is not None}


def stated_literal_names(hypotheses: Iterable[tuple[str, str]], parse: Callable[[str], sp.Basic]) -> set[str]:
    r"""The names (as displayed: ``W``, ``W_1``) the stated hypotheses give a vector or a matrix of numbers: a link
    writing one on one side against numbers on the other was checked at it, its one reading (``W_1^\top W_1 = …``
    after a stated ``W_1``, misses44): a failure there is no relation the checker cannot see."""
    return {display_key(key) for tree, value in stated_literals(hypotheses, parse)
            if isinstance(value, sp.MatrixBase) and (key := key_of(tree)) is not None}


_GENERAL = r"(?:arbitrary|any|every|all|general|each)"
_BOLD = r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*)?"


def said_general(text: str, name: str, stated: int, line: int) -> bool:
    r"""Do the lines of ``text`` from ``stated`` (1-based, the stated vector's line) up to ``line`` call ``name``
    arbitrary: "an arbitrary direction $v$", "for all $v \in \mathbb{R}^2$", "$v$ be any vector"?"""
    window = "\n".join(text.split("\n")[max(stated - 1, 0) : line])  # its own line too: "any $v$, e.g. $v = (1, 0)$"
    written = r"\$\s*" + _BOLD + re.escape(name) + r"\s*\}?\s*(?:\\in\b[^$]*)?\$"
    before = re.compile(r"\b" + _GENERAL + r"(?:\s+[A-Za-z-]+){0,2}\s+" + written, re.I)
    after = re.compile(written + r"\s*,?\s+(?:is|be|denotes?)\s+(?:an?\s+)?(?:arbitrary|any|general)\b", re.I)
    return bool(before.search(window) or after.search(window))
