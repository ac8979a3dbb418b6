r"""The logistic-regression Hessian as a sum of outer products and as ``X^\top S X`` (ml71a): guards.

``\nabla^2 L(w) = \sum_i \sigma(w^\top x_i)(1 - \sigma(w^\top x_i)) x_i x_i^\top`` (the samples annotated) and
``X^\top S X`` with ``S = \operatorname{diag}(\mu_i(1-\mu_i))`` are read and PROVED on the base; these tests pin that
down, with the wrong twins (a dropped ``(1-\sigma)``, a sign, ``x_i^\top x_i``) not green. The list form
``\operatorname{diag}(\mu_1(1-\mu_1), \dots, \mu_n(1-\mu_n))`` stays unread (readings.md, ml71a: a rewrite of it
was taken back, since a diag the prose only supposes would then be read as a definition).
"""

from __future__ import annotations

import pytest
from support import line_of, verdicts_by_line

GREEN = ("PROVED", "PASSED")

NOTE = r"""# The Hessian of logistic regression

For data $x_1, \dots, x_n \in \mathbb{R}^d$ with labels $y_i \in \{0, 1\}$ the loss is
$$
L(w) = -\sum_{i=1}^n \left[ y_i \log \sigma(w^\top x_i) + (1 - y_i) \log(1 - \sigma(w^\top x_i)) \right].
$$
Its Hessian is
$$
\nabla^2 L(w) = HESSIAN .
$$
"""

RIGHT = r"\sum_{i=1}^n \sigma(w^\top x_i)(1 - \sigma(w^\top x_i)) x_i x_i^\top"


def _verdicts(hessian: str) -> list[str]:
    text = NOTE.replace("HESSIAN", hessian)
    return verdicts_by_line(text)[line_of(text, r"\nabla^2 L(w) =")]


def test_the_sum_of_outer_products_is_green() -> None:
    assert _verdicts(RIGHT)[-1] in GREEN


@pytest.mark.parametrize("hessian", [
    r"\sum_{i=1}^n \sigma(w^\top x_i) x_i x_i^\top",  # (1 - sigma) dropped
    r"-\sum_{i=1}^n \sigma(w^\top x_i)(1 - \sigma(w^\top x_i)) x_i x_i^\top",  # a sign
    r"\sum_{i=1}^n \sigma(w^\top x_i)(1 - \sigma(w^\top x_i)) x_i^\top x_i",  # inner for outer product
    r"\sum_{i=1}^n \sigma(w^\top x_i)(1 + \sigma(w^\top x_i)) x_i x_i^\top",  # a sign inside
])
def test_wrong_twins_are_not_green(hessian: str) -> None:
    assert _verdicts(hessian)[-1] not in GREEN


WEIGHTED = r"""# Newton's method

Let $x_1, \dots, x_n \in \mathbb{R}^d$ be the inputs, stacked as the rows of $X \in \mathbb{R}^{n \times d}$, and
$\mu_i = \sigma(w^\top x_i)$. Let $S = \operatorname{diag}(WEIGHTS)$. Then

$$
\sum_{i=1}^n \mu_i (1 - \mu_i) x_i x_i^\top = X^\top S X .
$$
"""


def test_x_transpose_s_x_with_the_weights_over_i_is_green() -> None:
    text = WEIGHTED.replace("WEIGHTS", r"\mu_i (1 - \mu_i)")
    assert verdicts_by_line(text)[line_of(text, "= X^\\top S X")][-1] in GREEN


@pytest.mark.parametrize("weights", [r"\mu_i", r"\mu_i (1 + \mu_i)"])
def test_wrong_weights_are_not_green(weights: str) -> None:
    text = WEIGHTED.replace("WEIGHTS", weights)
    assert verdicts_by_line(text)[line_of(text, "= X^\\top S X")][-1] not in GREEN
