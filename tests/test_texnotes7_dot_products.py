r"""``\cdot`` between two bold vectors is the dot product (documents.dotproducts), and a step that holds
only with the raised dot read entry-wise is not FAILED for it.

Small notes written for these tests, in the style of a linear unit's derivation.
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.dotproducts import NOTE, as_entrywise, dot_products, note, writes_dot
from verifier.latex import parse_latex

_UNIT = r"""
# A linear unit

Let $\mathbf{w}, \mathbf{x} \in \mathbb{R}^d$ and let the score be $s = \mathbf{w} \cdot \mathbf{x}$.

$$
\mathbf{w} \cdot \mathbf{x} = LINK
$$
"""


def _verdicts(body: str) -> list[tuple[str, str]]:
    return [(s.verdict.name, s.message or "") for s in doc_steps(body)]


def test_a_pair_of_bold_vectors_is_written_as_an_inner_product() -> None:
    assert dot_products(r"s = \mathbf{w} \cdot \mathbf{x}") == r"s = \langle \mathbf{w}, \mathbf{x} \rangle"
    assert dot_products(r"\sigma(\mathbf{z}^{(m-1)} \cdot \mathbf{w}_{:,j})") == (
        r"\sigma(\langle \mathbf{z}^{(m-1)}, \mathbf{w}_{:,j} \rangle)"
    )
    assert dot_products(r"e^{-y_i \boldsymbol{\theta}\cdot\bm{x}^{(i)}}") == (
        r"e^{-y_i \langle \boldsymbol{\theta}, \bm{x}^{(i)} \rangle}"
    )
    assert dot_products(r"2\mathbf{u} \cdot \mathbf{v} + 1") == r"2\langle \mathbf{u}, \mathbf{v} \rangle + 1"
    assert note(r"\mathbf{u} \cdot \mathbf{v}") == [NOTE]


def test_a_pair_that_is_not_a_whole_term_keeps_the_parsers_reading() -> None:
    for written in (
        r"M \mathbf{w} \cdot \mathbf{x}",  # (Mw)·x, not M(w·x)
        r"\mathbf{a} \cdot \mathbf{b} \cdot \mathbf{c}",  # no single meaning
        r"\mathbf{w}^\top \cdot \mathbf{x}",  # a transposed factor
        r"\mathbf{W} \cdot \mathbf{x}",  # a capital: a matrix
        r"\mathbf{w} \cdot \mathbf{x} \mathbf{y}",  # a factor glued after the pair
        r"\mathbf{x}^2 \cdot \mathbf{y}",  # a power
        r"\frac{1}{2} \cdot x",  # no vectors
        r"A_i y \mathbf{w} \cdot \mathbf{x}",  # a coefficient after a factor that may be a matrix
    ):
        assert dot_products(written) == written, written
        assert not note(written)
    assert not writes_dot(r"\langle \mathbf{a}, \mathbf{b} \rangle + \mathbf{a} \cdot \mathbf{b}")


def test_the_entrywise_reading_replaces_each_inner_product() -> None:
    tree = parse_latex(dot_products(r"\mathbf{a} \cdot \mathbf{b}"))
    assert "inner" in str(tree)
    assert "hadamard" in str(as_entrywise(tree)) and "inner" not in str(as_entrywise(tree))


def test_the_dot_product_equals_the_transposed_product_and_its_sum() -> None:
    for right in (r"\mathbf{w}^\top \mathbf{x}", r"\sum_{k=1}^{d} w_k x_k", r"\mathbf{x} \cdot \mathbf{w}"):
        (verdict, message), *_ = _verdicts(_UNIT.replace("LINK", right))
        assert verdict == "PROVED", (right, message)
        assert "dot product" in message


def test_a_wrong_sum_for_the_dot_product_is_failed() -> None:
    (verdict, _), *_ = _verdicts(_UNIT.replace("LINK", r"\sum_{k=1}^{d} w_k^2 x_k"))
    assert verdict == "FAILED"


def test_a_vector_for_the_dot_product_is_green_only_under_the_entrywise_reading() -> None:
    # w · x = diag(w) x holds entry by entry only (a number is no vector): the author wrote \cdot for
    # the entry-wise product, and the step says so
    (verdict, message), *_ = _verdicts(_UNIT.replace("LINK", r"\operatorname{diag}(\mathbf{w}) \mathbf{x}"))
    assert verdict != "FAILED"
    assert verdict == "SKIPPED" or "entry-wise product" in message
    (verdict, _), *_ = _verdicts(_UNIT.replace("LINK", r"\operatorname{diag}(\mathbf{x}) \mathbf{x}"))
    assert verdict in ("SKIPPED", "FAILED")  # wrong under both readings


_GRADIENT = r"""
# The gradient of a unit

Let $\mathbf{w}, \mathbf{x} \in \mathbb{R}^d$.

$$
\frac{\partial}{\partial \mathbf{w}} \sigma(\mathbf{w} \cdot \mathbf{x}) = RIGHT
$$
"""


def test_the_gradient_of_a_unit_of_a_dot_product() -> None:
    right = r"\sigma(\mathbf{w} \cdot \mathbf{x})(1 - \sigma(\mathbf{w} \cdot \mathbf{x})) \mathbf{x}"
    ((verdict, message),) = _verdicts(_GRADIENT.replace("RIGHT", right))
    assert verdict == "PROVED", message
    assert "Jacobian" not in message  # the gradient of a number, not the diagonal of a Jacobian


def test_a_gradient_that_drops_the_derivative_of_sigma_is_failed() -> None:
    ((verdict, _),) = _verdicts(_GRADIENT.replace("RIGHT", r"\sigma(\mathbf{w} \cdot \mathbf{x}) \mathbf{x}"))
    assert verdict == "FAILED"


_ENTRYWISE = r"""
# Entry by entry

