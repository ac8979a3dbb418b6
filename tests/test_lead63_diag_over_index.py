r"""``\operatorname{diag}(\mu_i(1-\mu_i))``: the diagonal matrix over the index the argument writes.

Logistic regression's Hessian is written ``\sum_i \mu_i(1-\mu_i) x_i x_i^\top = X^\top S X`` "with $S =
\operatorname{diag}(\mu_i(1-\mu_i))$": the argument writes an entry with its index free, and means the diagonal
matrix whose i-th entry is that expression, i over the index's range. It was SKIPPED "diag of an entry written with
an index: the diagonal matrix over that index, which is not read here". Where the index has a range in the step's
scope (a sum over it in the chain, a declared range), the matrix is built over it; where it has none the reason
stays.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents import doubts

HESSIAN = r"""Let $\mu_i = \sigma(\mathbf{w}^\top \mathbf{x}_i)$ and let $X$ be the design matrix with rows
$\mathbf{x}_i^\top$. The Hessian is
$$
H = \sum_{i=1}^n \mu_i (1-\mu_i) \mathbf{x}_i \mathbf{x}_i^\top = X^\top S X,
$$
with $S = \operatorname{diag}(\mu_i(1-\mu_i))$.
"""


@pytest.fixture(autouse=True)
def _every_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every other reading tried, whatever the machine's load (a busy machine cuts them off: SKIPPED)."""
    monkeypatch.setattr(doubts, "READINGS_SECONDS", float("inf"))


def test_logistic_regressions_hessian_in_matrix_form_is_checked() -> None:
    assert verdicts_by_line(HESSIAN)[4] == ["SKIPPED", "PROVED"]  # H's definition, then the claim


def test_a_wrong_weight_on_the_diagonal_is_failed() -> None:
    wrong = HESSIAN.replace(r"\operatorname{diag}(\mu_i(1-\mu_i))", r"\operatorname{diag}(\mu_i)")
    assert verdicts_by_line(wrong)[4] == ["SKIPPED", "FAILED"]


def test_a_diagonal_over_a_summed_index_is_the_sum_of_its_entries_between_ones() -> None:
    note = r"""$$
\mathbf{1}^\top \operatorname{diag}(a_i^2) \mathbf{1} = \sum_{i=1}^n a_i^2
$$
"""
    assert verdicts_by_line(note)[2] == ["PROVED"]
    assert verdicts_by_line(note.replace("a_i^2) ", "a_i) "))[2] == ["FAILED"]
