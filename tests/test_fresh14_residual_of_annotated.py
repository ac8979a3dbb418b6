r"""``Let $r = Xw - y$`` with ``X \in \mathbb{R}^{n\times d}`` annotated: a residual, not an index range.

Letters such as r, p, q may be indices ("$k = K + 1$" is a range), so a plain formula does not define them
unless it computes something or uses a defined name (fresh11). A formula in names the notes annotate as
vectors or matrices is a vector or matrix itself, never an index: r is defined, and the lines after it use it
(was: "X, y appear on one side only", SKIPPED)."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = (
    "Let $A \\in \\mathbb{{R}}^{{m\\times k}}$, $u \\in \\mathbb{{R}}^k$, $b \\in \\mathbb{{R}}^m$.\n"
    "Let $r = Au - b$.\n\n"
    "$$\\nabla_u \\left(\\tfrac12 r^\\top r\\right) = {}$$\n"
)


def _verdict(right: str) -> tuple[Verdict, str]:
    [step] = [s for ch in check_text(_NOTES.format(right), "notes.md").chains for s in ch.result.steps]
    return step.verdict, step.message or ""


def test_the_residual_is_read_by_its_formula() -> None:
    verdict, message = _verdict("A^\\top (Au - b)")
    assert verdict in GREEN, message


def test_a_missing_transpose_is_failed() -> None:
    verdict, message = _verdict("A (Au - b)")
    assert verdict is Verdict.FAILED, message



def test_a_letter_used_as_a_size_keeps_that_meaning() -> None:
    notes = (
        "Let $X \\in \\mathbb{R}^{m\\times d}$, $t \\in \\mathbb{R}^d$ and $y \\in \\mathbb{R}^m$.\n\n"
        "Later, $m = X t - y$ is the residual, and\n$$\\frac{1}{m}\\sum_{i=1}^m 2 = 2$$\n"
    )
    [step] = [s for ch in check_text(notes, "notes.md").chains for s in ch.result.steps]
    assert step.verdict in GREEN, step.message
