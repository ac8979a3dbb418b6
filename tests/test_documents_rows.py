"""Notes that write vectors as rows (issue 8 §1, §4): the row reading of undeclared vectors.

Where the column reading of the undeclared vectors makes a step's shapes clash, the step is read again
with them as 1×n rows (verifier.documents.orientation); the reading is reported with the step, a
context's ``vectors:`` declaration wins, and a step that fails under the row reading where the column
one does not fit is FAILED — never green. The notes here are small examples written for these tests."""

from __future__ import annotations

import time

import pytest
from support import doc_steps

from verifier.budget import BudgetExceeded, soft_limit
from verifier.documents.context import parse_context
from verifier.documents.infer import annotations_of, infer_scope
from verifier.documents.orientation import bounded
from verifier.latex import parse_latex
from verifier.results import StepResult


@pytest.fixture(autouse=True)
def _unhurried(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about what the readings decide, not about their wall-clock bounds (tested
    below on their own): a loaded machine must not cut a reading short and change the verdict."""
    monkeypatch.setattr("verifier.documents.orientation.ROW_SECONDS", 120.0)
    monkeypatch.setattr("verifier.documents.doubts.READINGS_SECONDS", 120.0)

#: a quadratic form of a vector written as a row: ``e^{x} A (e^{x})^T`` only conforms with x a row
ROWS = r"""
The loss is a quadratic form of the activations, $x \in \mathbb{R}^{n}$.

$$\frac{\partial}{\partial x} \left( e^{x} A (e^{x})^T \right) = STEP$$
"""


def _steps(body: str) -> list[StepResult]:
    return doc_steps(body)


def _one(rhs: str, context: str = ""):
    block = f"```verify\n{context}\n```\n\n" if context else ""
    (step,) = _steps(block + ROWS.replace("STEP", rhs))
    return step


# --- inference ---------------------------------------------------------------------------------


def test_the_row_reading_makes_undeclared_vectors_rows_and_matrices_conform() -> None:
    scope = parse_context("").scope_at(1)
    ann = annotations_of(r"$x \in \mathbb{R}^{n}$")
    trees = [parse_latex(r"e^{x} A", noncommutative=frozenset({"x", "A"}))]
    columns = infer_scope(scope, trees, ann).scope.names
    rows = infer_scope(scope, trees, ann, rows=True).scope.names
    n = ("n", ())
    assert columns[("x", ())].dims == (n, 1)
    assert rows[("x", ())].dims == (1, n)
    assert rows[("A", ())].kind == "matrix" and rows[("A", ())].dims[0] == n  # x A conforms: A has n rows


def test_a_vector_written_before_a_matrix_is_remembered_as_evidence() -> None:
    scope = parse_context("").scope_at(1)
    ann = annotations_of(r"$u, v \in \mathbb{R}^{n}$ $u \in \mathbb{R}^{n}$ $v \in \mathbb{R}^{n}$")
    tree = parse_latex(r"(u - v) W", noncommutative=frozenset({"u", "v", "W"}))
    got = infer_scope(scope, [tree], ann, rows=True)
    assert got.row_products == ("(u - v) W",)
    assert infer_scope(scope, [parse_latex("W u", noncommutative=frozenset({"u", "W"}))], ann).row_products == ()


# --- steps ----------------------------------------------------------------------------------------


def test_a_step_that_only_fits_with_rows_holds_under_the_row_reading_and_says_so() -> None:
    step = _one(r"\left( e^{x} (A + A^T) \right) \circ e^{x}")
    assert step.verdict.value == "PROVED"
    assert "holds when read with vectors as rows" in step.message
    assert "x: a row vector[n]" in step.message  # the gradient with respect to a row is a row


def test_the_notes_own_row_products_are_named_in_the_reading() -> None:
    (step,) = _steps(
        r"""
        Here $u \in \mathbb{R}^{n}$ and $v \in \mathbb{R}^{n}$.

        $$\frac{\partial}{\partial u} \left( (u + v) W (u + v)^T \right) = (u + v) (W + W^T)$$
        """
    )
    assert step.verdict.value == "PROVED"
    assert "vectors as rows (the notes write (u + v) W)" in step.message


def test_a_dropped_term_under_the_row_reading_is_failed_not_green() -> None:
    # the A^T half of the gradient is missing: false for rows (the shapes fit) and the columns do not fit
    step = _one(r"\left( e^{x} A \right) \circ e^{x}")
    assert step.verdict.value == "FAILED"
    assert step.counterexample is not None
    assert "read with vectors as rows it fails" in step.message


def test_a_wrong_factor_is_not_rescued_by_reading_the_vectors_as_scalars() -> None:
    # 2 (e^x A) ∘ e^x holds for scalars, but x is a vector of R^n and for rows it is false
    step = _one(r"2 \left( e^{x} A \right) \circ e^{x}")
    assert step.verdict.value == "FAILED"
    assert "scalars" not in step.message


def test_a_step_whose_shapes_clash_in_both_orientations_stays_skipped() -> None:
    # a row ∘ a column: no orientation of x makes this conform (and it is false for scalars too), so
    # neither FAILED nor green: nothing can be concluded
    step = _one(r"\left( e^{x} A \right) \circ (e^{x})^T")
    assert step.verdict.value == "SKIPPED"
    assert "do not fit" in step.message


def test_a_context_that_declares_columns_wins_over_the_row_reading() -> None:
    # x is a column, as declared: the row reading is not tried (the scalar one still is)
    step = _one(r"\left( e^{x} (A + A^T) \right) \circ e^{x}", "vectors: columns")
    assert "rows" not in step.message and "row vector" not in step.message
    assert "x: a vector[n]" in step.message


def test_a_context_that_declares_rows_makes_them_the_literal_reading() -> None:
    step = _one(r"\left( e^{x} (A + A^T) \right) \circ e^{x}", "vectors: rows")
    assert step.verdict.value == "PROVED"
    assert "holds when read with" not in step.message and "x: a row vector[n]" in step.message


def test_the_vectors_convention_rejects_other_values() -> None:
    ctx = parse_context("```verify\nvectors: diagonal\n```\n", "t.md")
    assert ctx.errors


# --- the time bound of the row reading -----------------------------------------------------------


class _Doc:
    def __init__(self) -> None:
        self.stages: list[str] = []

    def stage(self, name: str) -> None:
        self.stages.append(name)


def test_a_row_reading_that_runs_too_long_is_cut_and_decides_nothing() -> None:
    doc = _Doc()
    with bounded(doc, 0.2) as run:
        doc.stage("first")
        end = time.monotonic() + 5
        while time.monotonic() < end:  # Python bytecode: the alarm lands here
            pass
    assert run.cut
    assert doc.stages == ["first"] and getattr(doc.stage, "__self__", None) is doc  # its own stage is back
    doc2 = _Doc()
    with bounded(doc2, 5) as quick:
        doc2.stage("only")
    assert not quick.cut


def test_a_budget_of_the_caller_is_not_swallowed_by_the_row_bound() -> None:
    doc = _Doc()
    with pytest.raises(BudgetExceeded) as exc, soft_limit(0.2, "outer"), bounded(doc, 5):
        end = time.monotonic() + 5
        while time.monotonic() < end:
            pass
    assert exc.value.stage == "outer"


# --- a gradient written as a row, then as a column --------------------------------------------------

#: word2vec-style notes: ∂J/∂v written first in numerator layout (a row), then in denominator layout
GRADIENT = r"""
Let $\theta = U^T v$ with $v \in \mathbb{R}^{d}$, and $J = -\sum_k y_k \log \hat{y}_k$ with
$\hat{y} = \operatorname{softmax}(\theta)$.

$$\frac{\partial J}{\partial v} = (\hat{y} - y)^T \frac{\partial (U^T v)}{\partial v} = STEP$$
"""


def _gradient(rhs: str, context: str = ""):
    block = f"```verify\n{context}\n```\n\n" if context else ""
    return _steps(block + GRADIENT.replace("STEP", rhs))


def _written_gradient(run_once) -> list[StepResult]:
    """The gradient as written, checked once per test run for the two tests that read it (conftest.run_once)."""
    return run_once("rows-gradient-as-written", lambda: _gradient(r"U (\hat{y} - y)"))


def test_a_gradient_with_a_one_hot_label_holds_in_numerator_layout(run_once) -> None:
    first, _ = _written_gradient(run_once)
    assert first.verdict.value == "PROVED"
    assert "the labels y/t one-hot and numerator layout" in first.message


def test_a_gradient_written_as_a_row_then_as_a_column_holds_up_to_orientation(run_once) -> None:
    _, second = _written_gradient(run_once)
    assert second.verdict.value in ("PROVED", "PASSED")
    assert "up to orientation" in second.message and "gradient with respect to v" in second.message


@pytest.mark.parametrize("wrong", [r"2 U (\hat{y} - y)", r"U (\hat{y} + y)"])
def test_a_wrong_gradient_is_not_excused_by_orientation(wrong: str) -> None:
    _, second = _gradient(wrong)
    assert second.verdict.value not in ("PROVED", "PASSED")


def test_orientation_is_not_excused_where_the_notes_declare_a_layout() -> None:
    _, second = _gradient(r"U (\hat{y} - y)", "layout: numerator")
    assert "up to orientation" not in second.message
    assert second.verdict.value not in ("PROVED", "PASSED")


def test_a_vector_against_its_transpose_outside_a_gradient_is_not_excused() -> None:
    # declared, so that no other reading (scalars) applies: only the transpose is in question
    (step,) = _steps(
        r"""
        ```verify
        n in {3}
        x: vector[n]
        b: vector[n]
        A: matrix[n x n]
        ```

        $$(x + b)^T A^T = A (x + b)$$
        """
    )
    assert step.verdict.value not in ("PROVED", "PASSED")
    assert "up to orientation" not in step.message
