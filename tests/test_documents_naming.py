"""Names the notes give a function in the middle of a chain, and functions of a whole vector written
on one of its entries (``\\psi(v_a)`` for ``\\psi(v)_a``)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NAMED = r"""
    A network.

    $$ \hat{y} = \text{softmax}(v) = \psi(v) $$

    $$ \frac{\partial}{\partial v_b} \psi(v_a) = \hat{y}_a \delta_{ab} - \hat{y}_a \hat{y}_b $$

    $$ \frac{\partial}{\partial v_b} \psi(v_a) = \hat{y}_a \delta_{ab} + \hat{y}_a \hat{y}_b $$
    """


def _named(run_once) -> list:
    """NAMED checked once per test run for the two tests that read it (conftest.run_once)."""
    return run_once("naming-named", lambda: doc_steps(NAMED))


def test_a_function_named_in_the_middle_of_a_chain_is_defined_there(run_once) -> None:
    steps = _named(run_once)
    assert steps[1].verdict is Verdict.SKIPPED and "defines psi" in steps[1].message


def test_the_named_function_is_used_by_the_lines_after_it(run_once) -> None:
    steps = _named(run_once)
    assert [s.verdict for s in steps[2:]] == [Verdict.PROVED, Verdict.FAILED]
    assert "psi(v_a) read as entry a of psi of the whole vector" in steps[2].message


def test_a_member_with_another_unknown_name_does_not_name_the_function() -> None:
    steps = doc_steps(r"""
        $$ \hat{y} = \text{softmax}(v) + c = \psi(v) $$
        """)
    assert "defines psi" not in steps[1].message


def test_softmax_written_on_one_entry_is_that_entry_of_the_softmax() -> None:
    steps = doc_steps(r"""
        $$ \frac{\partial}{\partial z_k} \operatorname{softmax}(z_j) =
        \text{softmax}(z_j) (\delta_{jk} - \text{softmax}(z_k)) $$

        $$ \frac{\partial}{\partial z_k} \operatorname{softmax}(z_j) =
        \text{softmax}(z_j) (\delta_{jk} + \text{softmax}(z_k)) $$
        """)
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED]


def test_a_variance_defined_by_its_square_is_used_by_the_lines_after_it() -> None:
    steps = doc_steps(r"""
        $$\mu = \frac{1}{m}\sum_{i=1}^m x_i, \qquad \sigma^2 = \frac{1}{m}\sum_{i=1}^m (x_i - \mu)^2$$

        $$\frac{\partial \sigma^2}{\partial x_j} = \frac{2}{m}(x_j - \mu)$$

        $$\frac{\partial \sigma^2}{\partial x_j} = \frac{1}{m}(x_j - \mu)$$
        """)
    assert "defines sigma" in steps[1].message
    assert [s.verdict for s in steps[2:]] == [Verdict.PROVED, Verdict.FAILED]


def test_a_member_whose_entries_would_be_arrays_is_skipped_not_an_error() -> None:
    """x^{(i)} read both as a number (a sample) and as the vector the gradient sums: the member's
    entries would be vectors. It used to end as an internal ERROR of the symbolic stage."""
    steps = doc_steps(r"""
        The loss is
        $$J(w) = -\frac{1}{m}\sum_{i=1}^{m} y^{(i)} \log h_w(x^{(i)}) + \frac{\lambda}{2m} \|w\|^2$$
        where $h_w(x) = \sigma(w^T x)$.

        $$\nabla_w J(w) = \frac{1}{m}\sum_{i=1}^{m} (h_w(x^{(i)}) - y^{(i)}) x^{(i)} + \frac{\lambda}{m} w$$
        """)
    assert steps[-1].verdict is Verdict.SKIPPED
    assert "itself a vector or matrix" in steps[-1].message
