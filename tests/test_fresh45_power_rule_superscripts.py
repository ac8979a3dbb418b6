r"""``a\,w_j^{a-1}`` is the power rule's derivative, not layer ``a - 1`` of ``w`` (fresh45).

A letter written with a shifted superscript (``z^{m-1}_i``) is evidence of layer labels
(documents.layerletters), and every superscript of that letter was then read as a label — so after a
stationarity condition ``a\,w_j^{a-1} = \nu``, the squared norm ``\sum_j w_j^2`` became a sum of the entries of
a "layer 2" vector, which ``w`` does not change: the right gradient ``\nabla Q = (2w_1, 2w_2, 2w_3)`` was
SKIPPED (a shape mismatch: the gradient of a constant), and in a longer note FAILED. A shifted superscript
whose letter multiplies the site (``a\,w_j^{a-1}``, ``\frac{q}{q-1} p_i^{q-1}``) is what the power rule
writes, no evidence of layers."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.layerletters import labelled_letters


def test_the_power_rule_is_no_evidence_of_layers() -> None:
    assert labelled_letters(r"$a\,w_j^{a-1} = \nu$ and $\sum_j w_j^2$") == {}
    assert labelled_letters(r"$\frac{q}{q-1}p_i^{q-1}$ and $p_i^2$") == {}


def test_a_shifted_layer_superscript_is_still_evidence() -> None:
    assert "z" in labelled_letters(r"$z^m_j = \sum_i w^m_{ji} z^{m-1}_i$ and $z^1_0$")


def test_the_gradient_of_the_squared_norm_is_proved() -> None:
    steps = doc_steps("""
    For $a = 2$ the squared norm is $Q(w) = \\sum_j w_j^2$.

    A Lagrangian is stationary when $a\\,w_j^{a-1} = \\nu$ for every $j$.

    For $w = (1, 2, 3)$: $\\nabla Q = (2w_1, 2w_2, 2w_3)$.
    """)
    assert steps[-1].verdict.value == "PROVED", steps[-1].message
