r"""A word below a name without ``\text``: ``c_{prev}`` is the previous cell state, as
``c_{\text{prev}}`` is, not entry (p, r, e, v) of a four-index array. Only listed words of three
letters or more: index runs (``A_{ij}``, ``W_{in}``) stay indices. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.latex.subwords import is_label_word

LSTM = r"""
The cell state is $c = f c_{prev} + i g$.

$$\frac{\partial c}{\partial c_{prev}} = f$$

$$\frac{\partial}{\partial a}\left(\sigma(a) c_{prev} + i g\right) = {RHS}$$
"""


def _verdicts(body: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(body)]


def test_a_plain_word_subscript_is_part_of_the_name() -> None:
    assert _verdicts(LSTM.replace("{RHS}", r"\sigma(a)(1 - \sigma(a)) c_{prev}")) == ["PROVED", "PROVED"]


def test_a_dropped_sigmoid_factor_is_failed() -> None:
    assert _verdicts(LSTM.replace("{RHS}", r"\sigma(a) c_{prev}")) == ["PROVED", "FAILED"]


def test_index_runs_stay_indices() -> None:
    assert not is_label_word("ij") and not is_label_word("in") and not is_label_word("bhc")
    assert is_label_word("prev") and is_label_word("MLE") and is_label_word("out")
    body = r"""
    With $A \in \mathbb{R}^{n \times n}$ and $x \in \mathbb{R}^n$:

    $$\frac{\partial}{\partial x_k} \sum_{i=1}^n \sum_{j=1}^n A_{ij} x_i x_j
    = \sum_{j=1}^n A_{kj} x_j + \sum_{i=1}^n A_{ik} x_i$$
    """
    assert _verdicts(body) == ["PROVED"]


def test_terms_without_the_variable_vanish_beside_a_registered_function() -> None:
    import sympy as sp

    from verifier.documents.vanishing import vanishing_names

    a, c, i, g = sp.symbols("a c i g")
    sigma, f = sp.Function("sigma"), sp.Function("f")
    assert vanishing_names(sp.Derivative(sigma(a) * c + i * g, a)) == {"i", "g"}
    assert vanishing_names(sp.Derivative(f(a) * c + i * g, a)) == set()  # an arbitrary f: left alone
