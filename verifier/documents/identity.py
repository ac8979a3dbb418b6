r"""The identity Jacobian written as 1: ``\frac{\partial (W^T x + b)}{\partial b} = 1``.

Notes differentiate a vector by itself (or a sum in which it appears once, unscaled) and write the
result as ``1``, meaning the identity matrix, as they write ``\frac{db}{db} = 1`` for numbers. Read
literally, a square matrix against the number 1 is a shape clash and the step is SKIPPED. This module
owns the reading of that ``1`` as the identity, kept narrow so that it can only confirm what holds:

* one side is exactly the number 1, the other a square matrix of side at least 2;
* the matrix is the identity *structurally*: written out, every diagonal entry is 1 and every other
  entry 0 (no numeric test, no simplification that could hide a dependence).

Anything else (``2I``, a Jacobian with a non-zero entry off the diagonal, ``1`` against a vector) is not
read so: the step keeps its reason. The reading is reported with the step.
"""

from __future__ import annotations

import sympy as sp

from verifier.catalog import D
from verifier.documents.values import Value, shape_of_value

__all__ = ["identity_as_one"]

NOTE = "1 read as the identity matrix (the Jacobian of a vector by itself)"


def identity_as_one(a: Value, b: Value) -> tuple[Value, Value, str] | None:
    """``(a, b)`` with the number 1 replaced by the identity matrix of the other side's size, where
    that side is structurally the identity; None where the reading does not apply."""
    for one_left, one, other in ((True, a, b), (False, b, a)):
        if not (isinstance(one, sp.Basic) and one == sp.Integer(1)):
            continue
        shape = shape_of_value(other)
        if len(shape) != 2 or shape[0] != shape[1] or shape[0] < 2:
            continue
        full = other.explicit() if isinstance(other, D) else other
        if not isinstance(full, sp.MatrixBase):
            continue
        n = shape[0]
        if any(full[i, j] != (1 if i == j else 0) for i in range(n) for j in range(n)):
            continue
        eye = sp.ImmutableMatrix(sp.eye(n))
        return (eye, other, NOTE) if one_left else (other, eye, NOTE)
    return None
