r"""documents.literals: a bold name set equal to a bracket list of its own entries (``\mathbf{g} = [g_0, g_1,
g_2]``) is that vector (3 entries, indexed from 0 where the list starts at 0), and guesses sees a vector
on a side that writes its numbered entries: a dropped entry or a missing transpose is FAILED. Small
notes written here."""

from __future__ import annotations

from verifier.documents.annotations import key_of_text
from verifier.documents.check import check_text
from verifier.documents.literals import literal_shapes
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _steps(text: str) -> list[tuple[Verdict, str]]:
    check = check_text(text, "notes.md")
    return [(s.verdict, s.message) for ch in check.chains for s in ch.result.steps]


def test_a_list_of_its_own_entries_gives_the_length() -> None:
    text = (r"Here $\mathbf{g} = [g_0, g_1, g_2]$, $h = [h_1, h_2]$, $v = [a_1, a_2]$, $u = [1, 2]$ and "
            r"$\boldsymbol{\theta} = [\theta_1, \theta_2, \theta_3]$.")
    assert literal_shapes(text, key_of_text) == {("g", ()): (3,), ("theta", ()): (3,)}  # a plain h: a row


_DOT = r"""# Gradient

The gradient is $\mathbf{g} = [g_0, g_1, g_2]$ and the step $\mathbf{h} = [h_0, h_1, h_2]$.

$$STEP$$
"""


def test_an_inner_product_over_the_listed_entries_is_proved() -> None:
    [(verdict, message)] = _steps(_DOT.replace("STEP", r"\mathbf{g}^T \mathbf{h} = g_0 h_0 + g_1 h_1 + g_2 h_2"))
    assert verdict in _GREEN, message
    assert "indexed from 0" in message


def test_a_dropped_entry_is_not_green() -> None:
    # not FAILED either: a side writing some entries may use what the notes say of the others (x_0 = 1, the
    # bias trick: tests/test_review21e_guesses.py)
    [(verdict, message)] = _steps(_DOT.replace("STEP", r"\mathbf{g}^T \mathbf{h} = g_0 h_0 + g_1 h_1"))
    assert verdict not in _GREEN, message


def test_a_missing_transpose_is_failed() -> None:
    notes = ("# Form\n\n" r"Let $A \in \mathbb{R}^{2 \times 2}$, $\mathbf{g} = [g_1, g_2]$, "
             r"$\mathbf{h} = [h_1, h_2]$." "\n\n$$STEP$$\n")
    right = r"\mathbf{g}^T A \mathbf{h} = \sum_{i=1}^{2}\sum_{j=1}^{2} g_i A_{ij} h_j"
    [(verdict, message)] = _steps(notes.replace("STEP", right))
    assert verdict in _GREEN, message
    [(wrong, message)] = _steps(notes.replace("STEP", right.replace("A \\mathbf{h}", "A^T \\mathbf{h}")))
    assert wrong is Verdict.FAILED, message


def test_the_name_equal_to_its_list_is_not_failed() -> None:
    [(verdict, message), _] = _steps("# V\n\n$$\\mathbf{v} = [v_1, v_2, v_3] = [1, 2, 3]$$\n")
    assert verdict is not Verdict.FAILED, message


def test_entries_of_vectors_of_a_guessed_length_are_not_failed() -> None:
    # two features written out, the length of w and x never stated: a length of 3 is only the checker's guess
    [(verdict, message)] = _steps("# Two features\n\n$$\\mathbf{w}^T\\mathbf{x} = w_1 x_1 + w_2 x_2$$\n")
    assert verdict is not Verdict.FAILED, message
