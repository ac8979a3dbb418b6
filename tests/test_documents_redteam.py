"""Holes found by probing ``verify doc`` adversarially with small notes written here (session 9):
each test failed before its fix. The worst are false greens (a false claim PROVED/PASSED), then
false FAILED (a claim true under a plausible reading), then crashes."""

from __future__ import annotations

from support import doc_steps

from verifier.results import StepResult, Verdict

_GOOD = (Verdict.PROVED, Verdict.PASSED)


def _steps(body: str) -> list[StepResult]:
    return doc_steps(body, "notes.md")


# -- false greens ------------------------------------------------------------------------------


def test_a_transpose_of_a_product_in_the_wrong_order_is_not_proved_as_scalars() -> None:
    # (AB)^T = B^T A^T: the classic mistake keeps the order. Both sides are well-formed matrices
    # of different shapes; reading A and B as scalars (where the order does not matter) hides the
    # very mistake the shapes show.
    steps = _steps(
        r"""
        $$(AB)^T = A^T B^T$$

        $$(\mathbf{A}\mathbf{B})^T = \mathbf{A}^T \mathbf{B}^T$$

        $$(AB)^T = B^T A^T$$
        """
    )
    assert [s.verdict in _GOOD for s in steps] == [False, False, True], [s.message for s in steps]
    assert all("as scalars" not in s.message for s in steps[:2])


def test_an_inner_product_is_not_an_outer_product_read_as_scalars() -> None:
    (step,) = _steps(r"$$\mathbf{u}^T \mathbf{v} = \mathbf{v} \mathbf{u}^T$$")
    assert step.verdict not in _GOOD, step.message


# -- false FAILED ------------------------------------------------------------------------------


def test_log_over_the_whole_product_is_also_read_inside_a_derivative() -> None:
    # d/dθ log θ^3 (1-θ)^2 = 3/θ - 2/(1-θ) when the log is of the whole product (as in the line
    # without the derivative); the wrong sign fails under both readings
    steps = _steps(
        r"""
        $$\frac{d}{d\theta} \log \theta^{3} (1-\theta)^{2} = \frac{3}{\theta} - \frac{2}{1-\theta}$$

        $$\frac{d}{d\theta} \log \theta^{3} (1-\theta)^{2} = \frac{3}{\theta} + \frac{2}{1-\theta}$$
        """
    )
    assert steps[0].verdict in _GOOD, steps[0].message
    assert "whole product" in steps[0].message
    assert steps[1].verdict is Verdict.FAILED, steps[1].message


def test_a_worked_number_with_the_constant_e_is_rounded_like_any_other() -> None:
    # e = 2.71828…: 2.72 is right to the two decimals written, 2.73 is not
    steps = _steps(
        r"""
        $$e^{1} = 2.72$$

        $$e^{1} = 2.73$$
        """
    )
    assert steps[0].verdict is Verdict.PASSED, steps[0].message
    assert steps[1].verdict is Verdict.FAILED, steps[1].message


def test_a_factor_written_before_the_log_is_not_taken_into_it() -> None:
    # "\log x y" may mean log(xy); "y \log x" never does: y log x = log x + log y is a mistake
    steps = _steps(
        r"""
        $$y \log x = \log x + \log y$$

        $$a \log b = \log(a b)$$

        $$\log x y = \log x + \log y$$
        """
    )
    assert [s.verdict in _GOOD for s in steps] == [False, False, True], [s.message for s in steps]


def test_a_quadratic_form_with_a_constant_like_letter_is_checked() -> None:
    # C sits between a row and a column: the matrix of a quadratic form, so the step is checked (and holds);
    # a and b are written as vectors (a transposed sum) and are never read as scalars, which would hide
    # a missing outer product
    (step,) = _steps(r"$$\frac{\partial}{\partial C}(a-b)^T C (a-b) = (a-b)(a-b)^T$$")
    assert step.verdict is Verdict.PROVED, step.message
    assert "bilinear form" in step.message


# -- crashes -----------------------------------------------------------------------------------


def test_a_vector_hypothesis_where_ax_is_zero_is_solved_not_an_internal_error() -> None:
    # "where Ax = 0" with a matrix A and a vector x: the right side 0 is the zero vector
    steps = _steps(
        r"""
        Let $A \in \mathbb{R}^{2 \times 2}$, $x \in \mathbb{R}^2$ and $b \in \mathbb{R}^2$.

        $$\|Ax + b\|^2 = \|b\|^2$$

        where $Ax = 0$.

        $$\|Ax + b\|^2 = \|b\|^2 + 1$$

        where $Ax = 0$.
        """
    )
    assert steps[0].verdict is Verdict.PROVED, steps[0].message
    assert "under the hypothesis" in steps[0].message
    assert steps[1].verdict not in _GOOD, steps[1].message


