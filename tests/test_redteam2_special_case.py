r"""A "where" sentence after a display that sets a name of both members to a number ("where
$a = 0$ is the linear case", "where $\lambda = 0$ gives ordinary least squares") may name a special
case, not a hypothesis of the step: solved for that name it wiped out a planted mistake, which was
PROVED. The step is checked as written first; one that holds only at that value is SKIPPED
(documents.steps._Checker). A name on one side only ("… + c where $c = 0$") stays a hypothesis."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

SCALAR = r"""
$$\frac{d}{dx}\left(a x^2 + b x\right) = RIGHT$$

where $a = 0$ is the linear case.
"""

RIDGE = r"""
Let $\mathbf{w} \in \mathbb{R}^d$, $X \in \mathbb{R}^{n \times d}$, $\mathbf{y} \in \mathbb{R}^n$.

$$L(\mathbf{w}) = \frac{1}{2}\|X\mathbf{w} - \mathbf{y}\|^2 + \frac{\lambda}{2}\|\mathbf{w}\|^2$$

$$\nabla_{\mathbf{w}} L(\mathbf{w}) = X^\top(X\mathbf{w} - \mathbf{y}) + DECAY\mathbf{w}$$

where $\lambda = 0$ gives ordinary least squares.
"""


def test_a_dropped_factor_is_not_proved_under_a_special_case():
    steps = doc_steps(SCALAR.replace("RIGHT", "a x + b"))
    assert steps[-1].verdict is Verdict.SKIPPED, steps[-1].message
    assert "a = 0" in steps[-1].message


def test_the_right_derivative_is_proved_as_written():
    steps = doc_steps(SCALAR.replace("RIGHT", "2 a x + b"))
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message
    assert "under the hypothesis" not in steps[-1].message


def test_a_doubled_weight_decay_is_not_proved_under_lambda_zero():
    steps = doc_steps(RIDGE.replace("DECAY", r"2\lambda"))
    assert steps[-1].verdict is not Verdict.PROVED and steps[-1].verdict is not Verdict.PASSED, steps[-1].message


def test_the_right_ridge_gradient_is_proved():
    steps = doc_steps(RIDGE.replace("DECAY", r"\lambda"))
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_a_name_on_one_side_only_is_still_a_hypothesis():
    steps = doc_steps("$$u v - u = u (v - 1) + c$$\nwhere $c = 0$.\n")
    assert steps[-1].verdict is Verdict.PROVED and "under the hypothesis c = 0" in steps[-1].message
