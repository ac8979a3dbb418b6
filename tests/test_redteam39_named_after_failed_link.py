r"""A name a chain's later link names (``\frac{dL}{dw} = 2w + 2 =: g(w)``) after a link that is FAILED has two
values, the sides of that link: ``g(1) = 4`` was PROVED with g read as 2w + 2 while L'(1) = 5; a name a ⇒ chain
defines by a solution that does not follow from the equation before it is no solution either
(documents.premises.on_unsettled_names)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
    Let $L(w) = w^2 + 3w$.

    $$\frac{dL}{dw} = 2w + 2 =: g(w)$$

    At the start,

    $$g(1) = 4$$
    """

NAMED = r"""
    Let $f(x) = x^3 + x$. Its derivative is

    $$\frac{d f}{d x} = 3x^2 + 2 = g(x)$$

    and therefore

    $$g(1) = 5$$
    """


def test_a_name_after_a_failed_link_makes_no_green() -> None:
    for notes in (NOTES, NAMED):
        steps = doc_steps(notes)
        assert steps[0].verdict is Verdict.FAILED
        assert steps[-1].verdict is Verdict.SKIPPED, notes
        assert "defines through its step 1, which does not hold there (FAILED)" in steps[-1].message


def test_after_a_link_that_holds_it_is_proved() -> None:
    steps = doc_steps(NOTES.replace("2w + 2", "2w + 3").replace("= 4$$", "= 5$$"))
    assert steps[0].verdict is Verdict.PROVED
    assert steps[-1].verdict is Verdict.PROVED


def test_defined_anew_the_name_is_read_again() -> None:
    steps = doc_steps(NOTES.replace("At the start,", "Now let $g(w) = 2w + 2$ instead. At the start,"))
    assert steps[-1].verdict is Verdict.PROVED


SOLVED = r"""
    Let $A \in \mathbb{R}^{3 \times 3}$ and $b \in \mathbb{R}^3$, $w \in \mathbb{R}^3$.

    $$\nabla_w \tfrac12 \|A w - b\|^2 = A^\top A w - A^\top b = 0$$

    $$\Rightarrow w = \tfrac12 (A^\top A)^{-1} A^\top b$$

    Then the residual's projection is

    $$A^\top (A w - b) = -\tfrac12 A^\top b$$
    """


def test_a_solution_that_does_not_follow_defines_no_green() -> None:
    # w = ½(AᵀA)⁻¹Aᵀb is "not shown to follow" from AᵀAw - Aᵀb = 0, yet it defined w for the lines after it
    steps = doc_steps(SOLVED)
    assert steps[-2].verdict is Verdict.SKIPPED
    assert steps[-1].verdict is Verdict.SKIPPED
    assert "not shown to follow from the equation before it" in steps[-1].message


def test_a_solution_that_follows_keeps_the_later_step_green() -> None:
    steps = doc_steps(SOLVED.replace(r"w = \tfrac12 (A", r"w = (A").replace(r"= -\tfrac12 A^\top b", "= 0"))
    assert steps[-2].verdict is Verdict.PROVED
    assert steps[-1].verdict is Verdict.PROVED
