r"""Where the notes say vec stacks the rows, the columns' identity is not theirs (review33b).

"Here vec(X) stacks the rows of X": attention22's kronecker checks a step with the rows stacked only after it
FAILED with the columns stacked, so ``vec(AXB) = (B^T ⊗ A) vec(X)`` — the column-stacking identity, false for
these notes — was PROVED beside the notes' own ``(A ⊗ B^T) vec(X)``. The stacking the notes state is now the
reading from the start (documents.lineconventions)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = ("# Vec\n\nHere $\\operatorname{{vec}}(X)$ stacks the {what} of $X$ into one column.\n\n"
          "$$\\operatorname{{vec}}(AXB) = (B^\\top \\otimes A)\\operatorname{{vec}}(X)$$\n\n"
          "$$\\operatorname{{vec}}(AXB) = (A \\otimes B^\\top)\\operatorname{{vec}}(X)$$\n")


def test_rows_stacked_as_said() -> None:
    steps = doc_steps(_NOTES.format(what="rows"))
    assert [s.verdict for s in steps] == [Verdict.FAILED, Verdict.PROVED], [s.message for s in steps]


def test_columns_stacked_as_said() -> None:
    steps = doc_steps(_NOTES.format(what="columns"))
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]
