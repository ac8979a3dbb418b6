r"""A determinant's value depends on the size of its matrix in a way no single size shows: ``\det(-A) =
-\det(A)`` holds for every odd n and ``\det(2A) = 8\det(A)`` only for n = 3. The notes' size n (from ``A \in
\mathbb{R}^{n \times n}``, or a size the checker infers for an unannotated A) was checked at one value, 3, so
both wrong steps were PROVED — the classic sign slip of a determinant went green. A size a determinant's matrix
has is now checked at two consecutive values (one odd, one even), as a sum's bound is checked at two. Examples
written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
ANNOTATED = "# Determinants\n\nLet $A, B \\in \\mathbb{R}^{n \\times n}$.\n\n$$STEP$$\n"
BARE = "# Determinants\n\n$$STEP$$\n"


# (annotated, \det(2A) = 8\det(A) is no longer PROVED but a TIMEOUT after the FAILED size: left, docs/readings.md)
@pytest.mark.parametrize(("notes", "step"), [
    (ANNOTATED, r"\det(-A) = -\det(A)"), (ANNOTATED, r"\det(-A^T) = -\det(A)"), (BARE, r"\det(-A) = -\det(A)"),
    (BARE, r"\det(2A) = 8\det(A)"), (BARE, r"\det(-A^T) = -\det(A)"),
])  # fmt: skip
def test_a_determinant_right_at_one_size_only_is_failed(notes: str, step: str) -> None:
    r = doc_steps(notes.replace("STEP", step))[-1]
    assert r.verdict is Verdict.FAILED, r.message


@pytest.mark.parametrize("step", [r"\det(-A) = (-1)^n \det(A)", r"\det(2A) = 2^n\det(A)", r"\det(A^T) = \det(A)",
                                  r"\det(AB) = \det(A)\det(B)"])  # fmt: skip
def test_the_right_determinant_identities_stay_green(step: str) -> None:
    r = doc_steps(ANNOTATED.replace("STEP", step))[-1]
    assert r.verdict in GREEN, r.message


def test_a_fixed_size_is_not_varied() -> None:
    notes = "# Determinants\n\nLet $A \\in \\mathbb{R}^{3 \\times 3}$.\n\n$$\\det(-A) = -\\det(A)$$\n"
    r = doc_steps(notes)[-1]
    assert r.verdict in GREEN, r.message