def test_a_hypothesis_ax_zero_does_not_make_x_zero() -> None:
    # Ax = 0 says x is in the null space of A, not x = 0: solving it for the entries of x (A is
    # invertible at almost every point) made every claim that holds at x = 0 PROVED
    steps = _steps(
        r"""
        Let $A \in \mathbb{R}^{2 \times 2}$, $x \in \mathbb{R}^2$ and $b \in \mathbb{R}^2$.

        $$\|Ax + b\|^2 = \|b\|^2 + 2 b^T x$$

        where $Ax = 0$.

        $$\|Ax + b\|^2 = \|b\|^2 + 2 x^T A^T b$$

        where $Ax = 0$.
        """
    )
    assert steps[0].verdict not in _GOOD, steps[0].message
    assert steps[1].verdict in _GOOD, steps[1].message


def test_worked_numbers_of_a_known_function_in_a_list_are_still_read_as_rounded() -> None:
    # σ(6) = 0.99753, σ(-6) = 0.0024726: right to the digits written; one entry rounded wrong is not
    steps = _steps(
        r"""
        $$[1, \sigma(-6), \sigma(6)] = [1, 0.002473, 0.9975]$$

        $$f(2) = 0.5$$
        """
    )
    assert steps[0].verdict is not Verdict.FAILED, steps[0].message
    assert steps[1].verdict not in _GOOD, steps[1].message


# -- true claims in unusual but legitimate notation ----------------------------------------------


def test_einstein_dummies_that_also_occur_on_the_other_side_are_summed() -> None:
    # in d/dx_k (x_i A_ij x_j) = A_kj x_j + A_ik x_i every side sums its own i and j: that they occur
    # on both sides does not make them free (the textbook rule); 2 A_kj x_j needs A symmetric
    steps = _steps(
        r"""
        We use the Einstein summation convention: repeated indices are summed.

        $$\frac{\partial}{\partial x_k} (x_i A_{ij} x_j) = A_{kj} x_j + A_{ik} x_i$$

        $$\frac{\partial}{\partial x_k} (x_i A_{ij} x_j) = 2 A_{kj} x_j$$
        """
    )
    assert steps[0].verdict in _GOOD, steps[0].message
    assert "Einstein summation" in steps[0].message
    assert steps[1].verdict not in _GOOD, steps[1].message


def test_a_step_that_holds_with_the_earlier_of_two_conflicting_definitions_is_not_failed() -> None:
    # line 2 restates g differently: a new meaning or a slip in restating it; g(2) = 4 holds with the
    # first, so it fails only under one of two readings (g(2) = 7 fails under both)
    steps = _steps(
        r"""
        $$g(u) = u^2$$

        $$g(u) = u \cdot u + 1$$

        $$g(2) = 4$$

        $$g(2) = 7$$
        """
    )
    assert steps[2].verdict is Verdict.SKIPPED, steps[2].message
    assert "line 1" in steps[2].message
    assert steps[3].verdict is Verdict.FAILED, steps[3].message


def test_an_undefined_macro_is_not_taken_for_a_constant_of_the_derivative() -> None:
    # \Rsig (a macro from a file the notes \input) may well be a function of x: d/dx (x \Rsig) = \Rsig
    # holds only if it is not; where the chain differentiates the macro itself, it is modelled as an
    # arbitrary function of the variable and the step may stay green
    steps = _steps(
        r"""
        $$\frac{d}{dx} \left(x \Rsig\right) = \Rsig$$

        $$\frac{\partial}{\partial w}\frac{1}{2}(\Yhat - y)^2 = (\Yhat - y)\frac{\partial \Yhat}{\partial w}$$
        """
    )
    assert steps[0].verdict is Verdict.SKIPPED, steps[0].message
    assert "depend on x" in steps[0].message
    assert steps[1].verdict in _GOOD, steps[1].message


