r"""A derivative taken after the notes eliminate a name by a constraint is not the plain partial (fresh57).

"Eliminate the constraint by writing $\pi_K = 1 - \sum_{k<K} \pi_k$. For $k < K$:
$$\frac{\partial \ell}{\partial \pi_k} = \frac{n_k}{\pi_k} - \frac{n_K}{\pi_K}$$" with ℓ = Σ_k n_k log π_k was
FAILED: the step was read as the partial with π_K held, but the notes made π_K a function of π_k, and along it
the derivative is the one written. Under such words the step is SKIPPED with the reason
(documents.eliminated); the same derivative without them is still checked. An elimination without a sum
("substituting $p_2 = 1 - p_1$") is read as a definition already and differentiated through: still checked."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_COUNTS = "# A\n\nFace $k$ comes up $n_k$ times, and\n\n$$\\ell = \\sum_{k=1}^{K} n_k \\log \\pi_k$$\n\n"
_CLAIM = "$$\\frac{\\partial \\ell}{\\partial \\pi_k} = \\frac{n_k}{\\pi_k} - \\frac{n_K}{\\pi_K}$$\n"


def test_a_derivative_after_eliminating_an_entry_is_not_the_partial() -> None:
    steps = doc_steps(_COUNTS + "Eliminate the constraint by writing $\\pi_K = 1 - \\sum_{k<K} \\pi_k$. "
                      "For $k < K$, $\\pi_k$ appears twice:\n\n" + _CLAIM)
    assert steps[-1].verdict is Verdict.SKIPPED, steps[-1].message
    assert "eliminat" in steps[-1].message


def test_mathjax_delimiters() -> None:
    steps = doc_steps(_COUNTS + "We eliminate one probability by substituting \\(\\pi_K = 1 - \\sum_{j=1}^{K-1} "
                      "\\pi_j\\), so for \\(k < K\\)\n\n" + _CLAIM)
    assert steps[-1].verdict is Verdict.SKIPPED, steps[-1].message
    assert "eliminat" in steps[-1].message


def test_an_elimination_read_as_a_definition_is_still_checked() -> None:
    steps = doc_steps("# B\n\nLet $H = -p_1 \\log p_1 - p_2 \\log p_2$.\n\nWe eliminate the constraint by "
                      "substituting \\(p_2 = 1 - p_1\\), so\n\n"
                      "$$\\frac{\\partial H}{\\partial p_1} = \\log p_2 - \\log p_1$$\n")
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_without_the_elimination_the_partial_is_checked() -> None:
    steps = doc_steps(_COUNTS + "For $k < K$:\n\n" + _CLAIM)
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message


def test_a_substitution_that_does_not_touch_the_variable_is_no_elimination() -> None:
    steps = doc_steps("# C\n\nLet $f = x^2 y$.\n\nSubstituting $y = 3$ later, first\n\n"
                      "$$\\frac{\\partial f}{\\partial x} = 3xy$$\n")
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message


def test_a_total_written_as_a_sum_is_no_elimination() -> None:
    steps = doc_steps("# D\n\nLet $f = \\sum_{k=1}^{K} \\alpha_k^2$ and write $\\alpha_0 = \\sum_k \\alpha_k$. "
                      "Then\n\n$$\\frac{\\partial f}{\\partial \\alpha_j} = 3\\alpha_j$$\n")
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message
