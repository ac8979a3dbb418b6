r"""Every inferred size one: where a step whose sides' inferred shapes clash can still be refuted.

``\nabla_w L = (\hat y - y)`` after ``\hat y = w^\top x + b`` drops the factor x. Inference makes w a vector
(it is transposed) and so the left side a vector, while the right side is a number: with the inferred sizes the
sides do not compare, "the shapes inferred do not fit", SKIPPED — a dropped factor, the commonest mistake of a
gradient, was never flagged. But an identity meant for vectors and matrices of every size holds for those of one
entry, and there every reading of the shapes is the same reading: numbers (a transpose changes nothing, every
product conforms, every derivative layout agrees). A step whose sides fail to agree there fails under every reading
that gives it a meaning: FAILED, with this reading named (documents.doubts).

This module owns that reading's scope: each inferred vector and matrix whose sizes are all inferred sizes read as a
real number. A name the notes give a size of their own (a context, ``x \in \mathbb{R}^3``) is left as it is; so is
an indexed family, whose entries a number has not. documents.doubts takes it as a refutation only — it never
rescues a step (holding for one entry proves nothing of n), only a clash *between* two well-formed sides (a product
inside one member that does not conform is a guess of shapes gone wrong, which the reading cannot excuse), never for
an inline formula (prose states properties inline: "with $U^\top U = I$"), and a step the reading cannot resolve
decides nothing.
"""

from __future__ import annotations

from verifier.documents.context import Scope, Size, VarDecl, is_invented_size

__all__ = ["NOTE", "unit_scope"]

NOTE = "every inferred size 1 (each undeclared vector and matrix one number)"


def _inferred_size(dim: object, scope: Scope) -> bool:
    return is_invented_size(dim) and isinstance(scope.names.get(dim), Size)  # type: ignore[arg-type]


def unit_scope(scope: Scope) -> Scope | None:
    """``scope`` with every inferred vector and matrix whose sizes are inferred read as a number; None when none is."""
    out = scope.copy()
    changed = False
    for key, e in scope.names.items():
        if (isinstance(e, VarDecl) and key in scope.inferred and e.kind in ("vector", "matrix") and not key[1]
                and e.dims is not None and all(_inferred_size(d, scope) for d in e.dims if d != 1)):  # fmt: skip
            out.names[key] = VarDecl(key, "scalar", None, e.domain, e.line)
            changed = True
    return out if changed else None
