r"""The start of a recurrence: an entry the prose gives a value, which the recurrence does not relate.

Notes on an optimiser state the update ``\theta_t = \theta_{t-1} - \eta g_t`` and the start "at
$\theta_0 = 1$", then work a step: ``g_1 = 2\theta_0 = 2``. The one-side doubt of
:mod:`verifier.documents.guesses` leaves alone a family the notes define by a recurrence (``c_{t-1}``
of ``\partial c_t / \partial c_{t-1} = f_t``: the recurrence relates the entries, fresh18). But the
recurrence says nothing of the entry it starts from: ``\theta_0`` is what the prose states, and read
as an arbitrary entry the correct ``2\theta_0 = 2`` FAILED. This module owns that exception to the
exception: a family the step writes only at entries with numbers for indices, each one a name the
prose states a value for (:func:`verifier.documents.stated.stated_values`), is not related by its
recurrence, so the step is SKIPPED like any equation that writes a stated name on one side only.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import sympy as sp

from verifier.documents.stated import stated_values
from verifier.latex import LatexError

__all__ = ["stated_start_only"]


@functools.lru_cache(maxsize=8)
def _stated_names(text: str) -> frozenset[str]:
    return frozenset(name for name, _, _ in stated_values(text))


def stated_start_only(trees: Sequence[sp.Basic], family: str, text: str,
                      parse: Callable[[str], sp.Basic]) -> bool:  # fmt: skip
    """Does every entry of ``family`` the step's ``trees`` write have number indices and a value the
    prose of ``text`` states (and is at least one written)?"""
    entries = {a for t in trees if isinstance(t, sp.Basic) for a in t.atoms(sp.Indexed) if str(a.base.label) == family}
    if not entries or not all(i.is_number for a in entries for i in a.indices):
        return False
    stated: set[str] = set()  # by what they print: the step's IndexedBase carries the shape inference gave it
    for name in _stated_names(text):
        try:
            stated.add(str(parse(name)))
        except LatexError:
            continue
    return {str(a) for a in entries} <= stated
