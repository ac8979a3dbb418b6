r"""A bold subscript is a parameter label (verifier.documents.boldlabels); a gradient has its
variable's shape in numerator-layout notes too (verifier.documents.layout.gradient_layout)."""

# ruff: noqa: E501  (the notes are written as notes are: one display per line)
from __future__ import annotations

from pathlib import Path

from verifier.documents.boldlabels import as_labels, label_note, quantities
from verifier.documents.check import check_document
from verifier.engine import Settings

CONTEXT = r"""layout: numerator
n in {2, 3}
d in {2, 3}
i: index 1..n
\bm{\theta}: vector[d]
\mathbf{X}: matrix[n x d]
\mathbf{x}^{(i)} := (\mathbf{X}_{i,:})^\top
s(t) := \frac{1}{1 + \exp(-t)}
\pi^{(i)}_{\bm{\theta}} := s(\bm{\theta}^\top \mathbf{x}^{(i)})
"""

NOTES = r"""We abbreviate the model's output at sample $i$ as $\pi^{(i)}_{\bm{\theta}}$.
\[
\frac{\partial}{\partial \bm{\theta}} \sum_{i=1}^n \log \pi^{(i)}_{\bm{\theta}} = \sum_{i=1}^n (1 - \pi^{(i)}_{\bm{\theta}}) (\mathbf{x}^{(i)})^\top
\]
\[
\frac{\partial}{\partial \bm{\theta}^\top} \sum_{i=1}^n \pi^{(i)}_{\bm{\theta}} \mathbf{x}^{(i)} = \sum_{i=1}^n \mathbf{x}^{(i)} \pi^{(i)}_{\bm{\theta}}(1 - \pi^{(i)}_{\bm{\theta}}) (\mathbf{x}^{(i)})^\top
\]
"""


def _verdicts(tmp_path: Path, text: str, context: str) -> dict[int, list[str]]:
    doc = tmp_path / "notes.tex"
    doc.write_text(text)
    (tmp_path / "notes.tex.verify").write_text(context)
    out: dict[int, list[str]] = {}
    for ch in check_document(doc, Settings(), display=doc.name).chains:
        for s, line in zip(ch.result.steps, ch.step_lines, strict=True):
            out.setdefault(line, []).append(s.verdict.value)
    return out


def test_a_bold_subscript_of_a_quantity_is_a_label() -> None:
    assert as_labels(r"\log \pi^{(i)}_{\bm{\theta}}") == r"\log \pi^{(i)}_{\text{theta}}"
    assert as_labels(r"\pi_{\boldsymbol\theta}^{(i)}") == r"\pi_{\text{theta}}^{(i)}"
    # a one-letter label is a word (a one-letter text subscript would be an index again)
    assert as_labels(r"p_{\mathbf{w}}") == r"p_{\text{wlabel}}"
    assert label_note(r"\pi^{(i)}_{\bm{\theta}}") and not label_note(r"x_i")


def test_operators_expectations_and_functions_keep_their_subscripts() -> None:
    for src in (r"\nabla_{\bm\theta} f", r"\nabla^2_{\bm{\theta}} R", r"\sum_{\mathbf{x}} p", r"E_{\mathbf{x}}[f]",
                r"f_{\bm\theta}(x)", r"\frac{\partial f}{\partial \bm{\theta}}"):  # fmt: skip
        assert as_labels(src) == src


def test_a_label_before_a_bracket_is_one_where_the_quantity_stands_alone() -> None:
    src = r"\pi^{(i)}_{\bm{\theta}}(1 - \pi^{(i)}_{\bm{\theta}})"
    assert as_labels(src) == r"\pi^{(i)}_{\text{theta}}(1 - \pi^{(i)}_{\text{theta}})"
    known = quantities(r"we write $\pi_{\bm\theta}$ for short")
    assert as_labels(r"\pi_{\bm\theta}(1 - y)", known) == r"\pi_{\text{theta}}(1 - y)"


def test_derivatives_of_a_labelled_output_are_checked(tmp_path: Path) -> None:
    got = _verdicts(tmp_path, NOTES, CONTEXT)
    assert got[3] == ["PROVED"] and got[6] == ["PROVED"]


def test_a_wrong_derivative_of_a_labelled_output_is_not_green(tmp_path: Path) -> None:
    wrong = NOTES.replace(r"= \sum_{i=1}^n (1 - \pi", r"= \sum_{i=1}^n (1 + \pi").replace(
        r"\pi^{(i)}_{\bm{\theta}}(1 - \pi^{(i)}_{\bm{\theta}}) (\mathbf", r"\pi^{(i)}_{\bm{\theta}} (\mathbf"
    )
    got = _verdicts(tmp_path, wrong, CONTEXT)
    assert got[3] == ["FAILED"] and got[6] == ["FAILED"]


def test_a_gradient_is_a_column_where_the_context_says_so(tmp_path: Path) -> None:
    text = r"""\[
\nabla_{\mathbf{x}} \mathbf{x}^\top A \mathbf{x} = (\frac{\partial}{\partial \mathbf{x}} \mathbf{x}^\top A \mathbf{x})^\top = (A + A^\top)\mathbf{x}
\]
"""
    context = "layout: numerator\n\\mathbf{x}: vector[3]\nA: matrix[3 x 3]\n"
    # the notes say their gradient is the transpose of their (row) derivative: gradient: column
    got = _verdicts(tmp_path, text, "gradient: column\n" + context)
    assert got[2] == ["PROVED", "PROVED"]
    # without it, a numerator-layout gradient is the row the layout makes it (notes that write it so)
    row = text.replace(r"(A + A^\top)\mathbf{x}", r"\mathbf{x}^\top (A + A^\top)").replace(
        r"(\frac{\partial}{\partial \mathbf{x}} \mathbf{x}^\top A \mathbf{x})^\top",
        r"\frac{\partial}{\partial \mathbf{x}} \mathbf{x}^\top A \mathbf{x}",
    )
    assert _verdicts(tmp_path, row, context)[2] == ["PROVED", "PROVED"]
