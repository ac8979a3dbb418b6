r"""A FAILED step excused by an unread property the identity has is tried at the identity (green70).

``2X^\top XR - 2X^\top Y = X^\top(XR - Y)`` beside "the rotation $R$" was SKIPPED by documents.unreadhypotheses
("the step may rest on it") though it fails at every orthogonal R (fresh75's Procrustes, its readings' item (c)).
documents.hypothesiswitness checks the step again with R read as I_d, which is orthogonal, a rotation, a
permutation, idempotent, a projection and triangular: failing there too, it stays FAILED at that point. A step that
holds at the identity (one that may rest on the property) keeps the excuse.
"""

from __future__ import annotations

import pytest
from support import doc_steps

HEAD = r"""# Aligning two clouds

The points are the rows of $X, Y \in \mathbb{R}^{n \times d}$, and we look for {what} $R \in \mathbb{R}^{d \times d}$.

$$
{display}
$$
"""


def _steps(what: str, display: str) -> list[tuple[str, str]]:
    return [(s.verdict.name, s.message or "") for s in doc_steps(HEAD.replace("{what}", what)
                                                                  .replace("{display}", display))]


@pytest.mark.parametrize("what", ["the rotation", "an orthogonal matrix", "a permutation matrix"])
def test_a_step_failing_at_the_identity_is_not_excused_by_the_property(what: str) -> None:
    steps = _steps(what, r"2 X^\top X R - 2 X^\top Y = X^\top (X R - Y)")
    assert [v for v, _ in steps] == ["FAILED"], steps
    assert "R = I_{d} too" in steps[0][1], steps


def test_the_right_step_stays_green() -> None:
    steps = _steps("the rotation", r"2 X^\top X R - 2 X^\top Y = 2 X^\top (X R - Y)")
    assert [v for v, _ in steps] == ["PROVED"], steps


def test_a_step_that_holds_at_the_identity_keeps_the_excuse() -> None:
    r"""tr(Rᵀ XᵀX R) = tr(XᵀX) holds for every orthogonal R (I among them): the property is what it rests on."""
    steps = _steps("the rotation", r"\operatorname{tr}(R^\top X^\top X R) - 2 \operatorname{tr}(R^\top X^\top Y) = "
                                   r"\operatorname{tr}(X^\top X) - 2 \operatorname{tr}(R^\top X^\top Y)")
    assert [v for v, _ in steps] == ["SKIPPED"], steps
    assert "a property the checker does not read" in steps[0][1], steps


def test_a_property_the_identity_lacks_keeps_the_excuse() -> None:
    r"""A nilpotent R: I is none, so nothing is tried (N² = 0 would hold for such an R)."""
    steps = _steps("a nilpotent matrix", r"R^2 X^\top = 0")
    assert all(v != "FAILED" for v, _ in steps), steps
