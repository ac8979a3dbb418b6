r"""What a failing step's guess rests on, read from its trees, its counterexample and the scope.

:class:`verifier.documents.guesses._Guesses` demotes a FAILED that rests on a guess about names the notes
leave undefined. This module owns the tests on those names: a starred point the recurrence is unfolded at
(``starred_guesses``, ``STARRED``), a counterexample varying a name (``varied_in``), a layer recursion read as
independent entries (``layer_recursion``), the names a derivative's variable is (``variable_keys``), whether
each side of a step writes a name or its entries (``seen_in``, ``entries_seen``, ``key_letter``), a step that
binds every name it reaches (``leaves_none_free``), and the names written with a letter subscript
(``subscripted_names``).
"""

from __future__ import annotations

import sympy as sp

from verifier.documents.context import Definition, Key, Scope, VarDecl, display_key
from verifier.documents.evaluatedat import SOLUTION_MARKS
from verifier.documents.reach import written_keys
from verifier.latex.vocabulary import sliced
from verifier.results import StepResult

#: the reason a step failing with the recurrence unfolded at a guessed starred point is not FAILED (fresh51)
STARRED = ("fails with the notes' recurrence unfolded only at values of {names}, which the notes never define: a "
           "starred name is a particular point (a solution, an optimum) fixed by a condition the checker does not "
           "read, and an argument about the iterates and it may hold there")


def starred_guesses(r: StepResult, scope: Scope) -> list[str]:
    r"""The starred names (``x^\star``) the counterexample of ``r`` varies that ``scope`` only infers (undefined)."""
    if r.counterexample is None:
        return []
    varied = {str(p) for p, _ in r.counterexample.point}
    return sorted(k[0] for k in scope.inferred if k[0] in varied and k[0].endswith(SOLUTION_MARKS)
                  and not isinstance(scope.names.get(k), Definition))  # fmt: skip


def varied_in(name: str, point: set[str]) -> bool:
    """Is ``name`` among the names of a counterexample's ``point`` (``x``, ``x^()``: its samples, ``x_1``)?"""
    return any(p == name or p.startswith((f"{name}^", f"{name}_")) for p in point)


def subscripted_names(annotations: object) -> set[str]:
    """Names the notes write with a letter subscript somewhere (infer.Annotations.subscripted)."""
    return {k[0] for k in getattr(annotations, "subscripted", {})}


def layer_recursion(d: sp.Derivative, scope: Scope) -> str:
    """``∂a^{(l+1)}_k / ∂a^{(l)}_j`` between entries of one family the notes never define, at index
    positions written as different expressions (``l + 1`` against ``l``): backprop notes mean one
    layer computed from the other, which the notes define elsewhere or only in prose. Reading the
    two as independent entries of one inferred array makes the derivative 0 — a guess, so a
    failure resting on it is not a FAILED. Plain indices (``∂x_i/∂x_j = δ_ij``) stay independent.
    The parser may read ``z^{m+1}_i`` as a power where ``z^{m}_j`` is the family ``z^()``: the
    same name under another superscript is the same doubt."""
    for v, _ in d.variable_count:
        if not isinstance(v, sp.Indexed):
            continue
        label = str(v.base.label)
        key = (label, ())
        if key not in scope.inferred or isinstance(scope.names.get(key), Definition):
            continue
        entries = d.expr.atoms(sp.Indexed)
        same = [a for a in entries if a.base == v.base and len(a.indices) == len(v.indices)]
        for a in same:
            shifted = [(p, q) for p, q in zip(a.indices, v.indices, strict=True)
                       if p != q and not (p.is_Atom and q.is_Atom)]  # fmt: skip
            if shifted:
                p, q = shifted[0]
                return (f"{display_key(key)} at {p} and at {q} are read as independent entries of one array the notes "
                        "do not define; whether one is computed from the other (a layer recursion?) is not stated")
        root = label[: -len("^()")] if label.endswith("^()") else ""
        if root and not same and any(str(a.base.label) == root for a in entries):
            return (f"{root} under another superscript is read as another quantity than {display_key(key)}; whether "
                    "one layer is computed from the other (a layer recursion?) is not stated")
    return ""


def variable_keys(v: sp.Basic) -> set[Key]:
    """The names a derivative's variable is: ``s_i`` is s (its index i is not a variable of ∂L/∂s_i,
    so a loss reaching s but not i still holds its other inputs fixed)."""
    if isinstance(v, sp.Indexed):
        raw = tuple(str(i) for i in v.indices)
        return {(str(v.base.label), raw if all(r.isdigit() for r in raw) else ())}
    return written_keys(sliced(v) or v)


def seen_in(key: Key, keys: set[Key], scope: Scope) -> bool:
    r"""Whether ``keys`` hold ``key``, or every numbered entry of it where it is a vector or a matrix whose
    size the notes write (a number: ``\mathbf{g} = [g_0, g_1, g_2]``, ``\mathbb{R}^3``). A guessed size
    is no evidence: ``w^T x = w_1 x_1 + w_2 x_2`` of vectors of unstated length stays unseen. Nor are some
    entries: a side writing ``w_0 + w_1 x_1 + w_2 x_2`` for ``w^T x`` may use what the notes say of the
    others (the bias trick's ``x_0 = 1``, tied weights ``w_1 = w_2``)."""
    decl = scope.names.get(key)
    if key in keys:
        return True
    if not (isinstance(decl, VarDecl) and decl.kind in ("vector", "matrix") and decl.dims is not None
            and all(isinstance(d, int) for d in decl.dims)):  # fmt: skip
        return False
    size = 1
    for d in decl.dims:
        size *= int(d)  # type: ignore[call-overload]
    written = {k[1] for k in keys if k[0] == key[0] and k[1] and all(p.isdigit() for p in k[1])
               and not isinstance(scope.names.get(k), Definition)}  # fmt: skip
    return not key[1] and len(written) >= size


def entries_seen(key: Key, keys: set[Key], scope: Scope) -> bool:
    """Whether ``keys`` hold an entry of ``key`` written with a number (``u^(1)_2`` for ``u^(1)``) that
    neither the notes nor a context define (a defined entry is no unknown)."""
    return not key[1] and any(k[0] == key[0] and k[1] and not isinstance(scope.names.get(k), Definition)
                              for k in keys)  # fmt: skip


def key_letter(key: Key) -> str:
    """The letter of a name's key, a sample family's too (``x^()`` of ``x^{(i)}`` is kin of X; review24c:
    compared as written, the family never was, and a matrix form reached through p = σ(Xw) was FAILED)."""
    return key[0].removesuffix("^()").lower()


def leaves_none_free(trees: list[sp.Basic], scope: Scope, reached: set[str]) -> bool:
    r"""Whether a step leaves no name free: the undeclared names it reaches (through the notes' definitions too)
    are all bound in it, as the point of an evaluation bar binds x in ``\left.\frac{d}{dx}\tanh x\right|_{x=0}``.
    Such a step ``… = 0`` is a claim about numbers, not an equation that may hold at the notes' values only
    (fresh64); ``\ell'(2) = 0`` with ℓ defined over the data x_i still reaches x, which is free."""
    if any(t.free_symbols or t.atoms(sp.Indexed) for t in trees):
        return False
    bound = {a.name for t in trees for a in t.atoms(sp.Symbol)}
    return all(k[0] in bound for k in scope.inferred if k[0] in reached)
