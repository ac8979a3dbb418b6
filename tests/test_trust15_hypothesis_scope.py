r"""Hypotheses stated in prose restrict the display they are stated for, and only that one (trust15).

A range stated after a display ("$$|x| = x$$ which holds when $x \ge 0$") or on its own line before it
("For $x > 0$, $$…$$") is read; a wrong display under it is FAILED (it was SKIPPED as a condition 'as they
say', or as 'an equation between undeclared quantities'). A hypothesis stated for one display ("which holds
when $A$ is symmetric", "For $x > 0$, $$…$$") is not read into the next sentence's display. Every example is
written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def test_a_range_stated_after_a_display_is_read() -> None:
    steps = doc_steps(r"""
    # Absolute values

    $$|x| = x$$

    which holds when $x \ge 0$.

    $$|y| = -y$$

    which holds when $y \ge 0$.
    """)
    assert steps[0].verdict.ok, steps[0].message
    assert steps[1].verdict is Verdict.FAILED, steps[1].message


def test_a_range_stated_on_the_display_line_makes_a_wrong_display_failed() -> None:
    steps = doc_steps("# Roots\n\nFor $x > 0$, $$\\sqrt{x^2} = -x$$\n")
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message


def test_a_symmetric_hypothesis_of_one_display_does_not_reach_the_next() -> None:
    steps = doc_steps(r"""
    # Quadratic forms

    Let $x$ be a vector and $A$ a square matrix.

    $$\nabla_x (x^T A x) = 2Ax$$

    which holds when $A$ is symmetric.

    For a general square matrix the same formula reads

    $$\nabla_x (x^T A x) = 2Ax$$
    """)
    assert steps[0].verdict.ok, steps[0].message
    assert steps[1].verdict is Verdict.FAILED, steps[1].message


def test_a_range_stated_before_an_earlier_display_does_not_reach_the_next_sentence() -> None:
    steps = doc_steps(r"""
    # Roots

    For $x > 0$,

    $$\sqrt{x^2} = x$$

    For negative values of $x$ instead,

    $$\sqrt{x^2} = x$$
    """)
    assert steps[0].verdict.ok, steps[0].message
    assert not steps[1].verdict.ok, steps[1].message


def test_an_index_case_stated_after_a_display_restricts_it() -> None:
    steps = doc_steps(r"""
    # Softmax Jacobian

    Let $p = \mathrm{softmax}(z)$.

    $$\frac{\partial p_i}{\partial z_j} = -p_i p_j$$

    for $i \neq j$.

    $$\frac{\partial p_i}{\partial z_j} = p_i p_j$$

    for $i \neq j$.
    """)
    assert steps[0].verdict.ok, steps[0].message
    assert steps[1].verdict is Verdict.FAILED, steps[1].message


def test_a_case_in_a_new_sentence_after_a_display_leads_the_next_one() -> None:
    steps = doc_steps(r"""
    # Softmax Jacobian

    Let $p = \mathrm{softmax}(z)$.

    $$\frac{\partial p_i}{\partial z_i} = p_i (1 - p_i)$$

    For $i \neq j$:

    $$\frac{\partial p_i}{\partial z_j} = -p_i p_j$$
    """)
    assert all(s.verdict.ok for s in steps), [s.message for s in steps]
