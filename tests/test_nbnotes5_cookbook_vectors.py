r"""A derivative by a bold capital with no matrix layout, read with the capital as a vector (documents.cookbook).

Cheat sheets copy the matrix cookbook's identities for a vector x and write them with bold capitals.
The examples are written for these tests.
"""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)


def _step(claim: str, before: str = "A cheat sheet of matrix derivatives:") -> tuple[str, str]:
    check = check_text(f"{before}\n\n$$ {claim} $$\n", "t.md", FAST)
    (step,) = [s for c in check.chains for s in c.result.steps]
    return step.verdict.value, step.message


_QUADRATIC = r"\frac{\partial}{\partial \mathbf{X}} \mathbf{X}^{T} \mathbf{A} \mathbf{X} = "


def test_the_gradient_of_a_quadratic_form_by_a_bold_capital_is_read_with_a_vector() -> None:
    verdict, message = _step(_QUADRATIC + r"\left(\mathbf{A} + \mathbf{A}^{T}\right)\mathbf{X}")
    assert verdict == "PROVED", message
    assert "read with X a vector" in message


def test_a_linear_form_holds_in_one_layout() -> None:
    verdict, message = _step(r"\frac{\partial}{\partial \mathbf{X}} \mathbf{X}^{T} \mathbf{A} = \mathbf{A}")
    assert verdict == "PROVED", message
    assert "X a vector and denominator layout" in message


def test_a_wrong_gradient_stays_skipped_never_failed() -> None:
    for wrong in (r"2 \mathbf{A} \mathbf{X}", r"\mathbf{A}^{T} \mathbf{X}", r"\mathbf{A} \mathbf{X}"):
        verdict, message = _step(_QUADRATIC + wrong)
        assert verdict == "SKIPPED", (wrong, message)
        assert "no 2-D layout" in message


def test_a_capital_the_notes_annotate_as_a_matrix_stays_a_matrix() -> None:
    verdict, message = _step(_QUADRATIC + r"\left(\mathbf{A} + \mathbf{A}^{T}\right)\mathbf{X}",
                             before=r"Let $\mathbf{X} \in \mathbb{R}^{n \times m}$ be the data.")
    assert verdict == "SKIPPED", message
    assert "a vector" not in message


def test_a_capital_a_context_declares_a_matrix_stays_a_matrix() -> None:
    verdict, message = _step(_QUADRATIC + r"\left(\mathbf{A} + \mathbf{A}^{T}\right)\mathbf{X}",
                             before="```verify\nX: matrix[3 x 2]\nA: matrix[3 x 3]\n```")
    assert verdict == "SKIPPED", message
