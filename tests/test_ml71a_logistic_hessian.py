r"""The logistic-regression Hessian as a sum of outer products and as ``X^\top S X`` (ml71a).

``S = \operatorname{diag}(\mu_1(1-\mu_1), \dots, \mu_n(1-\mu_n))`` was refused by the grammar (an ellipsis in an
argument list), so S was undefined and ``\sum_i \mu_i(1-\mu_i) x_i x_i^\top = X^\top S X`` SKIPPED. The list is
now read as the diagonal matrix over an index (latex.diagellipsis): the right step is PROVED, its wrong twins
(a dropped ``(1-\mu)``, a sign, ``x_i^\top x_i``, a sign of the whole Hessian) are FAILED or at least not green.
"""

from __future__ import annotations

import pytest
from support import line_of, verdicts_by_line

from verifier.latex.diagellipsis import diag_template

GREEN = ("PROVED", "PASSED")

NOTE = r"""\section{Newton's method for logistic regression}
Let $\mathbf{x}_1, \dots, \mathbf{x}_n \in \mathbb{R}^d$ be the inputs, $y_i \in \{0,1\}$ the labels, and
$\mu_i = \sigma(\mathbf{w}^\top \mathbf{x}_i)$. The negative log-likelihood is
\begin{equation}
  \ell(\mathbf{w}) = -\sum_{i=1}^n \bigl[ y_i \log \mu_i + (1 - y_i) \log (1 - \mu_i) \bigr].
\end{equation}
Its Hessian is
\begin{equation}
  \nabla^2_{\mathbf{w}} \ell(\mathbf{w}) = HESSIAN = X^\top S X,
\end{equation}
where $X \in \mathbb{R}^{n \times d}$ has rows $\mathbf{x}_i^\top$ and $S = \operatorname{diag}(WEIGHTS)$.
"""

RIGHT = r"\sum_{i=1}^n \mu_i (1 - \mu_i) \mathbf{x}_i \mathbf{x}_i^\top"
WEIGHTS = r"\mu_1(1-\mu_1), \dots, \mu_n(1-\mu_n)"


def _verdicts(hessian: str = RIGHT, weights: str = WEIGHTS) -> list[str]:
    text = NOTE.replace("HESSIAN", hessian).replace("WEIGHTS", weights)
    return verdicts_by_line(text, "notes.tex")[line_of(text, "= X^\\top S X")]


def test_the_template_of_a_diagonal_list() -> None:
    assert diag_template(r"S = \operatorname{diag}(\mu_1(1-\mu_1), \dots, \mu_n(1-\mu_n))") == \
        r"S = \operatorname{diag}(\mu _ i ( 1 - \mu _ i ))"
    assert diag_template(r"\mathrm{diag}(d_{1}, \ldots, d_{N})") == r"\operatorname{diag}(d _ { i })"
    assert diag_template(r"\operatorname{diag}(a_1, \dots, a_n) + B") == r"\operatorname{diag}(a _ i) + B"


@pytest.mark.parametrize("src", [
    r"\operatorname{diag}(1, \dots, n)",  # no subscript: the numbers 1..n, not read
    r"\operatorname{diag}(a_1, \dots, b_n)",  # two names
    r"\operatorname{diag}(a_0, \dots, a_n)",  # from 0: not the index 1
    r"\operatorname{diag}(a_1, a_2, \dots, a_n)",  # a middle entry written
    r"\operatorname{diag}(a_1(1 - a_1), \dots, a_n(n - a_n))",  # a 1 that is no subscript changed
])
def test_other_lists_are_left_as_written(src: str) -> None:
    assert diag_template(src) == src


def test_the_hessian_as_x_transpose_s_x_is_proved() -> None:
    assert _verdicts()[-2:] == ["PROVED", "PROVED"]


# the wrong twins: FAILED when checked alone (``verify doc``, 10-25 s each: every reading of X is tried before a
# FAILED); under a loaded test run they may run out of time, so the guards ask that none is green
@pytest.mark.parametrize("weights", [
    r"\mu_1, \dots, \mu_n",  # (1 - mu) dropped
    r"\mu_1(1+\mu_1), \dots, \mu_n(1+\mu_n)",  # a sign
    r"\mu_1^2(1-\mu_1)^2, \dots, \mu_n^2(1-\mu_n)^2",  # squared
])
def test_wrong_weights_are_not_green(weights: str) -> None:
    assert _verdicts(weights=weights)[-1] not in GREEN


@pytest.mark.parametrize("hessian", [
    r"\sum_{i=1}^n \mu_i \mathbf{x}_i \mathbf{x}_i^\top",  # (1 - mu) dropped
    r"-\sum_{i=1}^n \mu_i (1 - \mu_i) \mathbf{x}_i \mathbf{x}_i^\top",  # a sign
])
def test_wrong_outer_product_sums_are_not_green(hessian: str) -> None:
    assert _verdicts(hessian)[0] not in GREEN


def test_an_inner_product_for_the_outer_one_is_not_green() -> None:
    assert _verdicts(r"\sum_{i=1}^n \mu_i (1 - \mu_i) \mathbf{x}_i^\top \mathbf{x}_i")[0] not in GREEN


def test_the_markdown_sum_with_an_unbounded_product_form() -> None:
    text = r"""# Hessian

For inputs $x_1, \dots, x_n \in \mathbb{R}^d$ let $p_i = \sigma(w^\top x_i)$ and
$L(w) = -\sum_{i=1}^n [y_i \log p_i + (1-y_i)\log(1-p_i)]$. With
$S = \operatorname{diag}(p_1(1 - p_1), \ldots, p_n(1 - p_n))$ and $X$ the matrix with rows $x_i^\top$,

$$
\nabla^2_w L(w) = \sum_{i=1}^n p_i (1 - p_i)\, x_i x_i^\top = X^\top S X .
$$
"""
    assert verdicts_by_line(text)[line_of(text, "= X^\\top S X")] == ["PROVED", "PROVED"]
