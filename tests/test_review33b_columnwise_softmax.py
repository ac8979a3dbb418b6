r"""A softmax the prose takes column by column is one softmax per column (review33b).

Notes with one example per column say "the softmax is applied to each column". Read row by row (as a batch of
rows, documents.rowsoftmax), ``\operatorname{softmax}(Z)\mathbf{1} = \mathbf{1}`` (rows summing to one, false
for those notes) was PROVED and the notes' own ``\mathbf{1}^\top\operatorname{softmax}(Z) = \mathbf{1}^\top``
was not."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.rowsoftmax import columnwise_said
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _notes(prose: str) -> str:
    return (f"# Batch\n\n{prose}\n\n$$\\mathbf{{1}}^\\top \\operatorname{{softmax}}(Z) = \\mathbf{{1}}^\\top$$\n\n"
            "$$\\operatorname{softmax}(Z) \\mathbf{1} = \\mathbf{1}$$\n")


def test_a_columnwise_softmax_sums_its_columns_to_one() -> None:
    for prose in ("Each column of $Z$ holds the logits of one example, and the softmax is applied to each column.",
                  "Let $Z \\in \\mathbb{R}^{K \\times m}$, and $P = \\operatorname{softmax}(Z)$ is taken column-wise."):
        steps = doc_steps(_notes(prose))
        assert steps[0].verdict == Verdict.PROVED, [s.message for s in steps]
        assert steps[1].verdict not in _GREEN, [s.message for s in steps]


def test_a_rowwise_softmax_still_sums_its_rows() -> None:
    steps = doc_steps(_notes("Let $Z \\in \\mathbb{R}^{m \\times K}$, and the softmax is applied to each row."))
    assert steps[1].verdict == Verdict.PROVED, [s.message for s in steps]
    assert steps[0].verdict not in _GREEN, [s.message for s in steps]


def test_the_cue_is_a_sentence_about_the_softmax() -> None:
    assert not columnwise_said("Each column of $X$ is a sample. The softmax of $z$ is a distribution.")
    assert not columnwise_said("The softmax is taken row-wise, one row per column of $X^\\top$.")
