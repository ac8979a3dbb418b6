r"""Review of fresh10's matrix whose rows sum to one (sumstoone.summed_positions): a double sum over all
entries (a joint table) says nothing of each row, and a statement the sentence goes on to deny is no
statement. Examples written here (review22b)."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.sumstoone import summed_positions

_JOINT = r"""
A joint distribution table $P_{ij}$ over pairs $(i, j)$ has nonnegative entries with $\sum_i \sum_j P_{ij} = 1$.
For weights $x_k$,
$$\frac{\partial}{\partial x_2} \sum_{k=1}^{3} \sum_{j=1}^{3} P_{kj} x_k = {rhs}$$
"""

_BATCH = r"""
Examples $n = 1..N$ with inputs $a_{nd}$, targets $t_{nc}$ and predictions
$q_{nc} = \frac{\exp(\sum_d V_{cd}a_{nd})}{\sum_b \exp(\sum_d V_{bd}a_{nd})}$. The loss is

$$E(V) = -\frac{1}{N}\sum_{n=1}^N \sum_{c=1}^C t_{nc}\log q_{nc}.$$

Here $\sum_c t_{nc} = 1$ is not assumed: the targets are scores.

$$\frac{\partial E}{\partial V_{ed}} = \frac{1}{N}\sum_{n=1}^N \left(q_{ne} - t_{ne}\right) a_{nd}$$
"""


def test_a_joint_table_summing_to_one_does_not_make_its_rows_sum_to_one() -> None:
    assert doc_steps(_JOINT.replace("{rhs}", "1"))[-1].verdict.value not in ("PROVED", "PASSED")
    assert doc_steps(_JOINT.replace("{rhs}", r"\sum_{j=1}^{3} P_{2j}"))[-1].verdict.value == "PROVED"


def test_a_statement_the_sentence_denies_after_it_is_no_statement() -> None:
    assert doc_steps(_BATCH)[-1].verdict.value not in ("PROVED", "PASSED")


def test_which_statements_say_rows_sum_to_one() -> None:
    assert summed_positions(r"with $\sum_i \sum_j P_{ij} = 1$ overall", "P") == frozenset()
    assert summed_positions(r"with $\sum_{i} \sum_{j=1}^{K} P_{ij} = 1$ overall", "P") == frozenset()
    assert summed_positions(r"Here $\sum_c t_{nc} = 1$ need not hold.", "t") == frozenset()
    assert summed_positions(r"Since $\sum_c t_{nc} = 1$, the bias does not matter.", "t") == {1}
    assert summed_positions(r"Since $\sum_c t_{nc} = 1$ for every example.", "t") == {1}
