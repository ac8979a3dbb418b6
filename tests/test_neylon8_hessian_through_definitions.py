r"""A Hessian reached only through the definitions a chain uses: ``P = A^T H A`` after the prose names
``H`` the Hessian of ``f`` and ``P`` that of ``g(z) = f(Az)``.

Small examples written here (documents/reparam._bodies_reached, differentiate.Differentiation._derivative).
The chain writes neither ``f`` nor a derivative: ``f`` is differentiated bare only in ``H``'s body. Before,
the reparametrised reading of ``f`` was not taken for such a chain, and ``f(Az)`` in ``g``'s body was read
as the constant value ``f`` (its argument omitted), so both Hessians were 0 and a wrong step was PROVED."""

from __future__ import annotations

from support import doc_steps

_NOTES = r"""
Let the matrix $A$ be invertible and set $g(z) = f(Az).$
Here $f$ is a function of $x,$ and $g$ is a function of $z.$

We write $H$ for the Hessian of $f,$ and $P$ for the Hessian of $g.$ Then

$$P = {RIGHT}.$$
"""


def _step(right: str):
    (step,) = doc_steps(_NOTES.replace("{RIGHT}", right))
    return step


def test_the_hessian_of_a_reparametrised_function_is_checked() -> None:
    step = _step("A^T H A")
    assert step.verdict.name in ("PROVED", "PASSED"), step.message
    assert "arbitrary function f" in step.message


def test_a_vacuous_zero_is_not_green() -> None:
    # read with f a constant, both Hessians were 0 and this was PROVED
    step = _step("A^T H A - A^T H A")
    assert step.verdict.name not in ("PROVED", "PASSED"), step.message


def test_a_swapped_transpose_is_not_green() -> None:
    step = _step("A H A^T")
    assert step.verdict.name not in ("PROVED", "PASSED"), step.message


def test_a_dropped_factor_is_not_green() -> None:
    step = _step("A^T H A A^T A")
    assert step.verdict.name not in ("PROVED", "PASSED"), step.message
