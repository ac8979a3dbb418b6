r"""A size the prose gives a value: "a layer with $n = 1000$ inputs and $m = 1000$ outputs".

Notes that use m and n as sizes (``W \in \mathbb{R}^{m \times n}``) also compute with them: the memory of a
layer, ``(mn)^2 = 10^{12}``, after "with $n = 1000$ inputs". The sizes have small default values in the
inference (a transposition error shows at m = 3, n = 2), so the stated value ``n = 1000`` was an equation
between numbers, and the worked line SKIPPED "a hypothesis: only hypotheses linear in the variables they
eliminate are solved". This module owns the second reading (:func:`at_valued_sizes`, a post-pass of
documents.check): a chain SKIPPED so whose stated values name sizes, and which writes no vector or matrix
those sizes shape, is checked again with each such size a number, at the value the prose states — the
reading any worked line gets, so it may be PROVED, PASSED or FAILED. A chain that writes a vector or matrix
keeps its verdict (its shapes are the sizes'; the stated value is another size than the one it uses).
"""

from __future__ import annotations

import copy
from typing import Any

from verifier.documents.annotations import key_of_text
from verifier.documents.context import Key, Scope, Size, VarDecl, display_key
from verifier.documents.inferevidence import names_in
from verifier.documents.members import _Chain, chain_trees
from verifier.results import StepResult, Verdict

__all__ = ["at_valued_sizes"]

#: the message of a stated value the hypotheses cannot solve for (documents.hypotheses)
_UNSOLVED = "only hypotheses linear in the variables they eliminate are solved"


def _dims_of(scope: Scope, keys: set[Key], written: set[str]) -> bool:
    """Does a vector or matrix of ``scope`` the chain writes (``written``) take one of the sizes ``keys`` for its
    shape?"""
    return any(isinstance(e, VarDecl) and e.dims is not None and any(d in keys for d in e.dims)
               and key[0] in written for key, e in scope.names.items())


def at_valued_sizes(doc: Any, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each step SKIPPED for a stated value of a size checked again at that value, the size a
    number (module docstring); every other step as it was."""
    from verifier.documents.steps import checked_again

    asked = {chain.steps[k].index for k, r in enumerate(steps)
             if r.verdict is Verdict.SKIPPED and _UNSOLVED in r.message}
    if not asked or not chain.hypotheses:
        return steps
    stated = {key_of_text(text.split("=")[0].strip()) for text, _ in chain.hypotheses}
    sizes = {k for k in stated if k is not None and isinstance(scope.names.get(k), Size)}
    if not sizes:
        return steps

    written = set().union(*(names_in(t) for t in chain_trees(chain)))

    def as_numbers(read: Scope) -> Scope:
        if _dims_of(read, sizes, written):
            return read
        out = read.copy()
        for key in sizes:
            out.names[key] = VarDecl(key, "scalar")
            out.inferred[key] = f"{display_key(key)}: a size the notes use, read here as the number the prose states"
        for key, e in read.names.items():  # W ∈ R^{m×n}, not written here: no instance of its shape to build
            if isinstance(e, VarDecl) and e.dims is not None and any(d in sizes for d in e.dims):
                del out.names[key]
        return out

    alt = copy.copy(chain)
    alt.members = [copy.copy(m) for m in chain.members]
    alt.hypotheses = list(chain.hypotheses)
    again = checked_again(doc, alt, doc.scope_of(chain), asked, len(chain.members), adjust=as_numbers)
    if again is None:
        return steps
    out = list(steps)
    for k, r in enumerate(steps):
        if chain.steps[k].index in asked and k < len(again) and again[k].index == r.index \
                and _UNSOLVED not in again[k].message:  # fmt: skip
            out[k] = again[k]
    return out
