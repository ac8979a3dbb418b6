r"""A function the notes define by the entries of its value: ``S(z)_i = \frac{e^{z_i}}{\sum_k e^{z_k}}``.

Notes name the softmax (or any vector-valued map) with a letter of their own and say what the i-th entry
of its value is, for every i. Read before S is known to be a function, the left side is a product
``S·z_i``, which :mod:`verifier.documents.definitions` did not learn: S was "not defined" and every later step about
``S(z)_j``, ``S(z + c)_i`` or ``\partial S(z)_i/\partial z_j`` was SKIPPED.

This module owns that definition and its value. :func:`entry_definition` reads the left side's text (a function
letter the notes have not defined, its parameters plain names, one letter index that is no parameter
and that the body writes) into a :class:`~verifier.documents.context.Definition` with the index as an
index parameter; :func:`entry_defined_value` (from :mod:`verifier.documents.calls`) gives ``S(a)`` as the
vector of the body's entries, the index running over the length of the first vector argument.
A family of functions written with the index before the call, ``p_k(T) = \frac{e^{z_k/T}}{\sum_j e^{z_j/T}}``
(temperature scaling; fresh37), is the same definition: entry k of p(T), the index over its declared range where
no argument is a vector (p_y(T) is then entry y of that vector). Entries
of a function the notes defined as a whole (``f(x) = Ax`` then ``f(x)_i = …``) stay claims.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, IndexRange, display_key
from verifier.documents.values import ResolveError, Value, is_matrix, norm
from verifier.latex.vocabulary import GREEK

__all__ = ["entry_defined_value", "entry_definition"]


#: ``S(z)_i``, ``g(\mathbf{z})_{j}``, ``\phi(x)_k``: a letter (or Greek letter) called at plain names, one
#: letter subscript after the call
_ENTRY_CALL = re.compile(
    r"\s*(?P<head>[A-Za-z]|\\(?:" + "|".join(sorted(GREEK)) + r"))"
    r"\s*(?:\\left)?\(\s*(?P<params>[^()]*?)\s*(?:\\right)?\)"
    r"\s*_\s*(?:\{\s*(?P<b>[a-z])\s*\}|(?P<a>[a-z]))\s*"
)
#: ``p_k(T)``, ``q_{j}(x, y)``: a family of functions one per index, its member k — entry k of the vector p(T)
_MEMBER_CALL = re.compile(
    r"\s*(?P<head>[A-Za-z]|\\(?:" + "|".join(sorted(GREEK)) + r"))"
    r"\s*_\s*(?:\{\s*(?P<b>[a-z])\s*\}|(?P<a>[a-z]))"
    r"\s*(?:\\left)?\(\s*(?P<params>[^()]*?)\s*(?:\\right)?\)\s*"
)
_PARAM = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*([A-Za-z])\s*\}|\\vec\s+([A-Za-z])|([A-Za-z]))\s*")


def entry_definition(
    lhs: str, right: sp.Basic, body: str, line: int, unavailable: Callable[[str], bool]
) -> Definition | None:
    r"""``S(z)_i = body`` (``lhs`` the left side's LaTeX, ``right`` the body parsed) as S's definition
    (parameters ``z``, index ``i``), or None: the left side is not one entry of a call at plain names,
    the index is a parameter or absent from the body, the body calls S, or ``unavailable(head)`` (a known
    function, a name the notes or a context already define)."""
    m = _ENTRY_CALL.fullmatch(lhs) or _MEMBER_CALL.fullmatch(lhs)  # S(z)_i, or p_k(T): entry k of p(T)
    if m is None:
        return None
    head = m.group("head").lstrip("\\")
    index = m.group("a") or m.group("b")
    params = []
    for p in m.group("params").split(","):
        pm = _PARAM.fullmatch(p)
        if pm is None:
            return None
        params.append(next(g for g in pm.groups() if g))
    if index in params or len(set(params)) < len(params) or unavailable(head):
        return None
    written = {s.name for s in right.free_symbols if isinstance(s, sp.Symbol)}
    written |= {str(i) for x in right.atoms(sp.Indexed) for i in x.indices}
    if index not in written or head in written or any(f.func.__name__ == head for f in right.atoms(AppliedUndef)):
        return None
    return Definition((head, ()), body, tuple(params), (index,), None, True, line)


def entry_defined_value(resolver: object, d: Definition, args: Sequence[Value], tree: sp.Basic,
                        value: Callable[[sp.Basic, dict[str, Value]], Value]) -> Value:  # fmt: skip
    """``S(a)``: the vector of the body's entries with the parameters bound to ``args``, the index over
    the length of the first vector argument (its declared range where that has the same length)."""
    lengths = [a.rows for a in args if is_matrix(a) and a.cols == 1]
    (index,) = d.index_params
    declared = resolver.scope.names.get((index, ()))
    if not lengths and isinstance(declared, IndexRange) and not any(is_matrix(a) for a in args):
        lo, last = resolver._index_range(index)  # p_k(T) at a scalar T: k over its range (1..K)
        lengths = [last - lo + 1] if last >= lo else []
    if not lengths:
        raise ResolveError(f"{display_key(d.key)} is defined entry by entry; its argument is not a vector")
    n = lengths[0]
    lo = 1
    if isinstance(declared, IndexRange):
        try:
            first, last = resolver._index_range(index)
        except ResolveError:
            first, last = 1, 0
        if last - first + 1 == n:
            lo = first
    env = dict(zip(d.params, args, strict=True))
    entries = [value(tree, {**env, index: sp.Integer(k)}) for k in range(lo, lo + n)]
    if any(is_matrix(e) for e in entries):
        raise ResolveError(f"the entries of {display_key(d.key)} are not scalars")
    return norm(sp.ImmutableMatrix(n, 1, entries))
