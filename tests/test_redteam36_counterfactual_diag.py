r"""A diagonal W the prose only supposes, or takes back for the same name, is no statement (redteam36).

"If the weights were independent we would have $W = \operatorname{diag}(w_1, \dots, w_n)$, but here $W$ is a full,
non-symmetric matrix." then ``\nabla_x x^T W x = 2Wx`` was PROVED: fresh24's diag reading made W symmetric though
the sentence says it would be diagonal only in another case, and that this W is not symmetric. symmetricprose took
back "If $A$ were symmetric" (the counterfactual in its own words) and "…, but $B$ is not symmetric" about another
name, not a formula the sentence puts after "would", nor a denial about the same name. Every example is written
here."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_STEP = "\n\n$$\\nabla_x x^T W x = 2Wx$$\n"
_DIAG = r"$W = \operatorname{diag}(w_1, \dots, w_n)$"


def _verdict(prose: str) -> Verdict:
    [step] = [s for ch in check_text(prose + _STEP, "notes.md").chains for s in ch.result.steps]
    return step.verdict


@pytest.mark.parametrize(
    "prose",
    [
        f"If the weights were independent we would have {_DIAG}.",
        f"Were the weights independent, we would have {_DIAG}.",
        f"Had the weights been independent, {_DIAG} would hold.",
    ],
    ids=["if-were-would", "were-would", "had-been"],
)
def test_a_diag_the_prose_only_supposes_is_not_read(prose: str) -> None:
    assert _verdict(prose + " Here $W$ is a square matrix.") not in (Verdict.PROVED, Verdict.PASSED)


@pytest.mark.parametrize(
    "denial",
    ["but here $W$ is a full, non-symmetric matrix", "but $W$ is not symmetric in general",
     "however $W$ is asymmetric"],
    ids=["non-symmetric", "not-symmetric", "asymmetric"],
)
def test_a_diag_taken_back_for_the_same_name_is_not_read(denial: str) -> None:
    assert _verdict(f"At first {_DIAG}, {denial}.") not in (Verdict.PROVED, Verdict.PASSED)


def test_a_stated_diag_still_gives_the_symmetric_gradient() -> None:
    assert _verdict(f"Let {_DIAG} with positive weights.") in (Verdict.PROVED, Verdict.PASSED)


def test_a_conditional_in_the_present_still_reads_the_symmetry() -> None:
    prose = "If $W$ is symmetric, the gradient would be"
    assert _verdict(prose) in (Verdict.PROVED, Verdict.PASSED)


def test_a_denial_about_another_name_keeps_the_diag() -> None:
    assert _verdict(f"Let {_DIAG}, but $A$ is not symmetric.") in (Verdict.PROVED, Verdict.PASSED)
