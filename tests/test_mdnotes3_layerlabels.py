r"""``W^{(2)T}``: a capital with a layer label, transposed, is a matrix (it was inferred a vector).

``x^T`` makes x a vector, ``W^T`` a matrix; the layer label hid the capital (the name is ``W^(2)``), so
``(\hat{y} - y) W^{(2)T}`` was read as a row times a transposed vector and the step did not fit.
"""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.shapes import is_capital
from verifier.engine import Settings

FAST = Settings(points=30)


def test_a_capital_with_a_layer_label_is_a_matrix_name() -> None:
    assert is_capital("W^(2)") and is_capital("W") and is_capital("W1")
    assert not is_capital("w^(2)") and not is_capital("x")


def test_a_transposed_layer_matrix_is_inferred_a_matrix() -> None:
    text = r"""
$$
\frac{\partial}{\partial y} \big( y W^{(2)T} \big) = W^{(2)T}
$$
"""
    check = check_text(text, "t.md", FAST)
    (step,) = [s for c in check.chains for s in c.result.steps]
    assert "W^(2): a" in step.message and "matrix" in step.message.split("W^(2): a", 1)[1][:40], step.message
