r"""A name the prose introduces alone as a value is a value (review23e).

trust15's ``written_bare`` skipped every formula that is the name alone (``$\Phi$`` in "where $\Phi$ is the
CDF" names a function), so "Let $\bar x$ be the sample mean" left ``\bar x(1 - \lambda) + \bar x(1 + \lambda)
= 2\lambda`` — a product of the mean, wrong — SKIPPED as an undefined function's values. A lone mention
names a function only where its sentence says so (function, CDF, map, …). Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.appliedlabels import written_bare


@pytest.mark.parametrize(("prose", "name"), [
    (r"Let $\bar x$ be the sample mean of $x_1, \dots, x_n$.", r"\bar x"),
    (r"The output of layer two is $h^{(2)}$.", "h^{(2)}"),
    (r"For the sample $x^{(i)}$ we write", "x^{(i)}"),
])
def test_a_value_introduced_alone_is_written_bare(prose: str, name: str) -> None:
    assert written_bare(prose, name)


@pytest.mark.parametrize(("prose", "name"), [
    (r"where $\Phi$ is the standard normal CDF.", r"\Phi"),
    (r"Here $\Phi$ denotes the cumulative distribution function of $N(0,1)$.", r"\Phi"),
    (r"the activation function $g^*$ is applied", "g^*"),
])
def test_a_function_named_alone_is_not_written_bare(prose: str, name: str) -> None:
    assert not written_bare(prose, name)


def test_a_wrong_product_of_a_mean_introduced_alone_is_no_unknown_function() -> None:
    steps = doc_steps(r"""
    # Mean

    Let $\bar x$ be the sample mean of $x_1, \dots, x_n$ and $\lambda$ a weight.

    $$\bar x(1 - \lambda) + \bar x(1 + \lambda) = 2\lambda$$
    """)
    assert "function the notes apply" not in steps[-1].message
    assert not steps[-1].verdict.ok


def test_the_right_product_is_green() -> None:
    steps = doc_steps(r"""
    # Mean

    Let $\bar x$ be the sample mean of $x_1, \dots, x_n$ and $\lambda$ a weight.

    $$\bar x(1 - \lambda) + \bar x(1 + \lambda) = 2\bar x$$
    """)
    assert steps[-1].verdict.ok, steps[-1].message
