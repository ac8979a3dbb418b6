"""Index ranges, index bases and written entries inferred from the notes (issue 8 §1, §3).

Notes index from 0 (a bias entry ``x_0 = 1``, ``\\sum_{j=0}^m w_j X_{ij}``), write entries beyond
the default size (``\\theta_4``), use a letter both as an index and as a name, and draw vectors as
rows of boxed cells. Each reading is reported with the step; a wrong step stays not green under it.
All notes here are small examples written for these tests."""

from __future__ import annotations

from support import doc_steps

from verifier.results import StepResult


def _steps(body: str) -> list[StepResult]:
    return doc_steps(body)


def _verdicts(body: str) -> list[str]:
    return [s.verdict.value for s in _steps(body)]


GREEN = ("PROVED", "PASSED")


# --- boxed cells -------------------------------------------------------------------------------


def test_boxed_cells_side_by_side_are_the_entries_of_a_vector() -> None:
    steps = _steps(
        r"""
        $$ p_j = \frac{e^{o_j}}{\sum_i e^{o_i}} $$

        $$ o = \boxed{2}\boxed{3}\boxed{4} $$

        $$ \operatorname{softmax}(\boxed{2}\boxed{3}\boxed{4}) = \boxed{0.090}\boxed{0.245}\boxed{0.665} $$

        $$ \operatorname{softmax}(\boxed{2}\boxed{3}\boxed{4}) = \boxed{0.090}\boxed{0.665}\boxed{0.245} $$
        """
    )
    steps = steps[1:]  # after the definition of p
    texts = [s.lhs_latex + " = " + s.rhs_latex for s in steps]
    assert all("boxed" in t for t in texts), texts  # the cells are kept, not stripped to {2}{3}{4}
    assert "shape mismatch" not in (steps[0].message or ""), steps[0].message  # o is a 3-vector
    # softmax(2, 3, 4) to three decimals: entry by entry (an entry agreeing to the rounding is not
    # taken for the others, doubts._rounded)
    assert steps[1].verdict.value in GREEN or "agrees to that precision" in (steps[1].message or ""), steps[1].message
    assert steps[2].verdict.value not in GREEN  # two entries swapped
    assert "boxed" not in _steps(r"$$ \boxed{a + b} = \boxed{b + a} $$")[0].lhs_latex  # one cell: a frame


# --- index bases -------------------------------------------------------------------------------


def test_a_sum_from_zero_indexes_its_family_from_zero() -> None:
    steps = _steps(
        r"""
        $$ \sum_{j=0}^m w_j X_{ij} = w_0 X_{i0} + \sum_{j=1}^m w_j X_{ij} $$

        $$ \sum_{j=0}^m w_j X_{ij} = w_0 X_{i0} - \sum_{j=1}^m w_j X_{ij} $$

        $$ \sum_{j=0}^m w_j X_{ij} = w_1 X_{i1} + \sum_{j=1}^m w_j X_{ij} $$
        """
    )
    assert steps[0].verdict.value in GREEN, steps[0].message
    assert "from 0" in (steps[0].message or ""), steps[0].message  # the reading is reported
    assert steps[1].verdict.value not in GREEN  # a sign flip
    assert steps[2].verdict.value not in GREEN  # a wrong index (w_1 counted twice, w_0 dropped)


def test_a_written_index_zero_makes_the_family_start_at_zero() -> None:
    steps = _steps(
        r"""
        $$ x^T w = x_0 w_0 + \sum_{j=1}^{n} x_j w_j = \sum_{j=1}^{n} x_j w_j $$

        $$ x_1 + x_2 = \sum_{j=1}^{2} x_j $$
        """
    )
    assert steps[0].verdict.value in GREEN, steps[0].message  # x and w run 0..n: x_0 is the bias entry
    assert "x: a vector[n+1]" in (steps[0].message or ""), steps[0].message
    assert steps[1].verdict.value not in GREEN  # drops the bias term x_0 w_0
    assert steps[2].verdict.value in GREEN  # no entry 0 written in this chain: x_1 is the first entry


