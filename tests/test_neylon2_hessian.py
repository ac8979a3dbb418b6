r"""The Hessian through a reparametrisation: ``\ell`` as an index after ``\ell`` := a log-likelihood,
mixed partials through a defined quantity, and an operator product that must not be read as 0.

Small examples written here (documents/indexletters.py, differentiate._mixed_through and
differentiate._lost_dependence)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

import sympy as sp
from support import DOC_SETTINGS, check_chains_at, doc_steps, line_of

from verifier.documents.context import Definition, Scope
from verifier.documents.indexletters import index_only, set_aside_indices

_NOTES = r"""
Let $\ell = \log p(y)$ be the log-likelihood.

Suppose that $g(z) = f(Az).$ We think of $f$ as a function of $x$.

$$\frac{\partial}{\partial z_i}\frac{\partial f}{\partial x_k}
= a_{\ell i}\frac{\partial^2 f}{\partial x_\ell\partial x_k}$$

and

$$\left(\frac{\partial}{\partial x_\ell}\frac{\partial x_\ell}{\partial z_i}\frac{\partial f}{\partial x_k}\right)a_{kj}
= \left(a_{\ell i}\frac{\partial^2f}{\partial x_\ell\partial x_k}\right)a_{kj}$$
"""


def _as_written(run_once: Callable[[str, Callable[[], Any]], Any]) -> Any:
    """The notes as written, checked once per test run for the two tests that read them (conftest.run_once)."""
    return run_once("neylon2-hessian-notes", lambda: doc_steps(_NOTES))


def test_the_hessian_through_the_point_is_checked_with_ell_an_index(run_once) -> None:
    first, _operator = _as_written(run_once)
    assert first.verdict.name in ("PROVED", "PASSED"), first.message
    assert "only as an index" in first.message or "inferred ell: an index" in first.message


def test_transposed_jacobian_in_the_hessian_is_not_green() -> None:
    wrong = _NOTES.replace("\n= a_{\\ell i}\\frac", "\n= a_{i \\ell}\\frac")
    assert wrong != _NOTES
    # only the first chain is asserted on: the second is read (as doc_steps reads the notes), not checked
    text = textwrap.dedent(wrong).strip() + "\n"
    check = check_chains_at(text, "t.md", DOC_SETTINGS, [line_of(text, r"$$\frac{\partial}{\partial z_i}")])
    (first, *_rest) = [s for c in check.chains for s in c.result.steps]
    assert first.verdict.name not in ("PROVED", "PASSED"), first.message


def test_an_operator_product_is_not_read_as_a_zero_derivative(run_once) -> None:
    # d/dx_l (dx_l/dz_i ...) with x := Az: inside d/dx, x is held free; the inner d/dz of it is not 0
    _, operator = _as_written(run_once)
    assert operator.verdict.name != "FAILED", operator.message


def test_index_only_names() -> None:
    x, f = sp.IndexedBase("x"), sp.Symbol("f")
    ell, k, n = sp.symbols("ell k n")
    tree = sp.Derivative(f, x[ell]) * x[k] + n
    assert index_only([tree]) == {"ell", "k"}
    assert "ell" not in index_only([tree + ell])  # written alone too: the quantity
    assert "ell" not in index_only([sp.Sum(x[ell], (ell, 1, n))])  # a sum's variable


def test_only_the_notes_definitions_of_quantities_are_set_aside() -> None:
    x, f = sp.IndexedBase("x"), sp.Symbol("f")
    ell, k = sp.symbols("ell k")
    tree = sp.Derivative(f, x[ell]) * x[k]
    ell_def = Definition(("ell", ()), r"\log p(y)", line=3)
    k_def = Definition(("k", ()), "2", line=4)
    scope = Scope({("ell", ()): ell_def, ("k", ()): k_def})
    why = set_aside_indices(scope, [ell_def, k_def], [tree])
    assert list(why) == [("ell", ())] and ("ell", ()) not in scope.names
    assert scope.names[("k", ())] == k_def  # k = 2: x_k may well mean x_2
    declared = Definition(("ell", ()), r"\log p(y)", line=0)  # a context's: it wins
    other = Scope({("ell", ()): declared})
    assert set_aside_indices(other, [ell_def], [tree]) == {}
