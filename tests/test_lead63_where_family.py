r"""A "where" clause after a display that defines a family entry by entry: ``where $\mu_i = \sigma(w^\top x_i)$``.

Logistic-regression notes end the gradient's display with the definition of the predictions the matrix form uses,
``\nabla J = -\sum_i (y_i - \sigma(w^\top x_i)) x_i = X^\top(\mu - y)``, "where $\mu_i = \sigma(w^\top x_i)$". Taken
as a hypothesis of the chain, the clause is an equation with its index i free, and every step was SKIPPED "a
hypothesis: index i is free here but has no value" — the first step, which never writes μ, too, and a wrong one.
The same notes with "Let $\mu_i = …$" before the display were checked. Such a clause defines the family (the
definitions learner reads a "where" sentence as defining the names of the display before it); a clause whose right
member does not write the index ("where $y_i = 1$") states a case and stays a hypothesis.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents import doubts

NOTE = r"""The negative log-likelihood for $n$ examples is
$$
J(\mathbf{w}) = -\sum_{i=1}^n \left[ y_i \log \sigma(\mathbf{w}^\top \mathbf{x}_i)
  + (1-y_i)\log(1-\sigma(\mathbf{w}^\top \mathbf{x}_i)) \right].
$$

Differentiating term by term,
$$
\nabla_{\mathbf{w}} J = -\sum_{i=1}^n \left( y_i - \sigma(\mathbf{w}^\top \mathbf{x}_i) \right) \mathbf{x}_i
  = X^\top(\boldsymbol{\mu} - \mathbf{y}),
$$
where $\mu_i = \sigma(\mathbf{w}^\top \mathbf{x}_i)$ and $X$ is the $n \times d$ design matrix with rows
$\mathbf{x}_i^\top$.
"""


@pytest.fixture(autouse=True)
def _every_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every other reading tried, whatever the machine's load (a busy machine cuts them off: SKIPPED)."""
    monkeypatch.setattr(doubts, "READINGS_SECONDS", float("inf"))


def test_a_where_clause_defining_an_entry_family_leaves_the_chain_checked() -> None:
    found = verdicts_by_line(NOTE)
    assert (found[9], found[10]) == (["PROVED"], ["PROVED"])


def test_a_wrong_step_before_such_a_clause_is_failed() -> None:
    wrong = NOTE.replace(r"= X^\top(\boldsymbol{\mu} - \mathbf{y})", r"= X^\top(\mathbf{y} - \boldsymbol{\mu})")
    found = verdicts_by_line(wrong)
    assert (found[9], found[10]) == (["PROVED"], ["FAILED"])


def test_a_where_clause_stating_a_case_stays_a_hypothesis() -> None:
    case = (
        "$$\n\\frac{\\partial}{\\partial z_i} (z_i - y_i)^2 = 2(z_i - 1)\n$$\n"
        "where $y_i = 1$ for the positive examples.\n"
    )
    assert verdicts_by_line(case)[2] == ["PROVED"]