def test_a_sum_from_zero_to_a_count_minus_one_has_that_many_entries() -> None:
    steps = _steps(
        r"""
        $$ \sum_{k=0}^{K-1} x_k w_k = x^T w $$

        $$ \sum_{k=0}^{K-1} x_k w_k = x^T w - x_0 w_0 $$
        """
    )
    assert steps[0].verdict.value in GREEN, steps[0].message
    assert "k: an index 0..K-1" in (steps[0].message or "") and "x: a vector[K]" in (steps[0].message or "")
    assert steps[1].verdict.value not in GREEN  # x_0 w_0 taken out of a sum that contains it


# --- written entries and sizes -----------------------------------------------------------------


def test_a_product_over_data_written_as_a_number_is_skipped_with_that_reason() -> None:
    steps = _steps(
        r"""
        $$ \prod_{i=1}^{400} \theta^{x_i} (1 - \theta)^{1 - x_i} = \theta^{117} (1 - \theta)^{283} $$

        $$ \sum_{i=1}^{20} i = 210 $$
        """
    )
    assert steps[0].verdict.value == "SKIPPED"
    assert "400 entries of x" in (steps[0].message or ""), steps[0].message
    assert steps[1].verdict.value in GREEN  # a sum of numbers, no data: still expanded


def test_written_entries_beyond_the_default_size_are_covered() -> None:
    steps = _steps(
        r"""
        $$ \sum_{i=1}^{n} \theta_i = \theta_1 + \theta_2 + \theta_3 + \theta_4 + \sum_{i=5}^{n} \theta_i $$

        $$ \sum_{i=1}^{n} \theta_i = \theta_1 + \theta_2 + \theta_3 + \theta_5 + \sum_{i=5}^{n} \theta_i $$

        $$ \frac{\partial}{\partial x_5} \sum_j x_j^2 = 2 x_5 $$

        $$ \frac{\partial}{\partial x_5} \sum_j x_j^2 = x_5 $$
        """
    )
    assert steps[0].verdict.value in GREEN, steps[0].message  # n is at least 4 (θ_4 is written)
    assert steps[1].verdict.value not in GREEN  # θ_4 replaced by θ_5
    assert steps[2].verdict.value in GREEN, steps[2].message  # x has at least 5 entries
    assert steps[3].verdict.value not in GREEN  # a dropped factor 2


def test_a_number_written_is_not_the_value_of_a_size_the_notes_leave_general() -> None:
    steps = _steps(
        r"""
        Let $x \in \mathbb{R}^n$ and $A \in \mathbb{R}^{n \times n}$.

        $$ \|x\|^2 = \sum_{i=1}^{2} x_i^2 $$

        $$ \|x\|^2 = \sum_{i=1}^{n} x_i^2 $$

        $$ \operatorname{tr}(A) = A_{11} + A_{22} $$

        $$ \operatorname{tr}(A) = A_{11} + \sum_{i=2}^{n} A_{ii} $$
        """
    )
    assert steps[0].verdict.value == "SKIPPED", steps[0].message  # holds only at n = 2 (was PROVED, n := 2)
    assert "can hold only for one value of n" in (steps[0].message or "")
    assert steps[1].verdict.value in GREEN, steps[1].message
    assert steps[2].verdict.value not in GREEN  # A_{11} is entry (1, 1); at n = 3 the trace has three terms
    assert "one index is not enough" not in (steps[2].message or ""), steps[2].message
    assert steps[3].verdict.value in GREEN, steps[3].message


# --- a letter that is both an index and a name -------------------------------------------------


def test_a_letter_is_an_index_as_a_subscript_and_a_vector_elsewhere() -> None:
    steps = _steps(
        r"""
        $$ \frac{\partial v_b}{\partial b_c} = \frac{\partial}{\partial b_c} \big[ h W + b \big]_b
           = \frac{\partial}{\partial b_c} \big[ h_i W_{ib} + b_b \big] = \delta_{bc} $$

        $$ \frac{\partial}{\partial b_c} \big[ h_i W_{ib} + b_b \big] = 2 \delta_{bc} $$
        """
    )
    verdicts = [s.verdict.value for s in steps]
    assert verdicts[1] in GREEN and verdicts[2] in GREEN, [s.message for s in steps]
    assert "b: also the name of a row vector" in (steps[1].message or ""), steps[1].message
    assert verdicts[3] not in GREEN  # a wrong factor 2


