r"""A Hessian the prose takes "with respect to" a name is by that name (review18c).

``statedentries`` read "Let $P$ be the Hessian of $g$ with respect to $y$" by the only name g is
applied to (``g(x)``), so P was the Hessian by x, and the wrong ``\mathbf{u}^T P\mathbf{u} =
\mathbf{u}^T A\mathbf{u}`` (the Hessian by y of ½xᵀAx + xᵀBy is 0) was PROVED. Every example is
written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Hessian

Consider $g(x) = \frac{{1}}{{2}} x^T A x + x^T B y$ with $A$ symmetric.
Let $P$ be the Hessian of $g$ {by}.

$$\mathbf{{u}}^T P \mathbf{{u}} = \mathbf{{u}}^T A \mathbf{{u}}$$
"""


def test_a_hessian_with_respect_to_another_name_is_not_by_the_argument() -> None:
    (step,) = doc_steps(_NOTES.format(by="with respect to $y$"), "notes.md")
    assert step.verdict not in _GREEN, step.message


def test_a_hessian_with_respect_to_the_argument_is_still_read() -> None:
    for by in ("with respect to $x$", "w.r.t. $x$", ""):
        (step,) = doc_steps(_NOTES.format(by=by), "notes.md")
        assert step.verdict is Verdict.PROVED, (by, step.message)
