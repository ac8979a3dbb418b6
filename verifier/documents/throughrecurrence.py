r"""A recurrence written through another family's definition: ``h_t = \tanh(a_t)``, ``a_t = W h_{t-1} + U x_t``.

RNN and LSTM notes name the pre-activation: "$$h_t = \tanh(a_t), \qquad a_t = w h_{t-1} + u x_t$$". Each
line alone is an ordinary definition, so the definitions learner took both; a step about ``h_t`` then
expanded ``h_t`` into ``a_t``, ``a_t`` into ``h_{t-1}``, and so on down to ``x_0``, which the notes never
write: every step of the derivation was SKIPPED "index 0 is outside 1..3 for x" (fresh18's RNN probe).
Written at once, ``h_t = \tanh(w h_{t-1} + u x_t)`` is a recurrence (documents.recurrence), unfolded down
to the lowest entry a chain writes, as a careful reader does.

This module owns seeing the one in the other: when the notes define a family ``h`` at an index ``t`` from
another family ``a`` at the same index, and ``a`` from ``h`` at lower indices only (in either order of the
two definitions), ``h`` is a recurrence with ``a``'s body put in for ``a_t``. It is recorded as the
recurrence of ``h`` (unless the notes gave one already) and ``h``'s ordinary definition is dropped; ``a``
keeps its definition, whose ``h_{t-1}`` the unfolding then reads as it reads ``h`` anywhere.
"""

from __future__ import annotations

from typing import Any

import sympy as sp

from verifier.documents.context import Definition
from verifier.documents.recurrence import recurrence_of
from verifier.latex import LatexError

__all__ = ["through_another"]


def through_another(doc: Any, d: Definition) -> None:
    """After the notes' definition ``d`` is learned: where it closes a recurrence through another family's
    definition (see the module docstring), record that recurrence and drop the outer definition."""
    if not _one_index(d):
        return
    for e in reversed(doc.note_definitions):
        if e is d or not _one_index(e) or e.key[0] == d.key[0]:
            continue
        for outer, inner in ((e, d), (d, e)):
            name = outer.key[0]
            if name in doc.recurrences:
                continue
            rec = _composed(doc, outer, inner)
            if rec is not None:
                doc.recurrences[name] = rec
                doc.note_definitions.remove(outer)
                doc.composed_through[name] = (outer, inner)  # a derivative by a_t reads them (recurrencevariable)
                return


def _one_index(d: Definition) -> bool:
    return not d.is_function and not d.params and len(d.index_params) == 1


def _entries(tree: sp.Basic, name: str) -> list[sp.Indexed]:
    return [a for a in tree.atoms(sp.Indexed) if str(a.base.label) == name]


def _composed(doc: Any, outer: Definition, inner: Definition) -> Any:
    """The recurrence of ``outer``'s family when its body writes ``inner``'s family at its own index only and
    ``inner``'s body writes ``outer``'s family at lower indices only; else None."""
    h, a = outer.key[0], inner.key[0]
    try:
        o_body = doc.parse(outer.body, None, frozenset())
        i_body = doc.parse(inner.body, None, frozenset())
    except LatexError:
        return None
    at_a, at_h = _entries(o_body, a), _entries(i_body, h)
    if not at_a or not at_h or _entries(o_body, h) or _entries(i_body, a):
        return None
    if any(len(e.indices) != 1 or str(e.indices[0]) != outer.index_params[0] for e in at_a):
        return None
    (t,) = {e.indices[0] for e in at_a}
    if not isinstance(t, sp.Symbol):
        return None
    inner_t = next((s for s in i_body.free_symbols if str(s) == inner.index_params[0]), None)
    if inner_t is None or any(len(e.indices) != 1 for e in at_h):
        return None
    body = o_body.xreplace({e: i_body.xreplace({inner_t: t}) for e in at_a})
    left = sp.Indexed(next(iter(at_h)).base, t)
    text = f"{h}_{{{outer.index_params[0]}}} = {outer.body.strip()} with {a}_{{{inner.index_params[0]}}} = " \
           f"{inner.body.strip()}"
    # recurrence_of refuses a body that writes h at t or above: a relation, not a rule
    return recurrence_of(h, left, body, max(outer.line, inner.line), text)