def test_a_subscript_free_in_a_definition_without_indices_is_a_label() -> None:
    # W has no index, so the k of d_k cannot be a free index of its body: d_k is one name (a label)
    steps = _steps(
        r"""
        $$ W = \frac{Q K^T}{\sqrt{d_k}} $$

        $$ 2 W = \frac{2 Q K^T}{\sqrt{d_k}} $$

        $$ 2 W = \frac{2 Q K^T}{d_k} $$
        """
    )
    assert steps[1].verdict.value in GREEN, steps[1].message
    assert "d_k: a real positive scalar" in (steps[1].message or ""), steps[1].message
    assert "as scalars" not in (steps[1].message or "")  # Q K^T conform: the literal reading holds
    assert steps[2].verdict.value not in GREEN  # the square root dropped


def test_a_subscript_the_notes_also_vary_stays_an_index() -> None:
    # w_k beside w_j: entries of one vector w, not a label (∂(w_k x)/∂w_j = x δ_jk, not 0)
    steps = _steps(
        r"""
        $$ y = w_k x $$

        $$ \frac{\partial y}{\partial w_j} = x \delta_{jk} $$

        $$ \frac{\partial y}{\partial w_j} = x $$
        """
    )
    assert steps[1].verdict.value in GREEN, steps[1].message
    assert steps[2].verdict.value not in GREEN


def test_a_bold_labelled_name_in_a_definition_stays_a_vector() -> None:
    steps = _steps(
        r"""
        The centre word vector is $\mathbf{v_c}$.

        $$ \theta = U^T v_c $$

        $$ 2 \theta = U^T (2 v_c) $$
        """
    )
    assert "v_c: a vector" in (steps[-1].message or ""), steps[-1].message  # \mathbf{v_c}: not the label d_k case


def test_one_subscript_on_a_name_also_written_with_two_is_a_row() -> None:
    steps = _steps(
        r"""
        $$ x_u y_i^T = \sum_d x_{ud} y_{id} $$

        $$ x_u y_i^T = 2 \sum_d x_{ud} y_{id} $$

        $$ \frac{\partial}{\partial x_u} \sum_d x_{ud} y_{id} = y_i $$
        """
    )
    assert steps[0].verdict.value in GREEN, steps[0].message
    assert "x with one subscript is a row of it" in (steps[0].message or ""), steps[0].message
    assert steps[1].verdict.value not in GREEN  # a factor 2 too many
    assert steps[2].verdict.value in GREEN, steps[2].message  # the gradient by a row is that row of y


# --- an index of a declared vector runs over its declared length ---------------------------------------


_DECLARED = r"""
        ```verify
        x, z: vector[N]
        N in {2, 3}
        {extra}
        ```

        $$ {claim} $$
        """


def _declared(claim: str, extra: str = "") -> list[StepResult]:
    return _steps(_DECLARED.replace("{extra}", extra).replace("{claim}", claim))


def test_an_index_of_a_declared_vector_runs_over_its_declared_length() -> None:
    # an index met only as a subscript of x: vector[N] runs 1..N, not over a size of its own (which
    # left the sum short at one draw of the sizes and made a true claim FAILED)
    steps = _declared(r"\sum_i \sum_j z_i x_i x_j z_j = (x^\top z)^2")
    assert [s.verdict.value for s in steps] == ["PROVED"], steps[0].message
    assert "n3_inferred" not in (steps[0].message or "")
    (single,) = _declared(r"\sum_{i} z_i x_i = x^\top z")
    assert single.verdict.value in GREEN, single.message


def test_einstein_indices_of_declared_vectors_sum_over_the_whole_vector() -> None:
    (step,) = _declared(r"z_i x_i x_j z_j = (x^\top z)^2", "summation: einstein")
    assert step.verdict.value in GREEN, step.message


def test_a_family_in_the_context_does_not_shorten_the_sums_of_declared_vectors() -> None:
    (step,) = _declared(r"\sum_i \sum_j z_i K_{ij} z_j = (x^\top z)^2", r"K_{ij} := x_i x_j")
    assert step.verdict.value in GREEN, step.message


def test_a_wrong_claim_over_declared_vectors_still_fails() -> None:
    (step,) = _declared(r"\sum_i \sum_j z_i x_i x_j z_j = (x^\top z)^2 + z^\top z")
    assert step.verdict.value == "FAILED", step.message
    (einstein,) = _declared(r"z_i x_i x_j z_j = 2 (x^\top z)^2", "summation: einstein")
    assert einstein.verdict.value == "FAILED", einstein.message
