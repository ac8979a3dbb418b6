r"""Samples the prose annotates one by one, ``x_i \in \mathbb{R}^d``, are one family of vectors (read18).

"We have samples $x_1, \dots, x_n$, each $x_i \in \mathbb{R}^d$" made ``x_i`` a name of its own (one vector,
the same for every i) and ``x_1`` entry 1 of a vector of numbers x: ``\partial z_1/\partial w = x_1`` was
SKIPPED as a shape clash, ``\sum_{i=1}^n x_i = n x_i`` PROVED, and the least-squares component gradient,
which writes ``w^T x_i`` beside ``x_{ij}`` (entry j of sample i), FAILED. Each ``x_i``, ``x_1``, ``x_{ij}``
is now read in the one family of samples: sample i a vector in R^d, x_{ij} its entry j.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_SAMPLES = """# Squared loss

We have samples $x_1, \\dots, x_n$, each $x_i \\in \\mathbb{R}^d$, with targets $y_i$, and weights
$w \\in \\mathbb{R}^d$. Let $z_i = w^T x_i$ and $\\ell = \\frac12 \\sum_i (z_i - y_i)^2$.

$${step}$$
"""


@pytest.mark.parametrize("step", [
    r"\frac{\partial z_1}{\partial w} = x_1",
    r"\frac{\partial \ell}{\partial x_1} = (z_1 - y_1) w",
    r"z_1 - y_1 = w^T x_1 - y_1",
    r"\frac{\partial}{\partial w} \frac12 (w^T x_1 - y_1)^2 = (x_1^T w - y_1) x_1",
    r"\frac{\partial \ell}{\partial w} = \sum_i (w^T x_i - y_i) x_i",
])  # fmt: skip
def test_a_numbered_sample_is_a_vector_of_the_family(step: str) -> None:
    r = doc_steps(_SAMPLES.replace("{step}", step))[-1]
    assert r.verdict in _GREEN, r.message


@pytest.mark.parametrize("step", [
    r"\frac{\partial z_1}{\partial w} = 2 x_1",
    r"\frac{\partial \ell}{\partial x_1} = (z_1 - y_1) x_1",
])  # fmt: skip
def test_a_wrong_step_with_a_numbered_sample_is_not_green(step: str) -> None:
    r = doc_steps(_SAMPLES.replace("{step}", step))[-1]
    assert r.verdict not in _GREEN, r.message


def test_a_wrong_gradient_over_the_samples_is_failed() -> None:
    r = doc_steps(_SAMPLES.replace("{step}", r"\frac{\partial \ell}{\partial w} = \sum_i (w^T x_i - y_i) w"))[-1]
    assert r.verdict is Verdict.FAILED, r.message


def test_a_sum_of_the_samples_is_not_n_times_one_of_them() -> None:
    r"""Read as one name, ``x_i`` was the same vector for every i and this PROVED."""
    notes = "# Mean\n\nSamples $x_i \\in \\mathbb{R}^d$, $i = 1, \\dots, n$.\n\n$$\\sum_{i=1}^n x_i = n x_i$$\n"
    r = doc_steps(notes)[-1]
    assert r.verdict not in _GREEN, r.message


_COMPONENT = """# Least squares

We have samples $x_i \\in \\mathbb{R}^d$ for $i = 1, \\dots, n$, targets $y_i$, and weights
$w \\in \\mathbb{R}^d$. We write $x_{ij}$ for entry $j$ of $x_i$.

$$\\frac{\\partial}{\\partial w_j} \\frac12\\sum_i (w^T x_i - y_i)^2 = {right}$$
"""


def test_the_component_gradient_reads_x_ij_as_entry_j_of_sample_i() -> None:
    r = doc_steps(_COMPONENT.replace("{right}", r"\sum_i (w^T x_i - y_i) x_{ij}"))[-1]
    assert r.verdict in _GREEN, r.message


@pytest.mark.parametrize("wrong", [r"\sum_i (w^T x_i - y_i) w_j",
                                   r"\sum_i (w^T x_i + y_i) x_{ij}"])
def test_a_wrong_component_gradient_is_failed(wrong: str) -> None:
    r = doc_steps(_COMPONENT.replace("{right}", wrong))[-1]
    assert r.verdict is Verdict.FAILED, r.message


def test_labelled_vectors_of_different_lengths_are_no_family() -> None:
    r"""``b_h \in \mathbb{R}^H`` and ``b_o \in \mathbb{R}^K``: labels (hidden, output), not samples."""
    notes = ("# Layers\n\nBiases $b_h \\in \\mathbb{R}^H$ and $b_o \\in \\mathbb{R}^K$, $u \\in \\mathbb{R}^H$.\n\n"
             "$$\\frac{\\partial}{\\partial b_h} u^T b_h = u$$\n")
    r = doc_steps(notes)[-1]
    assert r.verdict in _GREEN, r.message


def test_without_the_annotation_an_inner_product_and_x_ij_make_the_samples_a_family() -> None:
    notes = ("# Least squares\n\nSamples $x_i$, targets $y_i$, weights $w$; $x_{ij}$ is entry $j$ of $x_i$.\n\n"
             "$$\\frac{\\partial}{\\partial w_j} \\frac12\\sum_i (w^T x_i - y_i)^2 = {right}$$\n")
    r = doc_steps(notes.replace("{right}", r"\sum_i (w^T x_i - y_i) x_{ij}"))[-1]
    assert r.verdict in _GREEN, r.message
    r = doc_steps(notes.replace("{right}", r"\sum_i (w^T x_i + y_i) x_{ij}"))[-1]
    assert r.verdict is Verdict.FAILED, r.message


def test_a_numbered_sample_entry_is_entry_j_of_that_sample() -> None:
    r = doc_steps(_SAMPLES.replace("{step}", r"w^T x_1 = \sum_j w_j x_{1j}"))[-1]
    assert r.verdict in _GREEN, r.message
    r = doc_steps(_SAMPLES.replace("{step}", r"w^T x_1 = \sum_j w_j x_{2j}"))[-1]
    assert r.verdict not in _GREEN, r.message
