r"""A sum filtered by a label, ``\sum_{i: y_i = 1}``, or an indicator ``[y_i = 1]`` of data the checker samples as
real numbers: the equation holds for no term at the points tried, so every such sum is empty and every indicator
0. A wrong step (``\frac{d}{d\mu}\sum_{i: y_i = 1}(x_i-\mu)^2 = \sum_{i: y_i = 1} 3(\mu - x_i)``) was PASSED on
0 = 0 (documents.emptyfilters). Now SKIPPED, saying which filter held for no term; a step proved symbolically
(for every label) keeps PROVED, and a filter on indices (``\sum_{k: k \neq j}``) is read as before.

Own small notes.
"""

from __future__ import annotations

import pytest
from support import doc_steps


def _step(display: str, context: str = "") -> tuple[str, str]:
    block = f"\n```verify\n{context}\n```\n" if context else ""
    (step,) = doc_steps(f"# Class means\n{block}\nThe samples of class one:\n\n$${display}$$\n")
    return step.verdict.name, step.message


@pytest.mark.slow(2)
@pytest.mark.parametrize("cond", ["y_i = 1", "y_i = j", "y_i = k"])
def test_a_wrong_step_over_a_label_filter_is_not_green(cond: str) -> None:
    verdict, message = _step(rf"\frac{{d}}{{d\mu}}\sum_{{i: {cond}}} (x_i-\mu)^2 = \sum_{{i: {cond}}} 3(\mu - x_i)")
    assert verdict in ("SKIPPED", "FAILED"), message
    if verdict == "SKIPPED":
        assert "held for no term" in message, message


@pytest.mark.slow(2)
def test_a_wrong_step_over_declared_labels_is_not_green() -> None:
    verdict, message = _step(r"\frac{d}{d\mu}\sum_{i: y_i = 1} (x_i-\mu)^2 = \sum_{i: y_i = 1} 3(\mu - x_i)",
                             "n in {3}\nx, y: vector[n]\n\\mu: real\ni: index 1..n")
    assert verdict in ("SKIPPED", "FAILED"), message


@pytest.mark.slow(2)
def test_a_wrong_step_with_an_indicator_of_a_label_is_not_green() -> None:
    verdict, message = _step(r"\frac{d}{d\phi}\sum_i [y_i = 1]\log\phi = \sum_i \frac{[y_i = 1]}{2\phi}",
                             "n in {3}\ny: vector[n]\n\\phi: real in (0, 1)\ni: index 1..n")
    assert verdict in ("SKIPPED", "FAILED"), message


@pytest.mark.slow(2)
def test_a_step_proved_for_every_label_keeps_its_proof() -> None:
    verdict, message = _step(r"\frac{d}{d\mu}\sum_{i: y_i = 1} (x_i-\mu)^2 = \sum_{i: y_i = 1} 2(\mu - x_i)")
    assert verdict == "PROVED", message


@pytest.mark.slow(2)
def test_a_filter_on_indices_is_read_as_before() -> None:
    verdict, message = _step(r"\sum_{k: k \neq j} a_k + a_j = \sum_k a_k", "n in {3}\na: vector[n]\nj, k: index 1..n")
    assert verdict in ("PROVED", "PASSED"), message
    verdict, message = _step(r"\sum_{k: k \neq j} a_k + a_j = \sum_k 2 a_k", "n in {3}\na: vector[n]\nj, k: index 1..n")
    assert verdict == "FAILED", message


@pytest.mark.slow(2)
@pytest.mark.parametrize("display", [r"\sum_{i: y_i = 1} x_i + \sum_{i: y_i = 0} x_i = \sum_i x_i",
                                     r"\sum_i [y_i = 1] + \sum_i [y_i = 0] = n"])
def test_a_split_into_two_classes_is_not_failed_at_labels_of_neither_class(display: str) -> None:
    verdict, message = _step(display, "n in {3}\nx, y: vector[n]\ni: index 1..n")
    assert verdict == "SKIPPED", message
    assert "none of the values its filters" in message and "y = " in message, message


@pytest.mark.slow(2)
def test_a_filter_on_inferred_indices_keeps_its_failure() -> None:
    note = "# Softmax\n\nWith $s = \\operatorname{softmax}(z)$:\n\n$$\\sum_{j: j \\ne i} s_j = 1 + s_i$$\n"
    (step,) = doc_steps(note)
    assert step.verdict.name == "FAILED", step.message
