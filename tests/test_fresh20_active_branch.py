r"""A gradient the prose states on the active side of a hinge: "When the triplet is active the gradients are".

The triplet loss is defined as ``L = \max(0, \|a - p\|^2 - \|a - n\|^2 + \alpha)`` and the solution gives
its gradients where the max takes its second argument ("when the triplet is active"). The checker sampled
the whole space, where the max is 0 half the time, and the correct gradients were FAILED. Where the sentence
leading into the display says the hinge is active, a FAILED step that differentiates such a name is checked
again with the max replaced by its active argument; a gradient wrong on that side stays FAILED."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.activebranch import active_argument
from verifier.results import Verdict

DEFINED = ("Anchor $a$, positive $p$, negative $n$ in $\\mathbb{R}^d$, margin $\\alpha > 0$:\n"
           "$L = \\max\\left(0, \\|a - p\\|^2 - \\|a - n\\|^2 + \\alpha\\right)$.\n\n")


def test_the_active_argument_of_a_max() -> None:
    assert active_argument("\\max\\left(0, x - y\\right) + 1") == "(x - y) + 1"
    assert active_argument("\\max(0, 1 - y w^\\top x)^2") == "(1 - y w^\\top x)^2"
    assert active_argument("\\max\\{0, s_j - s_y + 1\\}") == "(s_j - s_y + 1)"
    assert active_argument("\\max(x, 0)") == "(x)"
    assert active_argument("\\max(a, b)") is None
    assert active_argument("x^2") is None


def test_the_gradient_on_the_active_side_is_not_failed() -> None:
    steps = doc_steps(DEFINED + "When the triplet is active the gradient is\n$$\\nabla_n L = 2(a - n)$$\n")
    assert steps and steps[0].verdict in (Verdict.PROVED, Verdict.PASSED), steps[0].message
    assert "active" in steps[0].message


def test_a_wrong_gradient_on_the_active_side_stays_failed() -> None:
    steps = doc_steps(DEFINED + "When the triplet is active the gradient is\n$$\\nabla_n L = 2(n - a)$$\n")
    assert steps and steps[0].verdict is Verdict.FAILED, steps[0].message


def test_without_the_words_the_step_is_not_read_on_one_side() -> None:
    steps = doc_steps(DEFINED + "The gradient is\n$$\\nabla_n L = 2(a - n)$$\n")
    assert steps and steps[0].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[0].message


def test_with_a_relu_reached_beside_the_hinge_the_words_do_not_say_which() -> None:
    text = ("Let $h = \\max(0, z)$ and $L = \\max\\left(0, 1 - y h\\right)$.\n\n"
            "When the margin is violated the gradient is\n$$\\frac{\\partial L}{\\partial z} = -y$$\n")
    steps = doc_steps(text)
    assert steps and steps[0].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[0].message


@pytest.mark.parametrize("said", [
    "The derivative is $-3$ where the hinge is active, and on the flat side, where the margin is met, it is",
    "The derivative is $-3$ while the hinge is active; once $w$ passes $1/3$ it becomes",
    "It is $-3$ when the hinge is active but past $w = 1/3$ it is",
])
def test_a_sentence_that_goes_on_to_the_other_side_is_not_read_active(said: str) -> None:
    # review32a: the active branch excused the display the sentence puts on the flat side (PROVED)
    steps = doc_steps(f"Define $L = \\max(0, 1 - 3 w)$ for a scalar $w$.\n\n{said}\n\n$$\\frac{{dL}}{{dw}} = -3$$\n")
    assert steps and steps[0].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[0].message


def test_an_active_clause_leading_into_the_display_is_still_read() -> None:
    said = "On the flat side the derivative is $0$, and when the hinge is active, it is"
    steps = doc_steps(f"Define $L = \\max(0, 1 - 3 w)$ for a scalar $w$.\n\n{said}\n\n$$\\frac{{dL}}{{dw}} = -3$$\n")
    assert steps and steps[0].verdict in (Verdict.PROVED, Verdict.PASSED), steps[0].message
