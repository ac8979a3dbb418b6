r"""Shape failures a guess cannot explain: a missing transpose among the shapes the notes write.

A step :mod:`verifier.documents.steps` FAILED on shapes may rest on a guess (shapes only inferred, a layout the
notes never state) or be the notes' own mistake. This module owns telling the two apart from the failure's
message and the scope: two members of different shapes no layout mends (``no_layout_mends``), a member
ill-formed at the shapes the notes annotate (``annotated_clash``), and the messages it reads
(``BETWEEN_SIDES``, ``JACOBIAN_PRODUCT``). Read by :class:`verifier.documents.guesses._Guesses` and
:mod:`verifier.documents.doubts`.
"""

from __future__ import annotations

import re

from verifier.documents.context import Key, Scope, VarDecl
from verifier.results import StepResult

_WRITTEN_ONE = re.compile(r"annotated \\in \\mathbb\{R\}\^\{(?:1 \\times|[^{}]*\\times 1\})")
BETWEEN_SIDES = "shape mismatch: the left member is"  # steps.py: two well-formed members of different shapes

JACOBIAN_PRODUCT = re.compile(r"entry-wise product: a (?:(\d+)×1 and a \1×\1|(\d+)×\2 and a \2×1) value")
_SIDES = re.compile(re.escape(BETWEEN_SIDES) + r" (\d+)×(\d+), the right member is (\d+)×(\d+)")


def no_layout_mends(message: str) -> bool:
    r"""Whether the two members' shapes in a between-sides mismatch are vectors of different lengths
    (``1×2`` against ``3×1``) or matrices that are not each other's transpose (``2×2`` against ``3×3``): a
    layout only transposes, so none makes them agree (trust14: ∇ by a row W[i,:] keeps both layouts, and
    ``δ_i W x`` for ``δ_i x`` is still the notes' mistake; gaps56: ``∂(A^T(Az - c))/∂z = A A^T``). A scalar
    or a vector beside a matrix stays a question (``\nabla^2 \frac{λ}{2}\|w\|^2 = λ`` meaning λI)."""
    m = _SIDES.search(message)
    if m is None:
        return False
    a, b, c, d = (int(g) for g in m.groups())
    if 1 in (a, b) and 1 in (c, d):
        return a * b != c * d
    return 1 not in (a, b, c, d) and sorted((a, b)) != sorted((c, d))


def annotated_clash(r: StepResult, scope: Scope, inferred: set[Key], rows: bool = False) -> bool:
    r"""Whether a member is ill-formed at the shapes the notes *write*: every undeclared quantity of the
    step has its size annotated (``W_2 \in \mathbb{R}^{2 \times 4}``) or is defined, and a product or
    sum inside one member does not conform (``W_2 (\hat{y} - y)`` for ``W_2^\top (\hat{y} - y)``).
    No guessed shape is involved, and no layout can mend a member that is not defined, so the missing
    transpose is the notes' mistake (FAILED). Two well-formed members of different shapes are a layout
    question instead, and stay with the doubts. ``rows``: a row or column the notes annotate so
    (``\mathbb{R}^{1 \times n}``) counts as written — only for two members of different shapes, whose
    section :meth:`_annotated_here` checks (inside a member, another problem's row must not count)."""
    if BETWEEN_SIDES in r.message:
        return False
    decls = [d for k in inferred if isinstance(d := scope.names.get(k), VarDecl)]
    # an annotated vector read as a row was turned by inference (x^\top somewhere), not by the notes
    return bool(decls) and all("annotated" in scope.inferred.get(d.key, "")
                               and not (d.dims is not None and 1 in d.dims and d.kind != "vector"
                                        and not (rows and _WRITTEN_ONE.search(scope.inferred.get(d.key, ""))))
                               and not (d.kind == "vector" and d.dims is not None and d.dims[0] == 1)
                               for d in decls)  # fmt: skip
