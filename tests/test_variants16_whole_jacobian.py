r"""More Jacobian and gradient entries meant for every index pair are no case split (variants16).

A step that holds at some index assignments only is SKIPPED "a case split the notes may assume" unless it
is the entry of a whole Jacobian (trust14). Three ways notes write such an entry were still excused:
the entry of a function's value (``\partial \operatorname{softmax}(z)_i / \partial z_j``), the entry of
a gradient by a matrix (``\partial L / \partial W_{ij}``), and a cases display that states both cases
itself (its rows' ``i = j`` / ``i \neq j`` were taken for a case the notes assume), or an indicator
explained after the display ("one when $i = j$ and zero otherwise"). Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def _last(text: str) -> Verdict:
    return doc_steps(text)[-1].verdict


_APPLIED = r"""
For the softmax function,

$$\frac{\partial\, \operatorname{softmax}(z)_i}{\partial z_j} = {rhs}$$
{after}
"""


def _applied(rhs: str, after: str = "") -> Verdict:
    return _last(_APPLIED.replace("{rhs}", rhs).replace("{after}", after))


def test_an_entry_of_an_applied_softmax_with_a_swapped_index_is_failed() -> None:
    assert _applied(r"\operatorname{softmax}(z)_j(\delta_{ij} - \operatorname{softmax}(z)_j)") is Verdict.FAILED


def test_the_applied_softmax_jacobian_stays_proved() -> None:
    assert _applied(r"\operatorname{softmax}(z)_i(\delta_{ij} - \operatorname{softmax}(z)_j)") is Verdict.PROVED


def test_an_indicator_explained_after_the_display_states_no_case() -> None:
    after = "\nwhere $\\mathbb{1}\\{i=j\\}$ is one when $i = j$ and zero otherwise.\n"
    wrong = r"\operatorname{softmax}(z)_j\left(\mathbb{1}\{i=j\} - \operatorname{softmax}(z)_j\right)"
    assert _applied(wrong, after) is Verdict.FAILED
    right = r"\operatorname{softmax}(z)_i\left(\mathbb{1}\{i=j\} - \operatorname{softmax}(z)_j\right)"
    assert _applied(right, after) is Verdict.PROVED


def test_an_off_diagonal_formula_with_its_case_after_is_not_failed() -> None:
    assert _applied(r"-\operatorname{softmax}(z)_i \operatorname{softmax}(z)_j", "\nwhen $i \\neq j$.\n") \
        is not Verdict.FAILED  # fmt: skip


_CASES = r"""
Let $y_i = \frac{e^{z_i}}{\sum_k e^{z_k}}$. Then

$$\frac{\partial y_i}{\partial z_j} = \begin{cases} y_i(1 - y_i) & i = j \\ {off} & i \neq j \end{cases}$$
"""


def test_a_cases_display_stating_both_cases_is_failed_when_a_row_is_wrong() -> None:
    assert _last(_CASES.replace("{off}", "y_i y_j")) is Verdict.FAILED
    assert _last(_CASES.replace("{off}", "-y_i y_j")) is Verdict.PROVED


_MATRIX = r"""
With $a_i = \sum_j W_{ij} x_j$, $h_i = \sigma(a_i)$ and $L = \frac{1}{2}\sum_i (h_i - t_i)^2$:

$$\frac{\partial L}{\partial W_{ij}} = {rhs}$$
"""


def test_a_gradient_entry_by_a_matrix_with_a_swapped_index_is_failed() -> None:
    assert _last(_MATRIX.replace("{rhs}", r"(h_i - t_i) h_i (1 - h_i) x_j")) is Verdict.PROVED
    assert _last(_MATRIX.replace("{rhs}", r"(h_j - t_j) h_j (1 - h_j) x_i")) is Verdict.FAILED


def test_a_stated_diagonal_case_keeps_a_matrix_gradient_out_of_failed() -> None:
    text = _MATRIX.replace("{rhs}", r"(h_j - t_j) h_j (1 - h_j) x_i")
    text = text.replace("$$\\frac", "On the diagonal,\n\n$$\\frac")
    assert _last(text) is not Verdict.FAILED


def test_a_sentence_using_the_delta_for_a_case_still_states_the_case() -> None:
    lead = ("\nFor $i = j$ the Kronecker delta is one and for $i \\neq j$ it is zero, so the off-diagonal "
            "entries are\n")
    text = _APPLIED.replace("For the softmax function,", lead).replace("{after}", "")
    assert _last(text.replace("{rhs}", r"-\operatorname{softmax}(z)_i \operatorname{softmax}(z)_j")) \
        is not Verdict.FAILED  # fmt: skip
