r"""A bare π that names the family of ``\pi_k`` does not make π the constant (gaps54).

documents.indexedpi reads ``\pi_k`` as entry k of the notes' family only where π is never written alone; a bare π
kept the constant, so ``\partial/\partial\pi_k`` was refused ("pi_k is not declared or defined") in notes that write
the family whole: the Lagrangian's head ``\mathcal{L}(\pi, \lambda)`` of a mixture's weights (fresh19), a bold
``\boldsymbol{\pi}`` (fresh48's multinomial), a permutation's ``P(\pi \mid s)``. Those bare π are the family: an
argument among other names (a comma or a condition bar next to it), or bold. The constant (``\sqrt{2\pi}``,
``2\pi``, ``f(\pi, 0)`` at a number) still keeps the old reading.
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.indexedpi import indexed_pi

NOTES = r"""
# Mixing weights

We maximise $\sum_{k=1}^K N_k \log\pi_k$ subject to $\sum_{k=1}^K \pi_k = 1$. The Lagrangian is
$\mathcal{L}(\pi, \lambda) = \sum_{k=1}^K N_k\log\pi_k + \lambda(1 - \sum_{k=1}^K\pi_k)$, and

$$\frac{\partial}{\partial\pi_k}\left(N_k\log\pi_k - \lambda\pi_k\right) = \frac{N_k}{\pi_k} %s \lambda .$$
"""


def test_the_wrong_sign_is_failed() -> None:
    step = doc_steps(NOTES % "+")[-1]
    assert step.verdict.value == "FAILED", step.message


def test_the_right_derivative_is_green() -> None:
    step = doc_steps(NOTES % "-")[-1]
    assert step.verdict.value in ("PROVED", "PASSED"), step.message


def test_the_family_written_whole_frees_the_letter() -> None:
    assert indexed_pi(r"$\mathcal{L}(\pi, \lambda)$ with $\pi_k$")
    assert indexed_pi(r"$P(\pi \mid s) = \prod_k p_{\pi_k}$")
    assert indexed_pi(r"$\boldsymbol{\pi} = (\pi_1, \dots, \pi_K)$ and $\pi_k$")


def test_the_constant_keeps_the_letter() -> None:
    assert not indexed_pi(r"$\frac{1}{\sqrt{2\pi}}$ and $\pi_k$")
    assert not indexed_pi(r"$f(\pi, 0)$ and $\pi_k$")
    assert not indexed_pi(r"$\mathcal{L}(\pi, \lambda)$, $\pi_k$ and $\sqrt{2\pi}$")


def test_weights_said_to_sum_to_one_in_words_are_not_failed() -> None:
    # freeing pi at "pi = (…)" made this right step FAILED (the words "sum to one" are not read): not taken
    notes = r"""
# Gumbel-max

Let $\pi_1, \dots, \pi_K > 0$ sum to one. Class $k$ wins with probability

$$\frac{\pi_k}{\sum_j \pi_j} = \pi_k .$$

Take $\pi = (0.2, 0.5, 0.3)$.
"""
    assert doc_steps(notes)[-1].verdict.value != "FAILED"
