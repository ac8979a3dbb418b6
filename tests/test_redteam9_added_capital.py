r"""A capital letter added to a matrix is a matrix (redteam9).

``D := C + c c^T`` with C undeclared: C is one of the capitals usually read as a constant (a cost C),
so it was a scalar, and the resolver broadcast it to every entry of ``cc^T``. That made D symmetric,
which nothing in the notes says, and the classic slip ``\nabla_a(a^T D a) = 2Da`` (true only for a
symmetric D) was PROVED. A capital added to a matrix is read as a matrix of that shape; the correct
``(D + D^T)a`` stays PROVED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# A quadratic form

Let $a \in \mathbb{R}^n$ and

$$D := C + cc^T$$

$$\nabla_a (a^T D a) = {rhs}$$
"""


def test_twice_d_a_is_not_green_for_an_undeclared_added_capital() -> None:
    step = doc_steps(_NOTES.replace("{rhs}", "2 D a"))[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_the_general_gradient_of_the_form_stays_proved() -> None:
    step = doc_steps(_NOTES.replace("{rhs}", "(D + D^T) a"))[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_a_constant_added_to_a_number_stays_a_number() -> None:
    notes = "# A cost\n\n$$J := C + w^2$$\n\n$$\\frac{dJ}{dw} = 2w$$\n"
    step = doc_steps(notes)[-1]
    assert step.verdict is Verdict.PROVED, step.message
