r"""A case the notes state for a Jacobian or gradient entry keeps a mixed outcome SKIPPED (review23b).

variants16 read ``\partial L/\partial W_{ij}`` as meant for every index pair and dropped sentences that
explain an indicator from the prose searched for a case. Two correct steps became FAILED: a row of the
gradient the notes state by one index alone ("for the first row, $i = 1$"), and a case stated in the same
sentence that explains the Kronecker delta ("…; we take $i \neq j$ below"). Every example is written here.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

_ROWS = r"""
Scores $s = W x$ with $W \in \mathbb{R}^{K \times d}$ and $x \in \mathbb{R}^d$, probabilities
$p_i = \frac{e^{s_i}}{\sum_k e^{s_k}}$, and the loss when the true class is the first is $L = -\log p_1$.

{prose}

$$\frac{\partial L}{\partial W_{ij}} = {rhs}$$
"""


def _row(prose: str, rhs: str) -> Verdict:
    return doc_steps(_ROWS.replace("{prose}", prose).replace("{rhs}", rhs))[-1].verdict


def test_a_row_stated_by_one_index_is_a_case_the_notes_state() -> None:
    assert _row("For the first row, $i = 1$:", r"(p_i - 1) x_j") is Verdict.SKIPPED
    assert _row("For any later row $i > 1$:", r"p_i x_j") is Verdict.SKIPPED


def test_the_whole_gradient_by_a_matrix_is_still_checked() -> None:
    assert _row("In general,", r"(p_i - [i = 1]) x_j") in GREEN
    assert _row("In general,", r"(p_j - [i = 1]) x_j") is Verdict.FAILED  # swapped index


_SOFTMAX = r"""
Let $\operatorname{softmax}(z)_i = \frac{e^{z_i}}{\sum_k e^{z_k}}$.

{prose}

$$\frac{\partial\, \operatorname{softmax}(z)_i}{\partial z_j} = {rhs}$$
"""


def _softmax(prose: str, rhs: str) -> Verdict:
    return doc_steps(_SOFTMAX.replace("{prose}", prose).replace("{rhs}", rhs))[-1].verdict


def test_a_case_in_the_sentence_explaining_the_delta_is_still_a_case() -> None:
    prose = r"$\delta_{ij}$ is 1 for $i = j$ and 0 for $i \neq j$; we take $i \neq j$ below."
    rhs = r"-\operatorname{softmax}(z)_i \operatorname{softmax}(z)_j"
    assert _softmax(prose, rhs) is Verdict.SKIPPED
    prose = r"With $i \neq j$, where $\delta_{ij}$ is 1 when $i = j$ and 0 otherwise, it vanishes:"
    assert _softmax(prose, rhs) is Verdict.SKIPPED


def test_an_explanation_alone_states_no_case() -> None:
    prose = r"Here $\delta_{ij}$ is 1 when $i = j$ and 0 otherwise."
    rhs = r"\operatorname{softmax}(z)_j(\delta_{ij} - \operatorname{softmax}(z)_j)"
    assert _softmax(prose, rhs) is Verdict.FAILED
    rhs = r"\operatorname{softmax}(z)_i(\delta_{ij} - \operatorname{softmax}(z)_j)"
    assert _softmax(prose, rhs) in GREEN


_MARKED = r"""
Let $p_i = \frac{e^{z_i}}{\sum_k e^{z_k}}$.

$$\frac{\partial p_i}{\partial z_j} = {rhs}$$
"""


def test_a_case_in_brackets_after_the_formula_is_no_indicator() -> None:
    # "[i \neq j]" after the comma marks the display's case; the indicator inside a product is none
    marked = lambda rhs: doc_steps(_MARKED.replace("{rhs}", rhs))[-1].verdict  # noqa: E731
    assert marked(r"-p_i p_j, \quad [i \neq j]") is Verdict.SKIPPED
    assert marked(r"p_i ([i = j] - p_i)") is Verdict.FAILED
    assert marked(r"p_i \cdot [i = j] - p_i p_j") in GREEN


_UNITS = r"""
Let $h = W x$ with $W \in \mathbb{R}^{m \times d}$ and $x \in \mathbb{R}^d$.

{prose}

$$\frac{\partial h_k}{\partial W_{ij}} = {rhs}$$
"""


def test_a_case_with_the_index_on_the_right_is_a_case() -> None:
    units = lambda prose, rhs: doc_steps(_UNITS.replace("{prose}", prose).replace("{rhs}", rhs))[-1].verdict  # noqa: E731
    assert units("For the unit $k = i$:", "x_j") is Verdict.SKIPPED
    assert units("For every unit,", r"\delta_{ki} x_j") in GREEN
    assert units("For every unit,", r"\delta_{kj} x_i") is not Verdict.PROVED
