r"""A function the notes define, ``E(\mathbf{w}) = \frac{1}{n}\sum_i (y_i - \mathbf{w}^\top \mathbf{x}_i)^2``
(an error, as in Bishop), differentiated bare, ``\partial E / \partial \mathbf{w}``: E is defined
(the expectation keeps its brackets, ``\mathbb{E}[x]``), and the data x, y its body holds fixed are
not "names that may depend on w" (:mod:`verifier.documents.guesses`)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
The mean squared error $E(\mathbf{w}) = \frac{1}{n}\sum_{i=1}^n (y_i - \mathbf{w}^\top\mathbf{x}_i)^2$ has

$$\frac{\partial E}{\partial \mathbf{w}}
= -\frac{FACTOR}{n}\sum_{i=1}^n (y_i - \mathbf{w}^\top\mathbf{x}_i)\mathbf{x}_i$$
"""


def test_the_gradient_of_a_function_defined_as_E_of_w_is_proved():
    (step,) = doc_steps(NOTES.replace("FACTOR", "2"))
    assert step.verdict is Verdict.PROVED


def test_a_dropped_factor_two_in_it_is_failed():
    (step,) = doc_steps(NOTES.replace("FACTOR", "1"))
    assert step.verdict is Verdict.FAILED


def test_the_expectation_is_still_read_with_brackets():
    (step,) = doc_steps(NOTES.replace("FACTOR", "2") + "\n$$\\mathbb{E}[x + 1] = \\mathbb{E}[x] + 1$$\n")[1:]
    assert step.verdict is Verdict.PROVED
    assert "linear functional" in step.message
