"""Soundness of document verdicts: no cap or filter order may turn a false claim green."""

from __future__ import annotations

from support import doc_steps

from verifier.results import StepResult


def _steps(body: str) -> list[StepResult]:
    return doc_steps(body)


def test_step_conditions_filter_index_assignments_before_any_cap() -> None:
    # x_k x_m = x_m^2 holds only when m = k. Under k != l the pattern m != k must be checked: before
    # the fix, the assignments were cut to six (all with k = l or m = k) before k != l filtered them.
    (step,) = _steps(
        r"""
        ```verify
        K in {3}
        k, l, m: index 1..K
        x: vector[K]
        ```

        $$x_k x_m \stackrel{k \neq l}{=} x_m^2$$
        """
    )
    assert step.verdict.value == "FAILED", step.message


def test_every_equality_pattern_is_checked_with_four_free_indices() -> None:
    # true whenever two indices are equal: only the last pattern (all four distinct) refutes it
    (step,) = _steps(
        r"""
        ```verify
        K in {4}
        k, l, m, n: index 1..K
        x: vector[K]
        ```

        $$(x_k - x_l)(x_k - x_m)(x_k - x_n)(x_l - x_m)(x_l - x_n)(x_m - x_n) = 0$$
        """
    )
    assert step.verdict.value == "FAILED", step.message
