r"""A long run of letters in one display is read in time linear in it (redteam36).

A display of 20,000 letters (``xxx…x = 1``: what a macro of repeated text expands to, or a pasted string) made
reading the whole document a TIMEOUT ("reading the document took longer than 60s; no step was checked"), so the
wrong step after it was never checked: the pattern of an annotation's name (``x \in \mathbb{R}^n``) tried every
letter of the run as the start of a name, and each try ran to the run's end (quadratic). A name starts where a
run of letters starts. Every example is written here."""

from __future__ import annotations

import time

from support import doc_steps

from verifier.documents.annotations import annotated_shapes


def test_a_long_run_of_letters_is_scanned_in_linear_time() -> None:
    text = "\\[ " + "x" * 20_000 + " = 1 \\]"
    start = time.process_time()
    assert list(annotated_shapes(text)) == []
    assert time.process_time() - start < 1.0


def test_annotations_are_still_read() -> None:
    found = {key[0]: dims for _, key, dims in annotated_shapes(
        "Let $x \\in \\mathbb{R}^n$, $\\alpha \\in \\mathbb{R}$, $W_1 \\in \\mathbb{R}^{m \\times n}$ and "
        "$\\mathbf{b} \\in \\mathbb{R}^m$; also $z_1, y \\in \\mathbb{R}^2$."
    )}
    assert set(found) == {"x", "alpha", "W", "b", "z", "y"}


def test_the_step_after_a_long_run_of_letters_is_checked_in_time() -> None:
    text = "$$" + "x" * 20_000 + " = 1$$\n\n$$\\frac{d}{dx} x^2 = 3x$$\n"
    start = time.monotonic()
    steps = doc_steps(text)
    assert time.monotonic() - start < 30
    assert [s.verdict.value for s in steps if s.rhs_latex.replace(" ", "") == "3x"] == ["FAILED"]
