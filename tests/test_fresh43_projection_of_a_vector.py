r""""the target projection $z \in \mathbb{R}^d$": a vector a network projects is no projection matrix (fresh43).

:mod:`verifier.documents.unreadhypotheses` SKIPs a failing step whose prose states a property the checker does
not read ("for a projection matrix $P$", "$P$ is idempotent"). "projection" is also the name of a vector — the
output of a projection head, "the projection of x onto w" — and a vector has none of the matrix properties
(idempotent, projection, rotation, permutation, triangular, …): a wrong step about such a z was SKIPPED, never
FAILED. A matrix so called keeps its excuse. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_VECTOR = """# Heads

The encoder's output goes through a head; call the projection $z \\in \\mathbb{R}^d$.

$$
(z + z)^\\top z = 3\\, z^\\top z
$$
"""

_MATRIX = """# Heads

Take a projection matrix $P \\in \\mathbb{R}^{d \\times d}$.

$$
P P = P + P
$$
"""


def test_a_projected_vector_has_no_matrix_property() -> None:
    assert verdicts_by_line(_VECTOR)[6] == ["FAILED"]


def test_a_projection_matrix_keeps_its_excuse() -> None:
    assert verdicts_by_line(_MATRIX)[6] == ["SKIPPED"]