def test_a_repeated_index_is_summed_where_the_notes_say_so_even_if_the_literal_reading_holds() -> None:
    # the notes say repeated indices are summed: the product below is a sum of n ones, not 1 as read
    # entry by entry (delta_ii = 1 cannot be caught so: the parser evaluates delta_ii to 1)
    steps = _steps(
        r"""
        We use the Einstein summation convention: repeated indices are summed.

        $$\frac{e^{x_i}}{e^{x_i} + 1} (1 + e^{-x_i}) = 1$$

        $$\delta_{ij} x_j = x_i$$
        """
    )
    assert steps[0].verdict not in _GOOD, steps[0].message
    assert "Einstein" in steps[0].message
    assert steps[1].verdict in _GOOD, steps[1].message


def test_a_gradient_that_fails_in_the_layout_where_its_shapes_fit_is_not_proved_as_scalars() -> None:
    # d/dx x^T A x = x^T (A + A^T) in numerator layout; 2 x^T A fits that layout's shapes and fails
    # there (A is not symmetric): reading x and A as scalars would hide the mistake
    steps = _steps(
        r"""
        $$\frac{\partial}{\partial \mathbf{x}} (\mathbf{x}^T A \mathbf{x}) = \mathbf{x}^T (A + A^T)$$

        $$\frac{\partial}{\partial \mathbf{x}} (\mathbf{x}^T A \mathbf{x}) = 2\mathbf{x}^T A$$
        """
    )
    assert steps[0].verdict in _GOOD, steps[0].message
    assert steps[1].verdict is Verdict.FAILED, steps[1].message  # wrong in either layout
    assert "numerator layout" in steps[1].message and steps[1].counterexample is not None


def test_the_textbook_einstein_rule_is_not_offered_where_it_leaves_an_inner_sum_ill_formed() -> None:
    # summing b and h in the first term only leaves beta_h with free indices beside a number: the
    # notes mean b, h free (an entry of a Jacobian), so the strict reading is not one of theirs
    from verifier.documents.summation import implied_readings
    from verifier.latex import parse_latex

    left = parse_latex(r"\frac{\partial}{\partial \mu_{pq}}\left(\frac{\mu_{bh}}{\sigma_b} \gamma_h + \beta_h\right)")
    right = parse_latex(r"\frac{\gamma_h}{\sigma_b} \delta_{bp} \delta_{hq}")
    modes = [rd.mode for rd in implied_readings(left, right, lambda n: n in {"b", "h", "p", "q"})]
    assert "strict" not in modes, modes


def test_a_total_derivative_written_with_d_is_not_read_as_a_direct_partial() -> None:
    # y = h + z with h = tanh(z): dy/dz is 2 - h^2; "1" forgets the path through h. Backprop notes
    # mean the direct partial when they write ∂y/∂z, not when they write dy/dz. (Their graph has h as a
    # node: they differentiate it, ∂h/∂z. Notes that never do are dropping the path: documents/paths.py.)
    notes = ("Notes.\n\n$$z = w x$$\n\n$$h = \\tanh(z)$$\n\n$$y = h + z$$\n\n"
             "$$\\frac{\\partial h}{\\partial z} = 1 - h^2$$\n\n")
    total, partial = _steps(notes + "$$\\frac{dy}{dz} = 1$$\n\n$$\\frac{\\partial y}{\\partial z} = 1$$")[-2:]
    assert total.verdict not in _GOOD, total.message
    assert partial.verdict in _GOOD and "direct partial" in partial.message, partial.message


def test_a_worked_number_is_right_only_if_rounded_or_truncated_to_its_digits() -> None:
    # sigma(2) = 0.8808: 0.88 is it rounded (and truncated); 0.89 is neither, one unit off
    steps = _steps(
        r"""
        $$\sigma(2) = 0.88$$

        $$\sigma(2) = 0.89$$

        $$e^{1} = 2.71$$
        """
    )
    assert [s.verdict for s in steps] == [Verdict.PASSED, Verdict.FAILED, Verdict.PASSED], [s.message for s in steps]


def test_a_hypothesis_in_the_sentence_of_an_inline_claim_is_used() -> None:
    """"if $A$ is symmetric, $\\nabla f(x) = 2Ax - b$": the hypothesis is in the claim's own sentence
    (it was FAILED: only the lines before an inline claim were read)."""
    steps = doc_steps(r"""
        For $A \in \mathbb{R}^{n\times n}$ and $x, b \in \mathbb{R}^n$, let $f(x) = x^T A x - b^T x$.

        If $A$ is symmetric, then $\nabla f(x) = 2Ax - b$.

        If $A$ is symmetric, then $\nabla f(x) = Ax - b$.
        """)
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED]
    assert "A symmetric, as the notes say" in steps[0].message
