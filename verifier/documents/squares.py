r"""What notes mean by ``A^{-1}``, ``A^{-k}`` and ``|A|`` of a square matrix: the inverse, a power of it,
the determinant; and ``e^A``, which is read entry-wise though it may be the matrix exponential.

Matrix-calculus notes write ``(X^T W X)^{-1} X^T W y``, ``\frac{d}{dA}|A| = |A| A^{-T}``,
``\log|\Sigma|``: for a square matrix a reader takes ``A^{-1}`` as its inverse and ``|A|`` as its
determinant (an entry-wise reciprocal or absolute value of a matrix is written another way, if at
all). The resolver used to refuse ``A^{-1}`` of a square matrix as ambiguous and read ``|A|`` entry-wise.

Those readings are chosen, not written, so they may only make a step green: a step that *fails*
under them is SKIPPED with the reason (:func:`unsure`), never FAILED, since the notes may have
meant the entry-wise operation. A singular draw has no inverse and is refused (the instance is
skipped, as any value the resolver cannot give).

``A^{-2}`` is the square of the inverse, as ``A^2`` is the matrix square (gaps19: it was read
entry-wise while ``A^{-1}`` beside it was the inverse, and ``∂tr(X^{-1})/∂X = -(X^{-2})^T`` was not
green). ``e^{X}`` of a square matrix that the argument names alone (``e^{tA}``) is read entry-wise, the
only reading computed, but a step that writes it and fails so is SKIPPED: matrix calculus writes the
matrix exponential so (gaps19: ``∂tr(e^X)/∂X = e^{X^T}``, right, was FAILED).

This module owns those readings, the notes they leave with the step, and which written
bases they make square for shape inference (:func:`square_base`)."""

from __future__ import annotations

import re

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.core.parameters import global_parameters
from sympy.matrices.utilities import _dotprodsimp_state

from verifier.documents.cofactors import MAX_COFACTOR_SIDE, cofactor_inverse
from verifier.results import StepResult, Verdict

__all__ = ["BOTH_WAYS", "DETERMINANT", "EXPONENTIAL", "INVERSE", "INVERSE_KEY", "determinant_of", "inverse_of",
           "is_square", "names_a_matrix", "one_matrix_name", "square_base", "unsure", "unsure_exponential"]

MAX_SYMBOLIC_SIDE = 3  # the largest named symbolic matrix inverted
INVERSE = "A^{-1} of a square matrix read as its inverse"
DETERMINANT = "|A| of a square matrix read as its determinant"
EXPONENTIAL = "e^A of a square matrix read entry-wise"
_WHY = ("fails with the chosen reading of a square matrix ({}), and the notes may mean the entry-wise "
        "operation: not called FAILED")  # fmt: skip
#: scope.conventions key: "entrywise" reads A^{-1} of a square matrix as the entry-wise reciprocal (entrywiseinverse)
INVERSE_KEY = "inverse"
#: said by a step that fails with A^{-1} read either way: it stays FAILED (documents.entrywiseinverse)
BOTH_WAYS = "fails with A^{-1} read as the inverse and as the entry-wise reciprocal"
_WHY_EXPONENTIAL = ("fails with e^A of a square matrix read entry-wise, and matrix calculus means the matrix "
                    "exponential there (not computed): not called FAILED")  # fmt: skip


def is_square(v: object) -> bool:
    return isinstance(v, sp.MatrixBase) and v.rows == v.cols and v.rows > 1


def inverse_of(base: sp.MatrixBase, named: bool = True) -> sp.ImmutableMatrix | None:
    """The inverse of a square matrix value, or None when it is singular (numerically or exactly) or
    symbolic and too costly: only a named matrix (``named``: the written base is one name, or its
    transpose) of side at most 3 is inverted symbolically; the inverse of a symbolic product such as
    ``(X^T X)^{-1}`` grew so large that checks ran for minutes."""
    if base.free_symbols and (not named or base.rows > MAX_SYMBOLIC_SIDE
                              or not all(isinstance(e, sp.Symbol | sp.Number) for e in base)):
        if base.shape == (2, 2):  # (X^T W X)^{-1} of side 2: its adjugate over its determinant stays small
            return _inverse_2x2(base)
        if base.rows <= MAX_COFACTOR_SIDE:  # (AB)^{-1}: its cofactors left unexpanded (documents.cofactors)
            return cofactor_inverse(base)
        return None  # a matrix of functions of the variable (A(X) under d/dX) is no plain name either
    try:
        det = base.det()
        if det == 0 or (det.is_number and abs(complex(det)) < 1e-12):
            return None
        return sp.ImmutableMatrix(base.inv())
    except (ValueError, ZeroDivisionError, TypeError):
        return None


def _inverse_2x2(base: sp.MatrixBase) -> sp.ImmutableMatrix | None:
    """The adjugate of a symbolic 2×2 matrix over its determinant (None when that is exactly 0)."""
    a, b, c, d = base
    det = sp.expand(a * d - b * c)
    if det == 0:
        return None
    return sp.ImmutableMatrix([[d / det, -b / det], [-c / det, a / det]])


