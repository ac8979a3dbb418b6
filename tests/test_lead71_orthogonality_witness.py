r"""A property stated by its defining equation (``R^\top R = I``) names no particular matrix: the identity is still its
witness (documents.unreadhypotheses, documents.hypothesiswitness).

red71 made the identity no witness where the prose singles out one member of a property ("rotation by $\pi$", `R =
-I`, `\det Q = -1`), reading any equation of the name and I alone as such. But "the rotation $R$ ($R^\top R = I$)"
states the property itself, which I satisfies: fresh75's Procrustes plant `2X^\top XR - 2X^\top Y = X^\top(XR - Y)`,
FAILED at R = I since stop 70, went back to SKIPPED "a property the checker does not read" at the merge. An equation
the identity satisfies as written (transposes, inverses and powers of I are I) is no particular member. Every example
is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.unreadhypotheses import particular_members

_NOTE = r"""# Aligning two clouds

We look for the rotation $R$ (PROPERTY) that carries $X$ onto $Y$, with $X, Y \in \mathbb{R}^{n \times d}$, minimising
$f(R) = \lVert X R - Y \rVert_F^2$. Before imposing orthogonality,

$$
\nabla_R f = 2 X^\top X R - 2 X^\top Y = RIGHT .
$$
"""


@pytest.mark.parametrize("prop", [r"$R^\top R = I$", r"$R R^\top = I$"])
def test_a_dropped_factor_is_failed_when_the_property_is_stated_by_its_equation(prop: str) -> None:
    note = _NOTE.replace("PROPERTY", prop).replace("RIGHT", r"X^\top (X R - Y)")
    assert verdicts_by_line(note)[7] == ["PROVED", "FAILED"]


def test_the_right_gradient_stays_proved() -> None:
    note = _NOTE.replace("PROPERTY", r"$R^\top R = I$").replace("RIGHT", r"2 X^\top (X R - Y)")
    assert verdicts_by_line(note)[7] == ["PROVED", "PROVED"]


@pytest.mark.parametrize(("prose", "named"), [
    (r"a rotation $R$ with $R^\top R = I$.", set()),
    (r"a projection $P$ with $P^2 = P$.", set()),
    (r"an orthogonal $Q$ with $\det Q = -1$.", {"Q"}),
    (r"a rotation $R$ with $R = -I$.", {"R"}),
])
def test_which_equations_single_out_a_member(prose: str, named: set[str]) -> None:
    assert particular_members(prose) == named
