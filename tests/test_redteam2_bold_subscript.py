r"""An annotation of a bold sample written with a subscript, ``$\mathbf{x}_n \in \mathbb{R}^D$``
(Bishop's notation), annotates x_n, never the subscript n: read as "n is a vector of R^D", the
regularised least-squares gradient was FAILED although it is right (documents.annotations)."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.annotations import annotations_of
from verifier.results import Verdict

NOTES = r"""
With inputs $\mathbf{x}_n \in \mathbb{R}^D$, targets $t_n$, $n = 1, \dots, N$ and weights $\mathbf{w} \in \mathbb{R}^D$:

$$E(\mathbf{w}) = \frac{1}{2} \sum_{n=1}^N \left(\mathbf{w}^\top \mathbf{x}_n - t_n\right)^2$$

$$\mathcal{L}(\mathbf{w}) = E(\mathbf{w}) + \frac{\lambda}{2} \mathbf{w}^\top \mathbf{w}$$

$$\frac{\partial \mathcal{L}}{\partial \mathbf{w}} = GRADIENT$$
"""

RIGHT = r"\sum_{n=1}^N \left(\mathbf{w}^\top \mathbf{x}_n - t_n\right) \mathbf{x}_n + \lambda \mathbf{w}"


def test_the_annotation_names_the_bold_sample_not_its_subscript():
    text = r"inputs $\mathbf{x}_n \in \mathbb{R}^D$ and $\boldsymbol{\phi}_{n} \in \mathbb{R}^M$"
    shapes = annotations_of(text).shapes
    assert ("n", ()) not in shapes
    assert shapes[("x", ("n",))] == (("D", ()),)
    assert shapes[("phi", ("n",))] == (("M", ()),)


def test_the_regularised_gradient_is_not_failed():
    steps = doc_steps(NOTES.replace("GRADIENT", RIGHT))
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_a_doubled_weight_decay_in_it_is_failed():
    steps = doc_steps(NOTES.replace("GRADIENT", RIGHT.replace(r"\lambda", r"2\lambda")))
    assert steps[-1].verdict is Verdict.FAILED


def test_a_sign_flip_in_it_is_failed():
    flipped = RIGHT.replace(r"\mathbf{w}^\top \mathbf{x}_n - t_n", r"t_n - \mathbf{w}^\top \mathbf{x}_n")
    steps = doc_steps(NOTES.replace("GRADIENT", flipped))
    assert steps[-1].verdict is Verdict.FAILED
