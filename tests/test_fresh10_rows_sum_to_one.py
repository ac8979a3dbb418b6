r"""A matrix of labels whose rows the notes say sum to one (``\sum_c t_{nc} = 1``): cross-entropy notes
over a batch write the labels t_{nc} (example n, class c) and use that each row sums to one. Read with
t an arbitrary matrix, the correct gradient failed (fresh10). Every example is written here."""

from __future__ import annotations

from support import doc_steps

_BATCH = r"""
Examples $n = 1..N$ with inputs $a_{nd}$, targets $t_{nc}$ and predictions
$q_{nc} = \frac{\exp(\sum_d V_{cd}a_{nd})}{\sum_b \exp(\sum_d V_{bd}a_{nd})}$. The loss is

$$E(V) = -\frac{1}{N}\sum_{n=1}^N \sum_{c=1}^C t_{nc}\log q_{nc}.$$

Since $\sum_c t_{nc} = 1$ for every example,

$$\frac{\partial E}{\partial V_{ed}} = {rhs}$$
"""


def test_a_gradient_that_uses_the_rows_summing_to_one_is_proved() -> None:
    *_, step = doc_steps(_BATCH.replace("{rhs}", r"\frac{1}{N}\sum_{n=1}^N \left(q_{ne} - t_{ne}\right) a_{nd}"))
    assert step.verdict.value == "PROVED"
    assert "sum to one" in step.message


def test_the_gradient_without_its_average_fails() -> None:
    *_, step = doc_steps(_BATCH.replace("{rhs}", r"\sum_{n=1}^N \left(q_{ne} - t_{ne}\right) a_{nd}"))
    assert step.verdict.value == "FAILED"


def test_the_gradient_with_swapped_roles_fails() -> None:
    *_, step = doc_steps(_BATCH.replace("{rhs}", r"\frac{1}{N}\sum_{n=1}^N \left(t_{ne} - q_{ne}\right) a_{nd}"))
    assert step.verdict.value == "FAILED"


def test_without_the_statement_the_rows_are_not_read_as_summing_to_one() -> None:
    text = _BATCH.replace(r"Since $\sum_c t_{nc} = 1$ for every example,", "Then")
    *_, step = doc_steps(text.replace("{rhs}", r"\frac{1}{N}\sum_{n=1}^N \left(q_{ne} - t_{ne}\right) a_{nd}"))
    assert step.verdict.value != "PROVED"


def test_a_denied_statement_gives_no_reading() -> None:
    text = _BATCH.replace(r"Since $\sum_c t_{nc} = 1$ for every example,", r"We do not assume $\sum_c t_{nc} = 1$.")
    *_, step = doc_steps(text.replace("{rhs}", r"\frac{1}{N}\sum_{n=1}^N \left(q_{ne} - t_{ne}\right) a_{nd}"))
    assert step.verdict.value != "PROVED"


def test_a_stochastic_matrix_sums_to_one_along_the_summed_index() -> None:
    import numpy as np

    from verifier.catalog import Builder
    from verifier.sampling import draw

    b = Builder()
    rows = b.stochastic("t", 2, 3, along=1)
    cols = b.stochastic("u", 2, 3, along=0)
    claim = b.chain(rows[0, 0] + cols[0, 0], rows[0, 0] + cols[0, 0])
    sample = draw(claim.variables, np.random.default_rng(0), 5)
    at = {s: sample.values[i] for i, s in enumerate(sample.symbols)}
    for i in range(2):
        assert np.allclose(sum(at[rows[i, j]] for j in range(3)), 1.0)
    for j in range(3):
        assert np.allclose(sum(at[cols[i, j]] for i in range(2)), 1.0)
    assert all((at[rows[i, j]] > 0).all() for i in range(2) for j in range(3))
