r"""``\nabla g = A\nabla f`` after ``g(z) = f(Az)``: the missing transpose must not come out green.

Nothing gives A a shape, so inference reads it as a number, and as numbers the step holds. The doubt of
such capitals (documents.weights) reads A as a matrix again, in the layouts the notes leave open; in the
numerator layout ``\nabla f`` is a row, and the product of A with that row (whose written order the parse
cannot keep: a function application commutes) was taken as ``(\nabla f) A``, which is ``\nabla g`` as a row.
A ``\nabla`` by a vector written as a row is the missing transpose, not a convention the notes never
state (review22a): that variant clears no doubt."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = (
    "Suppose that matrix $A$ is invertible, and that $g(z) = f(Az).$\n"
    "We think of $f$ as a function of $x,$ and $g$ as a function of $z.$\n\n"
    "It follows that\n\n$$\\nabla g = {}.$$\n"
)


def _step(right: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(_NOTES.format(right), "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


def test_the_missing_transpose_is_not_green() -> None:
    verdict, message = _step("A\\nabla f")
    assert verdict not in GREEN, message


def test_the_transposed_matrix_stays_green() -> None:
    verdict, message = _step("A^T\\nabla f")
    assert verdict in GREEN, message
