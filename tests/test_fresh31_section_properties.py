r"""A property stated where a matrix is introduced holds in the subsections below: "a lower-triangular $L$".

The Cholesky note opens with "we look for a lower-triangular $L$ with $A = LL^\top$" and, two subsections on,
writes "Because $\det A = (\det L)^2 = \prod_i L_{ii}^2$". The second link holds for a triangular L only; the
checker reads L with arbitrary entries, and documents.unreadhypotheses, which SKIPs a step beside such a property,
looked only at the prose just before a display (not at an inline claim, not above a subsection's heading): the
link FAILED on v0.28.0 (fresh31's false alarm). A statement in a section the step is still in (a heading of a
lower level keeps it, as for symmetric matrices: documents.symmetricprose) counts, for inline claims too. Never
green; a statement in a section that ended (a heading of its level) still counts for nothing."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
# Cholesky

{said}

## Factor

For the $2 \\times 2$ case $L_{{11}} = \\sqrt{{a_{{11}}}}$.

## Log-determinant

Because $\\det A = (\\det L)^2 = {claim}$, the log-determinant is a sum.
"""


def _claim(said: str, claim: str) -> Verdict:
    steps = doc_steps(_NOTES.format(said=said, claim=claim))
    return next(s.verdict for s in steps if "prod" in (s.rhs_latex or ""))


def test_a_triangular_matrix_stated_above_the_subsections_is_not_failed() -> None:
    said = "We look for a lower-triangular $L$ with $A = LL^\\top$."
    assert _claim(said, "\\prod_i L_{ii}^2") is Verdict.SKIPPED


def test_without_the_statement_it_fails() -> None:
    assert _claim("We look for a matrix $L$ with $A = LL^\\top$.", "\\prod_i L_{ii}^2") is Verdict.FAILED


def test_a_statement_in_a_section_that_ended_counts_for_nothing() -> None:
    text = _NOTES.replace("## Factor", "# Factor").format(
        said="We look for a lower-triangular $L$ with $A = LL^\\top$.", claim="\\prod_i L_{ii}^2")
    steps = doc_steps(text)
    assert [s.verdict for s in steps if "prod" in (s.rhs_latex or "")] == [Verdict.FAILED]
