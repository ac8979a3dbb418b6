r"""redteam25: probability vectors are also sampled near the corners of the simplex.

Dirichlet(1) samples of a probability vector of three entries put an entry above 0.99 once in ten
thousand draws, so ``\sum_k \min(p_k, 0.99) = 1`` and ``\sum_k \mathbb 1[p_k < 0.999] = K`` (false at
p = (0.995, 0.004, 0.001)) were PASSED, and the proof by cases could not reach the corner (its breakpoints
in p_3 = 1 - p_1 - p_2 are not univariate). As reals are also drawn next to 0, a share of probability
vectors (and rows of stochastic matrices) lies next to a corner: one entry 1 - ε, ε from 1e-10 to 1e-2.
Examples written here.
"""

from __future__ import annotations

import numpy as np
from support import doc_steps

from verifier.domains import Simplex, StochasticMatrix

CONTEXT = """
    # Probabilities

    ```verify
    p: simplex[K]
    K in {3}
    k: index 1..K
    ```
"""


def test_a_cap_below_one_on_a_probability_is_failed() -> None:
    steps = doc_steps(CONTEXT + "\n    $$\\sum_{k=1}^{K} \\min(p_k, \\tfrac{99}{100}) = 1$$\n")
    assert [s.verdict.value for s in steps] == ["FAILED"], steps


def test_an_indicator_true_off_the_corners_only_is_failed() -> None:
    steps = doc_steps(CONTEXT + "\n    $$\\sum_{k=1}^{K} \\mathbb{1}[p_k < 0.999] = K$$\n")
    assert [s.verdict.value for s in steps] == ["FAILED"], steps


def test_a_true_identity_on_the_simplex_stays_green() -> None:
    steps = doc_steps(CONTEXT + "\n    $$\\sum_{k=1}^{K} \\min(p_k, 1) = 1$$\n")
    assert [s.verdict.ok for s in steps] == [True], steps


def test_corner_samples_are_probability_vectors() -> None:
    rng = np.random.default_rng(3)
    for block in (Simplex(), StochasticMatrix(rows=2, cols=4)):
        size = 4 if isinstance(block, Simplex) else 8
        x = block.sample(rng, 400, size)
        rows = x.reshape(400, -1, 4) if isinstance(block, StochasticMatrix) else x.reshape(400, 1, 4)
        assert (x > 0).all() and np.allclose(rows.sum(axis=2), 1.0)
        assert (rows.max(axis=2) > 0.999).any()  # some lie at a corner
