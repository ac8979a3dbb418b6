r"""review31c: readings of fresh19 and shapes20 kept to where the notes' words hold.

A ±1 label (documents.signlabels) is the notes' word until they say otherwise: a later
``$y \in \mathbb{R}$`` (regression after the perceptron) makes y a real number again, and a wrong
expansion that drops ``y^2`` for 1 there is no identity."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.signlabels import signed_names
from verifier.results import Verdict

_TWO_SECTIONS = (
    "# Perceptron\n\nLabels are $y_i \\in \\{-1, +1\\}$. The margin update:\n\n"
    "$$y_i (w + y_i x_i)^\\top x_i = y_i w^\\top x_i + \\|x_i\\|^2$$\n\n"
    "# Regression\n\nNow the targets $y \\in \\mathbb{R}$ are real numbers and $w, x$ are scalars. "
    "Expanding the squared error:\n\n"
    "$$\\frac{1}{2}(w x - y)^2 = \\frac{1}{2}(w^2 x^2 - 2 w x y + 1)$$\n"
)


def test_a_label_declared_real_later_is_no_sign() -> None:
    assert signed_names("$y_i \\in \\{-1, +1\\}$ and later $y \\in \\mathbb{R}$") == set()
    assert signed_names("$y_i \\in \\mathbb{R}$ and later $y_i \\in \\{-1, +1\\}$") == {"y"}
    assert signed_names("$x \\in \\mathbb{R}^d$, $y_i \\in \\{-1, +1\\}$") == {"y"}


def test_a_wrong_step_after_the_labels_are_declared_real_is_not_green() -> None:
    steps = doc_steps(_TWO_SECTIONS)
    assert steps[0].verdict in (Verdict.PROVED, Verdict.PASSED), steps[0].message
    assert steps[-1].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[-1].message
