r"""A prime after a subscripted name primes the name, not its subscript's letter.

"$\rho_\tau'(u) = \tau$" made τ a function (documents.primedcalls), so ``-\tau(1 - F(q)) + (1-\tau)F(q) =
F(q) - \tau`` read ``\tau(1 - F(q))`` as a call, then as "the value tau" (its argument dropped), and the
correct step was FAILED (probes14). Examples written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.primedcalls import primed_calls


def test_a_subscript_letter_is_not_primed() -> None:
    assert primed_calls(r"\rho_\tau'(u) = \tau") == frozenset()
    assert primed_calls(r"x_i'(t) = 1") == frozenset()
    assert primed_calls(r"u'(x)v(x)") == {"u"}


def test_a_product_with_a_subscripted_primed_function_beside_it_is_green() -> None:
    notes = r"""
The loss is $\rho_\tau(u) = u(\tau - \mathbb{1}[u < 0])$, so for $u > 0$, $\rho_\tau'(u) = \tau$.

$$-\tau(1 - F) + (1-\tau)F = F - \tau$$
"""
    step = doc_steps(notes)[-1]
    assert step.verdict.value in ("PROVED", "PASSED"), step.message
