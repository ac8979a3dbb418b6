r"""Prose that says the samples are the rows of X ("Let $X$ have rows $\mathbf{x}_i^T$") relates X to
the samples: a step between ``\sum_i \mathbf{x}_i\mathbf{x}_i^T`` and a matrix form that fails under
the data-matrix reading is FAILED, not SKIPPED as "X, x appear on one side only". Without such a
sentence the doubt stays. Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.samples import stated_rows
from verifier.engine import Settings

NOTES = r"""
{PROSE} and $\mathbf{w} \in \mathbb{R}^d$.

$$
\sum_{i=1}^{n} \mathbf{x}_i\mathbf{x}_i^T = {RHS}
$$
"""
SAID = r"Let $X \in \mathbb{R}^{n\times d}$ have rows $\mathbf{x}_i^T$,"
UNSAID = r"Let $X \in \mathbb{R}^{n\times d}$ be given"


def verdicts(prose: str, rhs: str) -> list[str]:
    result = check_text(NOTES.replace("{PROSE}", prose).replace("{RHS}", rhs), "notes.md", Settings())
    return [s.verdict.value for ch in result.chains for s in ch.result.steps]


def test_stated_rows_make_a_sign_flip_failed() -> None:
    assert verdicts(SAID, "X^T X") == ["PROVED"]
    assert verdicts(SAID, "-X^T X") == ["FAILED"]


def test_without_the_sentence_the_doubt_stays() -> None:
    assert verdicts(UNSAID, "-X^T X") == ["SKIPPED"]


def test_which_sentences_state_rows() -> None:
    assert stated_rows(SAID) == {"X", "x"}
    assert stated_rows(r"the $i$-th row of $\mathbf{X}$ is $\mathbf{x}_i^\top$.") == {"X", "x"}
    assert stated_rows(r"$X$ is a matrix. Each $\mathbf{x}_i$ is a vector.") == set()
    assert stated_rows(r"Let $X$ have rows $\mathbf{z}_i^T$.") == set()  # another letter
