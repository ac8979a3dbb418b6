r"""A claim in the very sentence that gives a matrix as ``\operatorname{diag}`` of numbers is about that matrix.

"Let $L(w) = \frac{1}{2} w^\top H w$ with $H = \operatorname{diag}(4, 1)$, so $\nabla L(w) = H w$" (fresh28's SAM
note): a worked ``diag(…)`` of numbers is no statement about H in the general steps around it (fresh20's spectral
norm, test_fresh24_diag_symmetric), so H was a general matrix and the right gradient FAILED. In the sentence that
states it, the claim is made for that diagonal (so symmetric) H: it is read so. A later display keeps H general.
Examples written here."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")


def test_the_gradient_claimed_in_the_sentence_of_the_diag_is_green() -> None:
    steps = doc_steps("Let $L(w) = \\frac{1}{2} w^\\top H w$ with $H = \\operatorname{diag}(4, 1)$, "
                      "so $\\nabla L(w) = H w$.\n")
    assert steps and steps[-1].verdict.value in GREEN, [s.message for s in steps]


def test_a_wrong_gradient_in_that_sentence_is_failed() -> None:
    steps = doc_steps("Let $L(w) = \\frac{1}{2} w^\\top H w$ with $H = \\operatorname{diag}(4, 1)$, "
                      "so $\\nabla L(w) = 2 H w$.\n")
    assert steps and steps[-1].verdict.value == "FAILED", [s.message for s in steps]


def test_a_display_after_a_worked_diag_keeps_the_matrix_general() -> None:
    steps = doc_steps("Let $L(w) = \\frac{1}{2} w^\\top H w$. For example $H = \\operatorname{diag}(4, 1)$.\n\n"
                      "The gradient is\n\n$$\\nabla L(w) = H w$$\n")
    assert steps and steps[-1].verdict.value not in GREEN, [s.message for s in steps]
