r"""Bold samples ``\mathbf{x}^{(i)}``: each sample is a vector (row i of a data matrix), so
``\mathbf{w}^\top \mathbf{x}^{(i)}`` is a number and the logistic-regression gradient is checked with
the shapes the notes mean (documents.infer, shapes, values.entry_of); a head written
``\mathcal{L}(\mathbf{w})`` defines the loss (documents.reader._HEAD)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
For samples $(\mathbf{x}^{(i)}, y^{(i)})$ the prediction is $\hat y^{(i)} = \sigma(\mathbf{w}^\top \mathbf{x}^{(i)})$
and the loss is

$$\mathcal{L}(\mathbf{w}) = -\frac{1}{m}\sum_{i=1}^m \left[y^{(i)}\log \hat y^{(i)}
+ (1 - y^{(i)})\log(1 - \hat y^{(i)})\right]$$

$$\nabla_{\mathbf{w}}\mathcal{L} = GRADIENT$$
"""


def test_the_logistic_gradient_over_bold_samples_is_proved():
    steps = doc_steps(NOTES.replace("GRADIENT", r"\frac{1}{m}\sum_{i=1}^m (\hat y^{(i)} - y^{(i)})\,\mathbf{x}^{(i)}"))
    assert [s.verdict for s in steps] == [Verdict.SKIPPED, Verdict.PROVED]
    assert "defines Lcal" in steps[0].message
    assert "bold samples" in steps[1].message


def test_a_sign_flip_in_it_is_failed():
    steps = doc_steps(NOTES.replace("GRADIENT", r"\frac{1}{m}\sum_{i=1}^m (y^{(i)} - \hat y^{(i)})\,\mathbf{x}^{(i)}"))
    assert steps[1].verdict is Verdict.FAILED


def test_a_dropped_mean_in_it_is_failed():
    steps = doc_steps(NOTES.replace("GRADIENT", r"\sum_{i=1}^m (\hat y^{(i)} - y^{(i)})\,\mathbf{x}^{(i)}"))
    assert steps[1].verdict is Verdict.FAILED
