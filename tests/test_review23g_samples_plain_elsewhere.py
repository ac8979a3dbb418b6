r"""The notes' bold sample names are bold only in the chains that do not write them plain (review23g).

fresh12 made ``\mathbf{k}_j`` (keys, samples) bold in every chain, for a chain that reaches them through a
definition and writes no k. A later section about a scalar ``x`` ("now $x$ is a scalar input") then had
its plain x read as a vector: ``\partial f/\partial x = w`` for ``f(x) = wx + b`` was SKIPPED (a
3×3 Jacobian against a scalar), PROVED before."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def test_a_plain_letter_of_another_section_stays_a_scalar() -> None:
    notes = ("Data points $\\mathbf{x}_1, \\dots, \\mathbf{x}_n$ with labels $y_i$.\n\n## Scalar model\n\n"
             "Now $x$ is a scalar input and $f(x) = w x + b$.\n\n$$\\frac{\\partial f}{\\partial x} = w$$\n")
    [step] = [s for ch in check_text(notes, "notes.md").chains for s in ch.result.steps]
    assert step.verdict in GREEN, step.message
