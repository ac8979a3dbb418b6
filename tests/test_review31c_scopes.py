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


# "holding the other weights fixed" is what a partial derivative is, and "keeping the learning rate fixed" holds
# nothing the step differentiates: no semi-gradient (documents.heldconstant), a wrong derivative stays FAILED
_PARTIAL = (
    "Holding the other weights fixed, the partial derivative of the loss with respect to $w_1$ is\n\n"
    "$$\\frac{\\partial}{\\partial w_1} \\left(w_1 x_1 + w_2 x_2 - y\\right)^2 = "
    "2\\left(w_1 x_1 + w_2 x_2 - y\\right)$$\n"
)
_RATE = (
    "Keeping the learning rate fixed, the gradient of the squared loss is\n\n"
    "$$\\frac{\\partial}{\\partial w} \\frac{1}{2}\\left(w x - y\\right)^2 = \\left(w x - y\\right) w$$\n"
)


def test_holding_the_other_variables_fixed_is_no_semi_gradient() -> None:
    from verifier.documents.heldconstant import holds_constant

    assert not holds_constant("Holding the other weights fixed, the partial derivative is ")
    assert not holds_constant("Keeping the learning rate fixed, the gradient is ")
    assert holds_constant("Treating the target as a constant, ")
    assert holds_constant("holding the bootstrapped target fixed, we get ")
    assert doc_steps(_PARTIAL)[-1].verdict is Verdict.FAILED
    assert doc_steps(_RATE)[-1].verdict is Verdict.FAILED


def test_a_sentence_that_covers_the_other_case_too_states_no_condition() -> None:
    # "If ‖g‖ > c we rescale g and otherwise we keep it; in either case …": both regions, no condition
    # (documents.unreadconditions); a wrong gradient after it stays FAILED
    from verifier.documents.unreadconditions import stated_condition

    prose = "If $\\|g\\| > c$ we rescale $g$ and otherwise we keep it; in either case the gradient is "
    assert stated_condition(prose) is None
    assert stated_condition("When $\\|g\\| > c$ the clipped gradient has norm ") == "\\|g\\| > c"
    text = prose + "\n\n$$\\nabla_g \\frac{1}{2}\\|g\\|^2 = 2 g$$\n"
    assert doc_steps(text)[-1].verdict is Verdict.FAILED


_REAL_IN_WORDS = (
    "# Perceptron\n\nThe label is $y \\in \\{-1, +1\\}$. The margin update:\n\n"
    "$$y (w + y x) x = y w x + x^2$$\n\n"
    "# Regression\n\nNow the target is a real number. Expanding the squared error:\n\n"
    "$$\\frac{1}{2}(w x - y)^2 = \\frac{1}{2}(w^2 x^2 - 2 w x y + 1)$$\n"
)


def test_a_part_that_says_its_target_is_real_takes_no_signs_from_another() -> None:
    from verifier.documents.signlabels import signs_for

    lines = _REAL_IN_WORDS.splitlines()
    assert signs_for(lines, 5) == {"y"}
    assert signs_for(lines, 11) == set()
    logistic = ["# Setup", "", "Labels $y_i \\in \\{-1, +1\\}$.", "", "# Logistic regression", "",
                "The score $w^T x_i$ is a real number and", "", "$$y_i^2 = 1$$"]
    assert signs_for(logistic, 9) == {"y"}
    steps = doc_steps(_REAL_IN_WORDS)
    assert steps[0].verdict in (Verdict.PROVED, Verdict.PASSED), steps[0].message
    assert steps[-1].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[-1].message
