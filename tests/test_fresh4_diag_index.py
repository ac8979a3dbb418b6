r"""``S = \mathrm{diag}(\mu_i(1-\mu_i))`` is the diagonal matrix over i, not the sum over i of the
entries (the implied-summation reading of a repeated index made S a number, and the true Hessian
``\nabla^2 J = X^T S X`` of logistic regression FAILED). Such a diag was then not read (SKIPPED, never FAILED);
since lead63 it is the diagonal matrix over the index's range (documents.calls): the true Hessian PROVED, a wrong
one FAILED. ``\mathrm{diag}(\boldsymbol\mu)`` of a vector is as before. Every example is written here."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.engine import Settings

NOTES = r"""
Let $X \in \mathbb{R}^{n\times d}$, $\mathbf{y} \in \mathbb{R}^n$ and
$\boldsymbol{\mu} = \sigma(X\mathbf{w})$. The loss is

$$J(\mathbf{w}) = -\sum_{i=1}^{n} \left[ y_i \log \mu_i + (1-y_i)\log(1-\mu_i) \right].$$

With {S}:

$$
\nabla^2 J(\mathbf{w}) = {RHS}
$$
"""


def verdicts(s: str, rhs: str) -> list[tuple[str, str]]:
    result = check_text(NOTES.replace("{S}", s).replace("{RHS}", rhs), "notes.md", Settings())
    return [(s.verdict.value, s.message or "") for ch in result.chains for s in ch.result.steps][1:]


def test_diag_of_an_indexed_entry_is_not_a_sum() -> None:
    found = verdicts(r"$S = \mathrm{diag}(\mu_i(1-\mu_i))$", "X^T S X")
    assert [v for v, _ in found] == ["PROVED"], found
    assert "diag over the index i" in found[0][1]
    assert [v for v, _ in verdicts(r"$S = \mathrm{diag}(\mu_i(1-\mu_i))$", "X^T S^2 X")] == ["FAILED"]


@pytest.mark.slow(3)
def test_diag_of_a_vector_still_decides() -> None:
    s = r"$S = \mathrm{diag}(\boldsymbol{\mu}\odot(1-\boldsymbol{\mu}))$"
    assert [v for v, _ in verdicts(s, "X^T S X")] == ["PROVED"]
    assert [v for v, _ in verdicts(s, "-X^T S X")] == ["FAILED"]
