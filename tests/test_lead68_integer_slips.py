r"""A worked integer wrong at inputs the notes state exactly as integers is FAILED (lead68, documents.exactslips).

A network worked by hand with a small integer matrix ("$W = \begin{pmatrix} 1 & -1 \\ 2 & 1 \end{pmatrix}$, $x = (1,
2)^\top$") writes $W x = (3, 4)$ where $W x = (-1, 4)$: the step was SKIPPED as "a closed form computed from rounded
inputs, another value of a name, or a slip". No rounding on the way moves an exact integer onto another integer."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NET = r"""
A network $h = \mathrm{ReLU}(W x)$, $\hat y = v^\top h$ with
$W = \begin{pmatrix} 1 & -1 \\ 2 & 1 \end{pmatrix}$, $v = (1, -2)^\top$, $x = (1, 2)^\top$ and target $y = 0$.

$$W x = {STEP}$$
"""


def _last(step: str):
    return doc_steps(NET.replace("{STEP}", step))[-1]


def test_an_integer_vector_wrong_at_exact_integer_inputs_is_failed() -> None:
    last = _last(r"\begin{pmatrix} 3 \\ 4 \end{pmatrix}")
    assert last.verdict is Verdict.FAILED, last.message


def test_the_right_integer_vector_is_green() -> None:
    assert _last(r"\begin{pmatrix} -1 \\ 4 \end{pmatrix}").verdict in (Verdict.PROVED, Verdict.PASSED)


def test_an_integer_written_for_a_value_off_the_integers_is_not_failed() -> None:
    notes = NET.replace(r"1 & -1 \\ 2 & 1", r"0.5 & 1 \\ 2 & 1")  # W x = (2.5, 4): 3 may be its rounding
    last = doc_steps(notes.replace("{STEP}", r"\begin{pmatrix} 3 \\ 4 \end{pmatrix}"))[-1]
    assert "0.5" in notes and last.verdict is Verdict.SKIPPED, last.message


WORKED = NET.replace("$$W x = {STEP}$$", r"""$$W x = \begin{pmatrix} -1 \\ 4 \end{pmatrix}$$

so

$$h = {STEP}$$""")


def test_a_defined_names_integer_value_at_exact_inputs_is_green() -> None:
    last = doc_steps(WORKED.replace("{STEP}", r"\begin{pmatrix} 0 \\ 4 \end{pmatrix}"))[-1]
    assert last.verdict in (Verdict.PROVED, Verdict.PASSED), last.message


def test_a_defined_names_wrong_integer_value_at_exact_inputs_is_failed() -> None:
    last = doc_steps(WORKED.replace("{STEP}", r"\begin{pmatrix} -1 \\ 4 \end{pmatrix}"))[-1]
    assert last.verdict is Verdict.FAILED, last.message
