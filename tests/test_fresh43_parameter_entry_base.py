r"""A function's vector parameter is indexed in its body as the notes index that name (fresh43, resolve).

``f(x) = w_0 + \sum_{k=1}^n w_k x_k``: the bias makes the notes index w — and the x beside it in the sum —
from 0. Called bare (``\partial f/\partial w_i``) f takes the notes' x as its parameter, but the body read the
parameter's entries from 1 while every other x_k was read from 0, so ∂f/∂w_i came out as x_{i-1} and the
correct ``\partial f/\partial w_i = x_i`` FAILED at every i. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import StepResult

_NOTE = """# A linear unit with a bias

For $x \\in \\mathbb{R}^n$ the unit computes

$$
f(x) = w_0 + \\sum_{k=1}^n w_k x_k .
$$

Each weight's gradient is $\\partial f / \\partial w_i = x_i$.
"""


def _last(note: str) -> StepResult:
    return doc_steps(note)[-1]


def test_the_parameter_keeps_the_notes_index_base() -> None:
    # it holds for every weight but the bias: never FAILED (at i = 0 it is the bias's derivative, 1)
    assert _last(_NOTE).verdict.name != "FAILED"


def test_a_wrong_gradient_still_fails() -> None:
    assert _last(_NOTE.replace("= x_i$.", "= x_{i} + 1$.")).verdict.name == "FAILED"
