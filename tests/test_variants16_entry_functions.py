r"""A function the notes define entry by entry, ``S(z)_i = \frac{e^{z_i}}{\sum_k e^{z_k}}`` (variants16).

Notes name the softmax ``S`` (or ``g``, ``\phi``) and define its value's i-th entry; the definition was not
learned ("S appear(s) on one side only and the notes do not define it"), so every step about S was
SKIPPED. It is a function whose value is the vector of those entries. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
Define $S(z)_i = \frac{e^{z_i}}{\sum_{k=1}^{K} e^{z_k}}$ for $i = 1, \dots, K$.

$${claim}$$
"""


def _claim(claim: str) -> Verdict:
    return doc_steps(_NOTES.replace("{claim}", claim))[-1].verdict


def test_the_jacobian_of_an_entry_defined_softmax_is_proved() -> None:
    assert _claim(r"\frac{\partial S(z)_i}{\partial z_j} = S(z)_i\,(\delta_{ij} - S(z)_j)") is Verdict.PROVED


def test_a_swapped_index_in_its_jacobian_is_failed() -> None:
    assert _claim(r"\frac{\partial S(z)_i}{\partial z_j} = S(z)_i\,(\delta_{ij} - S(z)_i)") is Verdict.FAILED


def test_shift_invariance_of_an_entry_defined_softmax() -> None:
    assert _claim(r"S(z + c)_i = S(z)_i") is Verdict.PROVED
    assert _claim(r"S(z + c)_i = S(z)_i + c") is Verdict.FAILED
    assert _claim(r"S(2z)_i = S(z)_i") is Verdict.FAILED


def test_the_entries_of_a_function_defined_as_a_whole_are_a_claim() -> None:
    notes = r"""
Let $f(x) = A x$ for a matrix $A$.

$$f(x)_i = \sum_j A_{ji} x_j$$
"""
    assert doc_steps(notes)[-1].verdict is not Verdict.PROVED
