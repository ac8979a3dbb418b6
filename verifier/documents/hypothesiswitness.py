r"""A FAILED step excused by a property the prose states (documents.unreadhypotheses) tried at a matrix that has it.

``2X^\top XR - 2X^\top Y = X^\top(XR - Y)`` beside "the rotation $R$" was SKIPPED "the step may rest on it",
though it fails at every orthogonal R (fresh75's Procrustes, item (c) of its readings): the property excuses a step
only if the step could hold for the matrices that have it. The identity has every property read there but the
strict ones — it is orthogonal, orthonormal, unitary, a rotation, a permutation, idempotent, a projection, upper,
lower and unit triangular — so this module owns trying the step there (:func:`fails_at_witness`): the name read
as the identity of its size (``I_d`` for a d×d matrix, wherever the step writes or reaches it) and the step checked
again. Where it fails there too the step stays FAILED, at that point, said so; where it holds or cannot be read,
or the name is no square matrix of a named size, the excuse stands. Unit vectors, skew-symmetric, strictly
triangular and nilpotent matrices have no such point here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from verifier.documents.context import Definition, VarDecl
from verifier.documents.resolve import ResolveError
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["fails_at_witness"]

# the properties the identity has (strictly triangular, nilpotent, skew-symmetric and unit vectors: not it)
_IDENTITY_HAS = re.compile(r"^(?:a\s+)?(?:ortho(?:gonal|normal)|unitary|rotation|permutation|idempotent|"
                           r"(?:an?\s+)?projection|(?:unit\s+)?(?:upper|lower)?\s*triangular)$")


def _identity(scope: Any, name: str) -> str | None:
    """The identity of ``name``'s size (``I_{d}``) where ``name`` is a square matrix of the notes (declared or
    inferred) of a size they name, and ``I`` no name of theirs; None otherwise."""
    entry = scope.names.get((name, ()))
    if not isinstance(entry, VarDecl) or entry.kind != "matrix" or ("I", ()) in scope.names:
        return None
    dims = entry.dims
    if len(dims) != 2 or dims[0] != dims[1] or not isinstance(dims[0], tuple) or dims[0][1]:
        return None
    size = str(dims[0][0])
    return rf" I_{{{size}}} " if re.fullmatch(r"[A-Za-z]", size) else None


def fails_at_witness(doc: Any, chain: Any, scope: Any, k: int, r: StepResult,
                     named: dict[str, str]) -> StepResult | None:  # fmt: skip
    """Step ``k`` of ``chain`` (``r``, FAILED, excused by ``named``: name → the property stated) checked again with
    one name the identity stands for (see the module): ``r`` FAILED at the point found there, its message saying
    so; None where no such name fails there."""
    from verifier.documents.steps import _Checker  # late: steps imports much of documents

    step = chain.steps[k]
    for name, kind in sorted(named.items()):
        if not _IDENTITY_HAS.match(kind) or (identity := _identity(scope, name)) is None:
            continue
        alt = scope.copy()  # the name defined as the identity: read so wherever the step writes or reaches it
        alt.names[(name, ())] = Definition((name, ()), body=identity, line=step.line)
        alt.inferred.pop((name, ()), None)
        try:
            result = _Checker(doc, chain, alt, {step.index}, frozenset({step.index})).run()[k]
        except (LatexError, ResolveError):
            continue
        if result.verdict is Verdict.FAILED:
            why = (f"it fails at {name} = {identity.strip()} too, a matrix with the property the prose states ({name} "
                   f"{kind}): that property does not make it hold ({result.message or 'the sides differ'})")
            return replace(r, counterexample=result.counterexample, curve=None, message=why)
    return None

