r"""An unrelated model with an unsaid added term does not take the prose's noise away (review21b).

Since any added undefined name counts as a model's noise term, a layer ``z = Wx + b`` (b a bias) is one
too; the re-check left out every model of the notes and called the reading said only if every model's
noise was said, so the correct fit gradient through ``y = Xw + \epsilon`` "where $\epsilon$ is Gaussian
noise" went PROVED -> SKIPPED beside the layer. Only the models a step goes through count. Every example
is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Fitting

A layer computes $z = Wx + b$. The data follow $y = Xw + \epsilon$ where $\epsilon$ is Gaussian noise.

$$J(w) = \|y - Xw\|^2$$

$$\nabla_w J = {rhs}$$
"""


def test_the_fit_through_the_said_model_is_proved_beside_an_unrelated_layer() -> None:
    step = doc_steps(_NOTES.replace("{rhs}", "-2X^T(y - Xw)"))[-1]
    assert step.verdict is Verdict.PROVED, step.message
    assert "noise b" not in step.message


def test_the_dropped_two_is_not_green_beside_an_unrelated_layer() -> None:
    step = doc_steps(_NOTES.replace("{rhs}", "-X^T(y - Xw)"))[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message
