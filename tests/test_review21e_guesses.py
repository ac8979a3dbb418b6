r"""Review of guesses: a vector is seen on a side through its numbered entries only where that side writes
every entry. A side writing some of them may rely on what the notes say of the others (the bias trick's
``x_0 = 1``, a literal ``[1, x_1, x_2]^T``, tied weights ``w_1 = w_2``): such a correct step was FAILED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _verdicts(notes: str) -> list[tuple[Verdict, str]]:
    check = check_text(notes, "notes.md")
    return [(s.verdict, s.message) for ch in check.chains for s in ch.result.steps]


@pytest.mark.parametrize("given", [
    r"$\mathbf{w}, \mathbf{x} \in \mathbb{R}^3$ with $x_0 = 1$, so that the bias is $w_0$",
    r"$\mathbf{x} = [x_0, x_1, x_2]$ where $x_0 = 1$, and $\mathbf{w} = [w_0, w_1, w_2]$",
    r"$\mathbf{x} = [1, x_1, x_2]^T$ and $\mathbf{w} = [w_0, w_1, w_2]$",
])
def test_the_bias_trick_is_not_failed(given: str) -> None:
    notes = f"# Bias\n\nWe absorb the bias: {given}.\n\n$$\\mathbf{{w}}^T\\mathbf{{x}} = w_0 + w_1 x_1 + w_2 x_2$$\n"
    [(verdict, message)] = _verdicts(notes)
    assert verdict is not Verdict.FAILED, message


def test_tied_weights_are_not_failed() -> None:
    notes = ("# Tied\n\n" r"Let $\mathbf{w}, \mathbf{x} \in \mathbb{R}^2$, and assume the weights are tied:"
             r" $w_1 = w_2$." "\n\n$$\\mathbf{w}^T\\mathbf{x} = w_1 (x_1 + x_2)$$\n")
    [(verdict, message)] = _verdicts(notes)
    assert verdict is not Verdict.FAILED, message


def test_every_entry_written_is_the_vector_and_a_swapped_one_failed() -> None:
    notes = ("# Dot\n\n" r"Let $\mathbf{g} = [g_1, g_2, g_3]$ and $\mathbf{h} = [h_1, h_2, h_3]$." "\n\n$$STEP$$\n")
    [(verdict, message)] = _verdicts(notes.replace("STEP", r"\mathbf{g}^T\mathbf{h} = g_1 h_1 + g_2 h_2 + g_3 h_3"))
    assert verdict in _GREEN, message
    [(verdict, message)] = _verdicts(notes.replace("STEP", r"\mathbf{g}^T\mathbf{h} = g_1 h_2 + g_2 h_1 + g_3 h_3"))
    assert verdict is Verdict.FAILED, message
