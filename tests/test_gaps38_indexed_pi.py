r"""π with a letter index is the notes' family where they never write π alone: mixture weights ``\pi_k`` (gaps38;
fresh26 left it).

``\pi_k`` was refused as the constant π with an index of nothing ("pi_k is not declared"), while ``w_k`` in the
same line was entry k of a vector. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.indexedpi import indexed_pi

NOTES = r"""
# Mixture weights

The weights satisfy $\sum_k \pi_k = 1$ with $\pi_k \ge 0$. The Lagrangian's derivative is

$$
\frac{\partial}{\partial \pi_k} \left( N_k \log \pi_k + \lambda \pi_k \right) = LAGRANGE
$$

and a weighted component's derivative by its mean

$$
\frac{\partial}{\partial \mu_k} \pi_k e^{-(x - \mu_k)^2/2} = MEAN
$$

The M-step sets $\pi_k = \frac{N_k}{N}$.
"""

RIGHT = {"LAGRANGE": r"\frac{N_k}{\pi_k} + \lambda", "MEAN": r"\pi_k (x - \mu_k) e^{-(x - \mu_k)^2/2}"}


def _verdicts(**changes: str) -> list[str]:
    text = NOTES
    for key, value in {**RIGHT, **changes}.items():
        text = text.replace(key, value)
    return [s.verdict.value for s in doc_steps(text)]


def test_letter_indexed_weights_are_read_as_a_family() -> None:
    got = _verdicts()
    assert got[0] == "SKIPPED"  # the constraint: no identity
    assert got[1:3] == ["PROVED", "PROVED"]
    assert "FAILED" not in got


def test_wrong_steps_over_the_weights_fail() -> None:
    assert _verdicts(LAGRANGE=r"\frac{N_k}{\pi_k} - \lambda")[1] == "FAILED"
    assert _verdicts(MEAN=r"\pi_k (\mu_k - x) e^{-(x - \mu_k)^2/2}")[2] == "FAILED"


def test_notes_that_write_the_number_keep_it() -> None:
    """A Gaussian's normaliser writes π alone: π is the number there, π_k stays unread (never green)."""
    text = NOTES.replace("The M-step", r"The density is $\frac{1}{\sqrt{2\pi}} e^{-x^2/2}$. The M-step")
    for key, value in {"LAGRANGE": r"\frac{N_k}{\pi_k} - \lambda", "MEAN": RIGHT["MEAN"]}.items():
        text = text.replace(key, value)
    got = [s.verdict.value for s in doc_steps(text)]
    assert got[1] != "PROVED" and got[1] != "FAILED"


def test_the_test() -> None:
    assert indexed_pi(r"Weights $\pi_k$, $\pi_{ik}$ and $\pi_1 = 0.3$.")
    assert not indexed_pi(r"Weights $\pi_k$ and $\sqrt{2\pi}$.")
    assert not indexed_pi(r"A policy $\pi_\theta(a \mid s)$ with $\pi_k$.")
    assert not indexed_pi(r"Policies $\pi_k(a \mid s)$ of agents $k$.")
    assert indexed_pi(r"A component $\pi_k (x - \mu_k)$.")
    assert not indexed_pi(r"Weights $\pi_k$ and the optimum $\pi^*$.")
    assert not indexed_pi(r"Only numbered ones: $\pi_1 = 0.3$.")
