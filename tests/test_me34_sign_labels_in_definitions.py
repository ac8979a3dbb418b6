r"""±1 labels that a step reaches only through the notes' definitions.

The logistic loss for ±1 labels, ``f(w) = \log(1 + e^{-y w^\top x})`` with ``m = y w^\top x``, has the
Hessian ``\sigma(m)(1 - \sigma(m))\, x x^\top`` (y² = 1). The step writes no y: y is in f's and m's
definitions. The ±1 reading rewrote the chain's members only, so the step FAILED under every reading,
even where the notes say ``y \in \{-1, +1\}`` (a false FAILED). The reading now takes the labels as signs
in the definitions the step reaches too. Where the notes never state the labels' values but write the loss
in this margin form (``e^{-y w^\top x}``, the hinge ``\max(0, 1 - y w^\top x)``), labels ±1 are what the
form is written for: the step is not FAILED (SKIPPED, saying so), and never green on that alone."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.signlabels import margin_labels
from verifier.results import Verdict

_NOTES = r"""Compute the Hessian of $f(w) = \log(1 + e^{-y w^\top x})$SAID.

Let $m = y w^\top x$. Then
$$\nabla^2_w f = HESSIAN$$
"""


def _hessian(said: str, hessian: str) -> Verdict:
    (step,) = doc_steps(_NOTES.replace("SAID", said).replace("HESSIAN", hessian))
    return step.verdict


def test_said_labels_hold_in_the_definitions_the_step_reaches() -> None:
    assert _hessian(r" where $y \in \{-1, +1\}$", r"\sigma(m)(1 - \sigma(m))\, x x^\top") is Verdict.PROVED


def test_said_labels_keep_a_wrong_hessian_failed() -> None:
    assert _hessian(r" where $y \in \{-1, +1\}$", r"\sigma(m)(1 - \sigma(m))\, x^\top x") is not Verdict.PROVED
    assert _hessian(r" where $y \in \{-1, +1\}$", r"\sigma(m)\, x x^\top") is Verdict.FAILED


def test_the_margin_form_alone_keeps_the_step_from_failed_not_green() -> None:
    assert _hessian("", r"\sigma(m)(1 - \sigma(m))\, x x^\top") is Verdict.SKIPPED
    assert _hessian("", r"\sigma(m)\, x x^\top") is Verdict.FAILED  # wrong for ±1 labels too


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (r"the loss $\log(1 + e^{-y w^\top x})$", {"y": 1}),
        (r"the hinge $\max(0, 1 - y_i \mathbf{w}^\top x_i)$", {"y": 1}),
        (r"$\exp(-t_n w^T x_n)$", {"t": 1}),
        (r"$\sigma(y)$ and $e^{-y}$", {}),  # the label multiplies nothing: no margin
        (r"$y \in \{0, 1\}$ and $e^{-y w^\top x}$", {}),  # the notes say what y is
    ],
)
def test_margin_labels(text: str, found: dict[str, int]) -> None:
    assert margin_labels(text.split("\n"), 1) == found
