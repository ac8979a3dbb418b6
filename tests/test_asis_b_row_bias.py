r"""A bias added to a vector-matrix product (``h W^{(2)} + b^{(2)}``, vectors as rows) is a row vector
of the product's length (documents/shapes.py), and a definition's shape reaches the definitions
before it in the chain's order (``\hat{y} = softmax(v)`` with ``v = h W + b``), so
``\partial J / \partial b^{(2)} = \hat{y} - y`` is checked as the notes write it."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

GREEN = {Verdict.PROVED, Verdict.PASSED}

_NET = r"""
The forward pass, with row vectors:
$$
\begin{align}
a &= u A^{(1)} + b^{(1)} \\
g &= \sigma(a) \\
s &= g A^{(2)} + b^{(2)} \\
q &= \text{softmax}(s) \\
J &= - t_i \log(q_i)
\end{align}
$$
Entry by entry,
$$
\frac{\partial s_k}{\partial g_j} = A^{(2)}_{jk}
$$
and
$$
\frac{\partial a_j}{\partial u_m} = A^{(1)}_{mj}
$$
and the label $t$ is one-hot, so
$$
{claim}
$$
"""


def test_the_gradient_of_a_row_bias_is_checked() -> None:
    step = doc_steps(_NET.replace("{claim}", r"\frac{\partial J}{\partial b^{(2)}} = q - t"))[-1]
    assert step.verdict is Verdict.PROVED
    assert "b^(2): a row vector" in step.message and "a bias added to a vector-matrix product" in step.message


def test_a_wrong_gradient_of_a_row_bias_is_not_green() -> None:
    for wrong in (r"\frac{\partial J}{\partial b^{(2)}} = t - q",  # sign flip
                  r"\frac{\partial J}{\partial b^{(2)}} = q + t",  # sign of the label
                  r"\frac{\partial J}{\partial b^{(2)}} = q - 2t"):  # a factor
        assert doc_steps(_NET.replace("{claim}", wrong))[-1].verdict not in GREEN, wrong


def test_a_bias_of_another_letter_is_not_guessed_a_vector() -> None:
    # only b is read as a bias (as for W h + b): c^{(2)} keeps no shape of its own
    body = _NET.replace("b^{(2)}", "c^{(2)}").replace("{claim}", r"\frac{\partial J}{\partial c^{(2)}} = q - t")
    assert "c^(2): a row vector" not in doc_steps(body)[-1].message
