r"""A scalar role the prose gives a letter holds until the prose introduces the letter anew (review19a).

"Softmax with temperature $T$" in one section made T a scalar in the whole document (me18's
``documents.scalarroles``); a later section's "Let $T$ be the transition matrix" did not end it, so
``\partial(\mathbf{q}^\top T\mathbf{p})/\partial\mathbf{p} = T\mathbf{q}`` (the missing transpose) was
PROVED there; it was FAILED before the role was read. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Distillation

Softmax with temperature $T$: $p_i = \frac{e^{z_i / T}}{\sum_j e^{z_j / T}}$.

$$\frac{\partial p_i}{\partial z_i} = \frac{1}{T} p_i (1 - p_i)$$

# Markov chains

Let $T$ be the transition matrix of the chain and $\mathbf{q}$ a distribution.

$$\frac{\partial (\mathbf{q}^\top T \mathbf{u})}{\partial \mathbf{u}} = RHS$$
"""


def test_the_role_still_holds_in_its_own_section() -> None:
    step = doc_steps(_NOTES.replace("RHS", r"T^\top\mathbf{q}"), "notes.md")[0]
    assert step.verdict is Verdict.PROVED, step.message
    assert "temperature" in step.message


def test_a_letter_introduced_anew_is_no_longer_the_temperature() -> None:
    step = doc_steps(_NOTES.replace("RHS", r"T\mathbf{q}"), "notes.md")[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message
    step = doc_steps(_NOTES.replace("RHS", r"T^\top\mathbf{q}"), "notes.md")[-1]
    assert step.verdict is Verdict.PROVED, step.message


_REVERSED = r"""
# Markov chains

Let $T$ be the transition matrix of the chain and $\mathbf{q}$ a distribution.

$$\frac{\partial (\mathbf{q}^\top T \mathbf{u})}{\partial \mathbf{u}} = RHS$$

# Distillation

Softmax with temperature $T$: $p_i = \frac{e^{z_i / T}}{\sum_j e^{z_j / T}}$.

$$\frac{\partial p_i}{\partial z_i} = \frac{1}{T} p_i (1 - p_i)$$
"""


def test_a_role_stated_later_does_not_reach_back_over_an_introduction() -> None:
    steps = doc_steps(_REVERSED.replace("RHS", r"T\mathbf{q}"), "notes.md")
    assert steps[0].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[0].message
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message
