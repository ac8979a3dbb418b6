r"""Equations joined by ⇔ / ⇒: each is checked as following from the one before it (a nonzero
multiple of its left minus right side), never as an identity, and never FAILED by that reading."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NORMAL = r"""
    Setting the gradient to zero:

    $$ \frac{1}{2}\left(-2 \mathbf{A}^T \mathbf{b} + 2 \mathbf{A}^T \mathbf{A} \mathbf{w}\right) = 0
    \Leftrightarrow -\mathbf{A}^T \mathbf{b} + \mathbf{A}^T \mathbf{A} \mathbf{w} = 0
    \Leftrightarrow \mathbf{A}^T \mathbf{A} \mathbf{w} = \mathbf{A}^T \mathbf{b} $$
    """


def _by_text(steps: list, text: str):  # type: ignore[no-untyped-def]
    return next(s for s in steps if s.lhs_latex.strip().startswith(text))


def test_a_multiple_of_the_equation_before_follows_from_it() -> None:
    steps = doc_steps(NORMAL)
    moved = _by_text(steps, r"-\mathbf{A}^T")
    solved = _by_text(steps, r"\mathbf{A}^T \mathbf{A}")
    assert moved.verdict is Verdict.PROVED, moved.message
    assert "equation before it" in moved.message
    assert solved.verdict is Verdict.PROVED, solved.message


def test_a_wrong_rewriting_is_not_green() -> None:
    steps = doc_steps(NORMAL.replace(r"\Leftrightarrow \mathbf{A}^T \mathbf{A} \mathbf{w} = \mathbf{A}^T \mathbf{b}",
                                     r"\Leftrightarrow \mathbf{A}^T \mathbf{A} \mathbf{w} = 2 \mathbf{A}^T \mathbf{b}"))
    solved = _by_text(steps, r"\mathbf{A}^T \mathbf{A}")
    assert solved.verdict is Verdict.SKIPPED, solved.message


def test_scalar_equations() -> None:
    steps = doc_steps(r"""
        $$ 2x - 4 = 0 \Rightarrow x - 2 = 0 $$
        """)
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_a_multiplier_that_may_vanish_is_not_green() -> None:
    # (x - 3)(x - 2) = 0 has the solution x = 3 too
    steps = doc_steps(r"""
        $$ x - 2 = 0 \Leftrightarrow (x - 3)(x - 2) = 0 $$
        """)
    assert steps[-1].verdict is Verdict.SKIPPED, steps[-1].message


def test_equations_not_joined_by_a_connective_are_not_linked() -> None:
    steps = doc_steps(r"""
        $$ 2x - 4 = 0, \quad x - 2 = 0 $$
        """)
    assert all(s.verdict is not Verdict.PROVED for s in steps), [s.message for s in steps]