def names_a_matrix(written: sp.Basic) -> bool:
    """Does the written base of ``(…)^{-1}`` name a matrix, a capital letter (``X^T W X``, ``\\Sigma``)?
    A lowercase base (``(\\sigma^{(i)})^2``) that only the inference made a matrix is not read as one."""
    return any(isinstance(s, sp.Symbol) and s.name[:1].isupper() for s in sp.preorder_traversal(written))


BAREISS_SIDE = 3  # the largest side whose determinant is SymPy's default (Bareiss, simplified as it goes)
_DETERMINANTS: dict[tuple[object, ...], sp.Basic] = {}  # determinant_of's memo (speed44)
MAX_DETERMINANTS = 256  # determinants remembered, oldest dropped first


def determinant_of(base: sp.MatrixBase) -> sp.Basic:
    """The determinant; past side 3 by Berkowitz's method, left unexpanded: Bareiss simplifies every division
    it makes, and took a minute on a symbolic 5×5 matrix (a size checked numerically: documents.othersizes).

    Remembered for an immutable matrix (speed44): the readings of a chain resolve |Σ| again, and
    Bareiss cancels every entry of a 3×3 matrix of long entries each time (0.7-0.9 s). SymPy's determinant is
    a function of the matrix (equal entries, with their kinds: ``2`` is not ``2.0``, a positive ``x`` not
    ``x``) and of its switches (``dotprodsimp``, ``evaluate``, ``distribute``), all in the key; a mutable
    matrix (no hash) is computed as before."""
    if not isinstance(base, sp.ImmutableDenseMatrix):
        return _determinant(base)
    key = (base, _dotprodsimp_state.state, global_parameters.evaluate, global_parameters.distribute)
    found = _DETERMINANTS.get(key)
    if found is None:
        found = _determinant(base)
        if len(_DETERMINANTS) >= MAX_DETERMINANTS:
            _DETERMINANTS.pop(next(iter(_DETERMINANTS)))
        _DETERMINANTS[key] = found
    return found


def _determinant(base: sp.MatrixBase) -> sp.Basic:
    return base.det() if base.rows <= BAREISS_SIDE else base.det(method="berkowitz")


def inverted_base(node: sp.Basic) -> sp.Basic | None:
    """What ``A^{-1}``, ``A^{-T}`` or ``|A|`` inverts or takes the determinant of (``A``; also the base under a
    transpose), whatever it is; None for any other node."""
    if isinstance(node, sp.Pow) and isinstance(node.exp, sp.Integer) and node.exp < 0:  # A^{-1}, A^{-2}
        inner = node.base
    elif isinstance(node, sp.Abs):
        inner = node.args[0]
    else:
        return None
    if isinstance(inner, AppliedUndef) and inner.func.__name__ == "transpose" and len(inner.args) == 1:
        inner = inner.args[0]
    return inner


def square_base(node: sp.Basic) -> sp.Symbol | None:
    """The name ``A`` of ``A^{-1}``, ``A^{-T}`` or ``|A|`` (also of ``A^T``): a base that, if the
    inference makes it a matrix, is square."""
    inner = inverted_base(node)
    return inner if isinstance(inner, sp.Symbol) else None


def one_matrix_name(written: sp.Basic) -> bool:
    r"""Does the written argument of ``e^{…}`` name one matrix (``e^{X}``, ``e^{tA}``, ``\exp(-A^T)``)? That is
    how notes write a matrix exponential; ``\exp(QK^T)`` of attention scores (two names) is entry-wise."""
    names = {s for s in written.free_symbols if isinstance(s, sp.Symbol) and s.name[:1].isupper()}
    return len(names) == 1


def unsure(r: StepResult) -> StepResult:
    """A FAILED step read with one of this module's readings becomes SKIPPED with the reason."""
    if r.verdict is not Verdict.FAILED:
        return r
    used = [n for n in (INVERSE, DETERMINANT) if n in (r.message or "")]
    if not used or BOTH_WAYS in (r.message or ""):  # wrong whichever A^{-1} means (documents.entrywiseinverse)
        return r
    return r.skipped(_WHY.format("; ".join(used)))


_WRITES_EXPONENTIAL = re.compile(r"(?<![A-Za-z\\])e\s*\^|\\exp(?![A-Za-z])")


def unsure_exponential(members: tuple[str, str], r: StepResult) -> StepResult:
    """A FAILED step that writes ``e^{…}`` or ``\\exp`` itself (``members``: its two sides as written), read
    with :data:`EXPONENTIAL`, becomes SKIPPED. Where the exponential comes from a definition in prose (``$A
    = \\exp(Z)$`` before ``P = A \\odot U`` of attention) the entry-wise reading stays, and so does a FAILED."""
    if r.verdict is not Verdict.FAILED or EXPONENTIAL not in (r.message or ""):
        return r
    if not any(_WRITES_EXPONENTIAL.search(m) for m in members):
        return r
    return r.skipped(_WHY_EXPONENTIAL)
