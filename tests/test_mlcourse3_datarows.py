r"""``\mathbf{x}_i`` beside the data matrix ``\mathbf{X}``: row i of X, as a column (documents.samples)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
    The rows of $\mathbf{X}$ are the observations.

    $$\frac{1}{2n} \sum_{i=1}^n \left(y_i - \mathbf{w}^\top \mathbf{x}_i\right)^2
    = \frac{1}{2n} \left\| \mathbf{y} - \mathbf{X} \mathbf{w} \right\|_2^2$$
    """


def test_a_bold_sample_is_a_row_of_the_bold_matrix() -> None:
    (step,) = doc_steps(NOTES)
    assert step.verdict is Verdict.PROVED
    assert "x^{(i)} as row i of X" in step.message


def test_a_missing_transpose_or_a_wrong_sign_is_never_green() -> None:
    for old, new in ((r"\mathbf{X} \mathbf{w}", r"\mathbf{X}^\top \mathbf{w}"),
                     (r"\mathbf{y} - \mathbf{X}", r"\mathbf{y} + \mathbf{X}"),
                     (r"\frac{1}{2n} \left\|", r"\frac{1}{n} \left\|")):  # fmt: skip
        wrong = NOTES.replace(old, new)
        assert wrong != NOTES
        (step,) = doc_steps(wrong)
        assert step.verdict in (Verdict.SKIPPED, Verdict.FAILED), old


def test_columns_where_the_prose_says_so() -> None:
    notes = NOTES.replace("The rows of", "The columns of")
    notes = notes.replace(r"\mathbf{X} \mathbf{w}", r"\mathbf{X}^\top \mathbf{w}")
    (step,) = doc_steps(notes)
    assert step.verdict is Verdict.PROVED
    assert "x^{(i)} as column i of X" in step.message


def test_not_read_without_the_bold_capital() -> None:
    notes = NOTES.replace(r"\mathbf{X} \mathbf{w}", r"A \mathbf{w}")
    (step,) = doc_steps(notes)
    assert step.verdict is not Verdict.PROVED
    assert "data matrix" not in step.message
