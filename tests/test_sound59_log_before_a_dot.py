r"""A bare ``\log`` whose term goes on with ``\cdot`` or ``\times`` is not read over the product (sound59).

``readings.log_of_product`` reads ``\log \theta^3 (1-\theta)^2`` as the log of the whole product after it where the
log leads its term. ``\log x \cdot y`` was read so too (the tree of a product has lost the explicit dot), and
``\frac{d}{dy}\log x \cdot y = \frac{1}{y}`` was PROVED "with \log applied to the whole product after it": the dot
says where the log's argument ends (documents.logterms stops there too). Every note is written here."""

from __future__ import annotations

import pytest
from support import display_step

_GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize("dot", ["\\cdot", "\\times"])
def test_a_log_before_an_explicit_product_is_not_read_over_it(dot: str) -> None:
    step = display_step(rf"\frac{{d}}{{dy}}\log x {dot} y = \frac{{1}}{{y}}")
    assert step.verdict.value not in _GREEN, step.message
    right = display_step(rf"\frac{{d}}{{dy}}\log x {dot} y = \log x")
    assert right.verdict.value in _GREEN, right.message


def test_a_log_of_a_product_written_without_a_dot_is_still_read_over_it() -> None:
    step = display_step(r"\frac{d}{d\theta} \log \theta^3 (1-\theta)^2 = \frac{3}{\theta} - \frac{2}{1-\theta}")
    assert step.verdict.value in _GREEN, step.message
