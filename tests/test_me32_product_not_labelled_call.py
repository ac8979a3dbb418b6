r"""``y_i (\delta_{ij} - p_j)`` in a chain is a product, not the notes defining a function ``y_i(…)``.

"$$\frac{\partial L}{\partial z_j} = -\sum_i y_i (\delta_{ij} - p_j) = p_j - y_j$$": the text after ``y_i (…)``
looks like ``name_label(params) = body``, and the labelled-function reading (documents.labelled) took
``y_i`` for one name — the step then SKIPPED "y appears on one side only". A function's parameters are
names (``J_\lambda(\theta)``, ``L_S(h)``, ``f_1(x, y)``), never an expression."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.labelled import function_labels

_NOTES = (
    "Let $p_i = \\frac{{e^{{z_i}}}}{{\\sum_{{k=1}}^K e^{{z_k}}}}$ and $L = -\\sum_{{i=1}}^K y_i \\log p_i$ with "
    "$\\sum_i y_i = 1$,\n$$\n\\frac{{\\partial L}}{{\\partial z_j}} = -\\sum_{{i=1}}^K y_i (\\delta_{{ij}} - p_j)"
    " = {RHS} .\n$$\n"
)


def test_parameters_that_are_an_expression_are_no_labelled_definition() -> None:
    assert function_labels(r"$$-\sum_i y_i (\delta_{ij} - p_j) = p_j - y_j$$") == set()
    assert function_labels(r"$$a_k (x + 1) = b$$") == set()
    assert function_labels(r"Let $J_\lambda(\theta) = \|\theta\|^2$.") == {("J", "lambda")}
    assert function_labels(r"Let $L_S(\mathbf{w}, b) = 0$.") == {("L", "S")}
    assert function_labels(r"$$f_\tau(\mathbf z) = \tau \log \sum_i \exp(z_i / \tau).$$") == {("f", "tau")}


def test_the_product_is_checked() -> None:
    right = doc_steps(_NOTES.format(RHS="p_j - y_j"))[-1]
    assert right.verdict.value in ("PROVED", "PASSED"), right.message
    wrong = doc_steps(_NOTES.format(RHS="y_j - p_j"))[-1]
    assert wrong.verdict.value == "FAILED", wrong.message
