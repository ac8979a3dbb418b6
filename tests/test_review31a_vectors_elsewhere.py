r"""A sentence about how a library or other texts write vectors is no convention of the notes (review31a).

"Note that in NumPy, vectors are row vectors, so code must reshape them." was read as the notes stating rows
for every vector (vectorconvention.stated_vectors), and the notes' ordinary column-vector steps
(``\nabla_x (a^T x) = a``, ``(Ax)^T = x^T A^T``) were SKIPPED for shapes — a gate failure on correct notes.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.vectorconvention import stated_vectors
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


@pytest.mark.parametrize("text", [
    "Note that in NumPy, vectors are row vectors, so code must reshape them.",
    "In PyTorch vectors are row vectors.",
    "In some textbooks vectors are row vectors.",
    "Some authors write vectors as rows.",
    "In the code below, all vectors are row vectors.",
])  # fmt: skip
def test_a_statement_about_elsewhere_is_no_convention(text: str) -> None:
    assert stated_vectors(text) is None


@pytest.mark.parametrize(("text", "said"), [
    ("In these notes vectors are row vectors.", "rows"),
    ("Throughout, all vectors are column vectors.", "columns"),
    ("In this course, all vectors are column vectors.", "columns"),
])  # fmt: skip
def test_the_notes_own_statement_still_counts(text: str, said: str) -> None:
    assert stated_vectors(text) == said


def test_the_column_steps_stay_green_beside_a_remark_on_numpy() -> None:
    text = ("# Linear\n\nLet $a, x \\in \\mathbb{R}^n$ and $A \\in \\mathbb{R}^{n \\times n}$. Note that in NumPy, "
            "vectors are row vectors, so code must reshape them.\n\n$$\\nabla_x (a^T x) = a$$\n\n"
            "$$(A x)^T = x^T A^T$$\n")
    for r in doc_steps(text):
        assert r.verdict in GREEN, r.message