```verify
a, b: vector[3]
```

$$
\mathbf{a} \cdot \mathbf{b} = RIGHT
$$
"""


def test_a_raised_dot_meant_entrywise_is_read_so_when_the_dot_product_cannot_hold() -> None:
    ((verdict, message),) = _verdicts(_ENTRYWISE.replace("RIGHT", r"\mathbf{b} \odot \mathbf{a}"))
    assert verdict == "PROVED"
    assert "entry-wise product" in message


def test_a_wrong_entrywise_product_is_failed_under_both_readings() -> None:
    ((verdict, _),) = _verdicts(_ENTRYWISE.replace("RIGHT", r"\mathbf{b} \odot \mathbf{b}"))
    assert verdict == "FAILED"


_LOGISTIC = r"""
# Logistic loss of one sample

```verify
w, x: vector[3]
y: real
s := \mathbf{w} \cdot \mathbf{x}
```

$$
\frac{\partial s}{\partial \mathbf{w}} = \mathbf{x}
$$

$$
\frac{\partial}{\partial \mathbf{w}} \log(1 + e^{-y \mathbf{w} \cdot \mathbf{x}}) = RIGHT
$$
"""


def test_a_context_definition_and_a_margin_read_the_dot_product() -> None:
    right = r"-y \sigma(-y \mathbf{w} \cdot \mathbf{x}) \mathbf{x}"
    verdicts = [v for v, _ in _verdicts(_LOGISTIC.replace("RIGHT", right))]
    assert verdicts == ["PROVED", "PROVED"]


def test_a_logistic_gradient_with_the_sign_of_the_margin_flipped_is_failed() -> None:
    right = r"-y \sigma(y \mathbf{w} \cdot \mathbf{x}) \mathbf{x}"
    assert [v for v, _ in _verdicts(_LOGISTIC.replace("RIGHT", right))] == ["PROVED", "FAILED"]


def test_a_bold_letter_the_context_declares_a_scalar_keeps_the_ordinary_product() -> None:
    assert dot_products(r"\mathbf{a} \cdot \mathbf{x}", frozenset({"a"})) == r"\mathbf{a} \cdot \mathbf{x}"
    assert dot_products(r"\boldsymbol{\theta} \cdot \mathbf{x}", frozenset({"theta"})) == (
        r"\boldsymbol{\theta} \cdot \mathbf{x}"
    )
    body = r"""
    # A scalar in bold

    ```verify
    a: real
    x: vector[3]
    ```

    $$
    \mathbf{a} \cdot \mathbf{x} = \mathbf{x} a
    $$
    """
    ((verdict, message),) = _verdicts(body)
    assert verdict == "PROVED", message
    assert "dot product" not in message


_OPERATORS = r"""
# Operators before the pair

Let $\mathbf{w}, \mathbf{x} \in \mathbb{R}^d$.

$$
\nabla_{\mathbf{w}} \mathbf{w} \cdot \mathbf{x} = FIRST
$$

$$
\frac{\partial}{\partial \mathbf{w}} \frac{1}{2} \mathbf{w} \cdot \mathbf{w} = SECOND
$$
"""


def test_a_derivative_operator_or_a_numeric_fraction_before_the_pair() -> None:
    assert dot_products(r"\frac{1}{2}\mathbf{w}\cdot\mathbf{w}") == r"\frac{1}{2}\langle \mathbf{w}, \mathbf{w} \rangle"
    assert dot_products(r"\nabla_\mathbf{w} \mathbf{w}\cdot\mathbf{x}") == (
        r"\nabla_\mathbf{w} \langle \mathbf{w}, \mathbf{x} \rangle"
    )
    for kept in (r"\frac{a}{2}\mathbf{w}\cdot\mathbf{w}", r"\frac{\partial f}{\partial x}\mathbf{u}\cdot\mathbf{v}",
                 r"\mathbf{W}^{T}\mathbf{a}\cdot\mathbf{b}"):  # fmt: skip
        assert dot_products(kept) == kept
    body = _OPERATORS.replace("FIRST", r"\mathbf{x}").replace("SECOND", r"\mathbf{w}")
    assert [v for v, _ in _verdicts(body)] == ["PROVED", "PROVED"]


def test_wrong_gradients_of_dot_products_after_an_operator_are_failed() -> None:
    body = _OPERATORS.replace("FIRST", r"2 \mathbf{x}").replace("SECOND", r"\frac{1}{2} \mathbf{w}")
    assert [v for v, _ in _verdicts(body)] == ["FAILED", "FAILED"]


_COLUMNS = r"""
# A unit from a column of the weights

Let $\mathbf{x} \in \mathbb{R}^d$.

$$
\mathbf{x} \cdot \mathbf{w}_{:,j} = RIGHT
$$
"""


def test_a_column_slice_in_a_dot_product_takes_the_other_vectors_length() -> None:
    # the slice's length (the matrix's rows) is the length of x: shapes unify through the dot product
    ((verdict, message),) = _verdicts(_COLUMNS.replace("RIGHT", r"\mathbf{x}^\top \mathbf{w}_{:,j}"))
    assert verdict == "PROVED", message
    ((verdict, _),) = _verdicts(_COLUMNS.replace("RIGHT", r"\sum_{k=1}^{d} x_k w_{kj}"))
    assert verdict == "PROVED"


def test_a_dot_product_with_the_row_for_the_column_is_failed() -> None:
    ((verdict, _),) = _verdicts(_COLUMNS.replace("RIGHT", r"\sum_{k=1}^{d} x_k w_{jk}"))
    assert verdict == "FAILED"
