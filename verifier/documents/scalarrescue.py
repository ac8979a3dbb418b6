r"""When reading the undeclared vectors and matrices as scalars may rescue a failing step.

Scalars are one of the doubts' other readings (:class:`verifier.documents.doubts._Doubts`): a step whose shapes
clash under the inferred shapes is checked again with every undeclared vector and matrix read as a number. That
reading is a specialisation, so it may rescue only where the clash may come from a wrong *guess* of shapes (a
letter written with a subscript in another display, a shape given by default), never where the notes *say* what
a name is (an annotation ``W \in \mathbb{R}^{m\times n}``, bold type, a transpose) or where the step differentiates
by a matrix: there a product that does not conform is the notes' mistake (``V\delta`` for ``V^T\delta``), which
scalars would hide. This mixin of the doubts owns those tests (:meth:`_ScalarsRescue._scalars_may_rescue`,
:meth:`_ScalarsRescue._guessed_misfits`); the doubts' loop over the readings asks them.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from verifier.documents.context import Scope, VarDecl, display_key
from verifier.documents.infer import NO_EVIDENCE_MARK, names_in
from verifier.documents.members import _Chain, member_trees
from verifier.documents.shapeclashes import BETWEEN_SIDES
from verifier.documents.steps import shape_failure
from verifier.results import StepResult, Verdict

__all__ = ["_ScalarsRescue"]

# why a name was inferred a vector or matrix, when the notes *say* so (verifier.documents.infer): an
# annotation W ∈ ℝ^{m×n}, bold type, a transpose. Such a name is never read as a scalar: a product that
# does not conform then is the notes' mistake (V δ for Vᵀ δ, x δᵀ for δ xᵀ), which scalars would hide.
_NABLA_NAME = re.compile(r"\\nabla\s*_\s*\{?\s*\\?([A-Za-z]+(?:_\{?[0-9A-Za-z]\}?)?)")  # \nabla_W, \nabla_{W_2}
_GUESSED_ELSEWHERE = "elsewhere in the notes"  # infer: a subscript written in another display
_DERIVATIVE = re.compile(r"\\partial|\\nabla|\\frac\{\s*d|\bd/d|'")


class _ScalarsRescue:
    """The tests of the scalars reading (a mixin of the doubts: it uses their ``_step_reach``)."""

    _step_reach: Any

    def _shapes_guessed_elsewhere(self, chain: _Chain, scope: Scope, k: int) -> bool:
        r"""Is every vector or matrix step ``k`` reaches one only by a guess made from another display (a
        letter written with a subscript there)? Then a layout under which the step's sides fit refutes
        nothing the step writes: ``\partial\ell/\partial z`` for a logit z and a label y ∈ {0, 1}, later
        averaged over z_i and y_i, is about scalars, and reading it so may rescue it (fresh58)."""
        reached = self._step_reach(chain, k, scope)
        shaped = [key for key, e in scope.names.items() if key[0] in reached and key in scope.inferred
                  and isinstance(e, VarDecl) and e.kind in ("vector", "matrix")]  # fmt: skip
        return bool(shaped) and all(_GUESSED_ELSEWHERE in scope.inferred[key] for key in shaped)

    def _guessed_misfits(self, chain: _Chain, scope: Scope, steps: list[StepResult]) -> set[int]:
        """The steps the scalars reading may rescue although their shapes fit: where another step of the chain
        clashes under the shapes guessed from other displays, and every vector or matrix the step reaches is such
        a guess, the guess is shown not to fit the chain (its members are shared: a member is not a scalar in one
        step and a vector in the next)."""
        if not any(r.verdict is Verdict.FAILED and shape_failure(r) for r in steps):
            return set()
        return {k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED and not shape_failure(r)
                and self._shapes_guessed_elsewhere(chain, scope, k)}  # fmt: skip

    def _scalars_may_rescue(self, chain: _Chain, scope: Scope, k: int, r: StepResult) -> bool:
        """May reading the undeclared vectors and matrices as scalars rescue the failing step ``k``?

        Scalars are a specialisation, so only a step whose shapes clash is rescued, and only a clash
        a wrong guess of shapes may explain: one inside a member (a product that does not conform
        at the shapes inferred); a clash between two well-formed members of a derivative step (notes
        write the shapes of derivatives in more conventions than the layouts tried); or one where a
        name of the step got its shape by default ("no other evidence"). Two well-formed members of
        different shapes in plain algebra, every name's shape resting on evidence (a transpose,
        bold, an annotation), *are* the mistake: ``(AB)^T = A^T B^T`` and ``u^T v = v u^T`` hold for
        scalars only because scalars commute.

        And only where a guess may be wrong at all: some name the step reaches is a vector or matrix
        by a guess made elsewhere in the notes (a letter written with a subscript in another display,
        reused here). Where every shape comes from this computation itself (W_2 multiplies h in
        ŷ = W_2 h + b_2), a product that does not conform is the missing transpose scalars would hide:
        ∂L/∂W_2 = (ŷ − y) h for (ŷ − y) hᵀ. Nor a step that differentiates by a name read as a matrix:
        a gradient by a matrix is about the transposes and outer products that scalars make vanish.
        Nor a step that reaches a capital letter read as a matrix: the capital is the notes' own sign of a
        matrix, and as a number it hides the missing transpose of ∂(Wx − y)²/∂x = 2W(Wx − y)."""
        if not shape_failure(r):
            return False
        reached = self._step_reach(chain, k, scope)
        if not any(key[0] in reached and _GUESSED_ELSEWHERE in why for key, why in scope.inferred.items()):
            return False
        if any(key[0] in reached and key[0][:1].isupper() and isinstance(e, VarDecl) and e.kind == "matrix"
               for key, e in scope.names.items() if key in scope.inferred):  # fmt: skip
            return False
        if _by_inferred_matrix(chain, k, scope):
            return False
        if not r.message.startswith(BETWEEN_SIDES):
            return True
        st = chain.steps[k]
        members = [chain.members[i] for i in (st.left, st.right)]
        if any(_DERIVATIVE.search(m.latex) for m in members):
            return True
        trees = [t for m in members if m.parsed is not None for t in member_trees(m.parsed)]
        if any(t.atoms(sp.Derivative) for t in trees):
            return True
        used = {n for t in trees for n in names_in(t)}
        return any(key[0] in used and NO_EVIDENCE_MARK in why for key, why in scope.inferred.items())


def _by_inferred_matrix(chain: _Chain, k: int, scope: Scope) -> bool:
    r"""Does step ``k`` differentiate (``\partial``, ``\nabla_W``) by a name inferred to be a matrix?"""
    st = chain.steps[k]
    members = [chain.members[i] for i in (st.left, st.right)]
    variables = {v for m in members if m.parsed is not None for t in member_trees(m.parsed)
                 for d in t.atoms(sp.Derivative) for v, _ in d.variable_count}  # fmt: skip
    keys = {(v.name, ()) for v in variables if isinstance(v, sp.Symbol)}
    keys |= {(str(v.base.label), tuple(str(i) for i in v.indices)) for v in variables if isinstance(v, sp.Indexed)}
    nabla = {g.group(1) for m in members for g in _NABLA_NAME.finditer(m.latex)}
    return any(isinstance(e, VarDecl) and e.kind == "matrix" and key in scope.inferred
               and (key in keys or display_key(key) in nabla) for key, e in scope.names.items())  # fmt: skip
