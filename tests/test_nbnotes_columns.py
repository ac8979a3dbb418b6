"""A ``\\vdots`` column scaled by a factor: ``\\frac{1}{s}`` before ``\\begin{bmatrix} e^{z_1} \\\\ \\vdots …``."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

SCALED = r"""
    Let $\mathbf{z}$ be a $C$-dimensional vector.

    $$ \begin{bmatrix} \operatorname{softmax}(\mathbf{z})_1 \\ \vdots
    \\ \operatorname{softmax}(\mathbf{z})_C \end{bmatrix}
    = \frac{1}{\sum_{d=1}^C e^{z_d}} \begin{bmatrix} e^{z_1} \\ \vdots \\ e^{z_C} \end{bmatrix} $$
    """


def test_a_scaled_column_is_the_column_of_scaled_entries() -> None:
    steps = doc_steps(SCALED)
    assert steps[0].verdict is Verdict.PROVED
    assert "read as the vector of entries 1..C" in steps[0].message


def test_a_wrong_scaled_column_fails() -> None:
    steps = doc_steps(SCALED.replace(r"\frac{1}{\sum_{d=1}^C e^{z_d}}", r"\frac{2}{\sum_{d=1}^C e^{z_d}}"))
    assert steps[0].verdict is Verdict.FAILED


def test_a_sum_before_the_column_is_not_distributed() -> None:
    # a + [x_1; ⋮; x_n] is not [a + x_1; …]: only a product prefix is read
    steps = doc_steps(r"""
        $$ \begin{bmatrix} 1 + x_1 \\ \vdots \\ 1 + x_n \end{bmatrix}
        = 1 + \begin{bmatrix} x_1 \\ \vdots \\ x_n \end{bmatrix} $$
        """)
    assert steps[0].verdict is Verdict.SKIPPED
