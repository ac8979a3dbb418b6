r"""A network written with row vectors and labelled layers, the bias gradient checked with no context.

Notes in the CS224d tradition define ``z = x U + c``, ``a = \sigma(z)``, ``s = a V^{(2)} + b^{(2)}``,
``\hat{y} = softmax(s)``, ``J = -y_i \log(\hat{y}_i)`` and then write ``\partial J/\partial b^{(2)} =
\hat{y} - y``. Three things kept that step SKIPPED ("a scalar against a 3×4 value"):

* ``b^{(2)}``, a bias added to a vector-matrix product, was a scalar ("no other evidence"): only a bias
  written ``b`` or ``b_2`` after a matrix-vector product was read as a vector (documents.shapes);
* ``\hat{y}``, written ``\hat{y}_i`` in J, was a column by default while its definition is a row, so its
  length never met the definition's (a size is never merged with 1), and the five definitions carried
  their shapes one link per round (out of rounds before reaching ``\hat{y}``);
* ``y`` in ``\hat{y} - y`` (the term is ``-y``) was not oriented as the row it is subtracted from, and
  the resolver broadcast a row minus a column into a 3×4 matrix.
"""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)

_ROWS = r"""
The layers:
$$
\begin{align}
z &= x U + c \\
a &= \sigma(z) \\
s &= a V^{(2)} + b^{(2)} \\
\hat{y} &= \text{softmax}(s) \\
J &= - y_i \log(\hat{y}_i)
\end{align}
$$
Entries of the first layer:
$$
\frac{\partial z_e}{\partial x_k} = U_{ke}
$$
The gradient with respect to the output bias:
$$
\frac{\partial J}{\partial b^{(2)}} = RHS
$$
"""

_COLUMNS = (
    _ROWS.replace("x U + c", "U x + c")
    .replace("a V^{(2)} + b^{(2)}", "V^{(2)} a + b^{(2)}")
    .replace("U_{ke}", "U_{ek}")
)


def _last(notes: str, rhs: str) -> tuple[str, str]:
    check = check_text(notes.replace("RHS", rhs), "t.md", FAST)
    step = [s for c in check.chains for s in c.result.steps][-1]
    return step.verdict.value, step.message


def test_the_output_bias_gradient_of_a_row_network_is_proved() -> None:
    verdict, message = _last(_ROWS, r"\hat{y} - y")
    assert verdict == "PROVED", message
    assert "b^(2): a row vector" in message
    assert "y: a row vector" in message


def test_the_output_bias_gradient_of_a_column_network_is_proved() -> None:
    verdict, message = _last(_COLUMNS, r"\hat{y} - y")
    assert verdict == "PROVED", message
    assert "b^(2): a vector" in message


def test_the_sign_flipped_bias_gradient_is_not_green() -> None:
    for notes in (_ROWS, _COLUMNS):
        verdict, message = _last(notes, r"y - \hat{y}")
        assert verdict == "FAILED", message


def test_the_label_left_out_is_not_green() -> None:
    verdict, message = _last(_ROWS, r"\hat{y}")
    assert verdict not in ("PROVED", "PASSED"), message


def test_the_wrong_layer_is_not_green() -> None:
    # the hidden activation's gradient is not the output error
    verdict, message = _last(_ROWS.replace(r"\partial b^{(2)}", r"\partial c"), r"\hat{y} - y")
    assert verdict not in ("PROVED", "PASSED"), message
