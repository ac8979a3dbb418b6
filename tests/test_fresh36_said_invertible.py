r"""``For an invertible $A$``: the prose that calls a matrix invertible says what its ``A^{-1}`` is.

``A^{-1}`` of a square matrix is read as its inverse, a chosen reading that never makes a step FAILED on its own
(documents.squares: the notes may mean the entry-wise reciprocal). Notes that say the matrix is invertible (or
nonsingular, or positive definite) have said which one they mean, so a wrong sign in the matrix determinant lemma
was only SKIPPED (fresh36). Where every matrix the step inverts is one the prose calls so, the FAILED stands
(documents.saidinvertible).
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.saidinvertible import said_invertible
from verifier.results import Verdict

_NOTES = """
# A rank-one update

For an invertible $\\mathbf{{A}} \\in \\mathbb{{R}}^{{n \\times n}}$ and vectors
$\\mathbf{{u}}, \\mathbf{{v}} \\in \\mathbb{{R}}^n$,

$$\\det\\left(\\mathbf{{A}} + \\mathbf{{u}}\\mathbf{{v}}^\\top\\right) = \\left({sign}\\right) \\det \\mathbf{{A}} .$$
"""


def _verdict(sign: str, notes: str = _NOTES) -> Verdict:
    return doc_steps(notes.format(sign=sign))[-1].verdict


def test_the_lemma_is_proved() -> None:
    assert _verdict("1 + \\mathbf{v}^\\top \\mathbf{A}^{-1}\\mathbf{u}") is Verdict.PROVED


def test_a_wrong_sign_fails_when_the_prose_says_invertible() -> None:
    assert _verdict("1 - \\mathbf{v}^\\top \\mathbf{A}^{-1}\\mathbf{u}") is Verdict.FAILED


def test_without_the_word_the_sign_slip_fails_both_ways() -> None:
    # without "invertible" the inverse is a chosen reading, but the entry-wise one fails too (gaps54; was SKIPPED)
    notes = _NOTES.replace("an invertible", "a square")
    assert _verdict("1 - \\mathbf{v}^\\top \\mathbf{A}^{-1}\\mathbf{u}", notes) is Verdict.FAILED


def test_the_names_the_prose_calls_invertible() -> None:
    assert said_invertible("For an invertible $\\mathbf{A} \\in \\mathbb{R}^{n}$, …") == {"A"}
    assert said_invertible("Let $\\Sigma$ be positive definite and $B$ nonsingular.") == {"Sigma", "B"}
    assert said_invertible("the inverse of $K + \\lambda I$ exists") == set()  # no single name
    assert said_invertible("$X$ is not invertible") == set()
    assert said_invertible("an invertible matrix $M$") == {"M"}
    assert said_invertible("a non-invertible $A$ and a not invertible $B$") == set()


_LOG = ("For an invertible $\\mathbf{A} \\in \\mathbb{R}^{n \\times n}$ and vectors $\\mathbf{u}, \\mathbf{v}$,\n\n"
        "$$\\log\\det\\left(\\mathbf{A} + \\mathbf{u}\\mathbf{v}^\\top\\right) = \\log\\det\\mathbf{A}"
        " + \\log\\left(1 + \\mathbf{v}^\\top \\mathbf{A}^{-1}\\mathbf{u}\\right) .$$\n")


def test_a_logarithm_of_the_lemma_is_not_failed_on_its_branch() -> None:
    r"""Drawn at matrices of negative determinant, ``\log\det`` fails on the complex logarithm's branch."""
    assert doc_steps(_LOG)[-1].verdict is not Verdict.FAILED


def test_a_wrong_power_of_a_number_beside_the_inverse_fails() -> None:
    r"""``(1 + t\,v^\top A^{-1} u)^{-2}`` inverts a number, not a matrix: only A's inverse was chosen (and said)."""
    notes = ("For an invertible $\\mathbf{A} \\in \\mathbb{R}^{n \\times n}$ and vectors "
             "$\\mathbf{u}, \\mathbf{v} \\in \\mathbb{R}^n$,\n\n"
             "$$\\frac{d}{dt} \\log\\det\\left(\\mathbf{A} + t\\,\\mathbf{u}\\mathbf{v}^\\top\\right) = "
             "\\frac{\\mathbf{v}^\\top \\mathbf{A}^{-1}\\mathbf{u}}"
             "{(1 + t\\,\\mathbf{v}^\\top \\mathbf{A}^{-1}\\mathbf{u})^{POW}} .$$\n")
    assert doc_steps(notes.replace("POW", "1"))[-1].verdict is Verdict.PROVED
    assert doc_steps(notes.replace("POW", "2"))[-1].verdict is Verdict.FAILED
