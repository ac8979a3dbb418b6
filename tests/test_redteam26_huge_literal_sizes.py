r"""A vector or matrix annotated with a huge literal size (redteam26).

"Let $x \in \mathbb{R}^{1000000}$." made every chain of the notes a TIMEOUT "during reading the members", the
ones that never write x too: each instance builds every variable of the scope entry by entry, a million
symbols. A block of more entries than the checker builds is left out of the instance; a step that uses it
is SKIPPED saying so, and the rest of the notes is checked as before."""

from __future__ import annotations

import time

from support import doc_steps

from verifier.results import Verdict


def test_a_huge_annotation_leaves_the_other_chains_checked() -> None:
    started = time.monotonic()
    steps = doc_steps("# A\n\nLet $x \\in \\mathbb{R}^{1000000}$.\n\n$$\\frac{d}{dy}y^2 = 2y$$\n\n"
                      "$$\\frac{d}{dy}y^3 = 2y^2$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]
    assert time.monotonic() - started < 30


def test_a_step_that_uses_the_huge_block_is_skipped_with_its_size() -> None:
    # the step writes a number past what the notes write out, so it is not read at a small size in the stated
    # size's place (gaps20, documents.largesizes): it is checked as stated, and the block is too large
    steps = doc_steps("# A\n\nLet $x \\in \\mathbb{R}^{1000000}$.\n\n$$\\nabla_x \\frac{\\|x\\|^2}{1000000} = 3x$$\n")
    assert [s.verdict for s in steps] == [Verdict.SKIPPED]
    assert "1000000" in (steps[0].message or ""), steps[0].message


def test_a_matrix_of_a_realistic_size_is_still_built() -> None:
    steps = doc_steps("# A\n\nLet $A \\in \\mathbb{R}^{20 \\times 20}$ and $x \\in \\mathbb{R}^{20}$.\n\n"
                      "$$\\nabla_x x^T A x = 2 A x$$\n")
    assert [s.verdict for s in steps] == [Verdict.FAILED], steps[0].message
