r"""A step whose inferred shapes clash is refuted where every inferred size is one size.

``(AB)^T = A^T B^T`` and ``\nabla_W \operatorname{tr}(AW) = A`` with nothing declared were SKIPPED "the
shapes inferred do not fit": inference sizes A and W so that the left member conforms, and then the right
one does not. Their sides have one shape only when every matrix is square of one size, and there both fail:
every reading that gives them a meaning fails, so they are FAILED (documents.squareshapes). The correct
versions stay green, and the reading never rescues a step. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.context import Scope, Size, VarDecl
from verifier.documents.squareshapes import square_scope

GREEN = ("PROVED", "PASSED")


def _verdict(display: str) -> tuple[str, str]:
    (step,) = doc_steps(f"For matrices of compatible sizes,\n\n$${display}$$\n")
    return step.verdict.value, step.message


@pytest.mark.parametrize("display", [r"(AB)^T = A^T B^T", r"\nabla_W \operatorname{tr}(AW) = A"])
def test_a_clash_that_fails_where_the_shapes_agree_is_failed(display: str) -> None:
    verdict, message = _verdict(display)
    assert verdict == "FAILED" and "square matrices" in message, message


@pytest.mark.parametrize(
    "display", [r"(AB)^T = B^T A^T", r"\nabla_W \operatorname{tr}(AW) = A^T", r"(ABC)^T = C^T B^T A^T"]
)
def test_the_correct_identities_stay_green(display: str) -> None:
    verdict, message = _verdict(display)
    assert verdict in GREEN, message


def test_annotated_shapes_are_never_made_square() -> None:
    notes = r"""
Let $A \in \mathbb{R}^{2 \times 3}$ and $B \in \mathbb{R}^{3 \times 4}$.

$$(AB)^T = A^T B^T$$
"""
    (step,) = doc_steps(notes)
    assert "square matrices" not in step.message, step.message


def test_the_square_scope_maps_only_inferred_sizes() -> None:
    n2, n3, m = ("n2_inferred", ()), ("n3_inferred", ()), ("m", ())
    scope = Scope()
    scope.names = {
        n2: Size(n2, (2,), 0),
        n3: Size(n3, (3,), 0),
        m: Size(m, (4,), 0),
        ("A", ()): VarDecl(("A", ()), "matrix", (n3, n2)),
        ("B", ()): VarDecl(("B", ()), "matrix", (n2, m)),
        ("C", ()): VarDecl(("C", ()), "matrix", (n3, n2)),
    }
    scope.inferred = {("A", ()): "A: a n3_inferred×n2_inferred matrix", ("B", ()): "B: inferred"}
    square = square_scope(scope)
    assert square is not None
    assert square.names[("A", ())].dims == (n3, n3)
    assert square.names[("B", ())].dims == (n3, m)  # m is the notes' own size
    assert square.names[("C", ())].dims == (n3, n2)  # declared, not inferred
    assert square.inferred[("A", ())] == "A: a n3_inferred×n3_inferred matrix"
    assert square_scope(Scope()) is None
