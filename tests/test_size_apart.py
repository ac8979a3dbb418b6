r"""A dimension named like a vector of the notes (``W_1 \in \mathbb{R}^{h \times d}`` beside the hidden
layer ``\mathbf{h}``) is a size of its own: bold h and italic h are two symbols
(:meth:`verifier.documents.infer._Inference.result`)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
Consider $\mathbf{h} = \sigma(W_1 \mathbf{x})$ and $\hat y = \mathbf{w}_2^\top \mathbf{h}$ with loss
$J = \frac12(\hat y - y)^2$, where $W_1 \in \mathbb{R}^{h \times d}$, $\mathbf{x} \in \mathbb{R}^d$,
$\mathbf{w}_2 \in \mathbb{R}^h$.

$$\frac{\partial J}{\partial \mathbf{w}_2} = SIGN\,\mathbf{h}$$
"""


def test_a_gradient_through_a_vector_named_like_a_size_is_checked():
    (step,) = doc_steps(NOTES.replace("SIGN", r"(\hat y - y)"))
    assert step.verdict is Verdict.PROVED
    assert "h_dim" in step.message


def test_its_sign_flip_is_failed():
    (step,) = doc_steps(NOTES.replace("SIGN", r"(y - \hat y)"))
    assert step.verdict is Verdict.FAILED
