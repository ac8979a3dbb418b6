r"""Notation that homework solution sets and lecture notes write, read as a reader of the notes would.

Each test writes a small example of one general notation (never a copy of a corpus document) and
asserts the verdict a reader would give: green only under a reading a reader accepts (reported with
the step), SKIPPED with the reason when the notation still cannot be read, never a false FAILED.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import StepResult

GREEN = ("PROVED", "PASSED")


def _steps(body: str) -> list[StepResult]:
    return doc_steps(body)


def _verdicts(body: str) -> list[tuple[str, str]]:
    return [(s.verdict.name, s.message or "") for s in _steps(body)]


# --- a function written bare: its argument omitted -----------------------------------------------


def test_a_function_written_bare_elsewhere_is_its_value_at_the_one_argument() -> None:
    # y = f(x) + ε in prose, then f alone in the derivation ("we omit the argument")
    steps = _steps(
        r"""
        The target is $y = f\left(\textbf{x}\right) + \epsilon$.

        $$\mathbb{E}[y] = \mathbb{E}[f + \epsilon] = \mathbb{E}[f] + \mathbb{E}[\epsilon]$$
        """
    )
    assert [s.verdict.name for s in steps] == ["PROVED", "PROVED"], [s.message for s in steps]
    assert "its argument omitted" in steps[0].message, steps[0].message


def test_a_bare_function_name_does_not_equate_two_different_arguments() -> None:
    # f(x) and f(z) both in play: reading both as the value f would prove f(x) = f(z)
    steps = _steps(
        r"""
        Let $u = f(x) + a$ and $v = f(z) + a$.

        $$u - v + f = f$$
        """
    )
    assert steps and all(s.verdict.name not in GREEN for s in steps), [(s.verdict, s.message) for s in steps]


def test_a_bare_function_name_is_not_a_constant_under_a_derivative() -> None:
    # d/dx of f(x) is not 0 because f is written alone elsewhere
    steps = _steps(
        r"""
        Let $u = f(x) + x$.

        $$\frac{d u}{d x} + f = 1 + f$$
        """
    )
    assert steps and all(s.verdict.name not in GREEN for s in steps), [(s.verdict, s.message) for s in steps]


# --- definitions of functions written as the notes write them ------------------------------------


def test_a_definition_with_parameters_after_a_semicolon_is_learned() -> None:
    # p(y; λ): y the variable, λ a parameter; the notes define p here and use it after
    steps = _steps(
        r"""
        The Poisson distribution is

        $$p(y;\lambda) = \frac{e^{-\lambda}\lambda^y}{y!}$$

        so that

        $$\log p(y;\lambda) = -\lambda + y\log\lambda - \log(y!)$$
        """
    )
    assert [s.verdict.name for s in steps] == ["SKIPPED", "PROVED"], [s.message for s in steps]
    assert steps[0].message.startswith("defines p"), steps[0].message


def test_a_definition_with_sized_brackets_and_bold_parameters_is_learned() -> None:
    steps = _steps(
        r"""
        The loss is

        $$\mathcal{L}\left(\textbf X, \textbf{y}, \textbf{w} \right)
        = \frac{1}{2n} \| \textbf{y} - \textbf X \textbf{w} \|_2^2$$

        $$\frac{\partial \mathcal{L}}{\partial \textbf{w}} = \frac{1}{n} \textbf{X}^T(\textbf X \textbf w - \textbf y)$$
        """
    )
    assert [s.verdict.name for s in steps] == ["SKIPPED", "PROVED"], [s.message for s in steps]
    assert steps[0].message.startswith("defines Lcal"), steps[0].message


def test_a_definition_learned_with_sized_brackets_still_finds_a_wrong_gradient() -> None:
    steps = _steps(
        r"""
        $$\mathcal{L}\left(\textbf X, \textbf{y}, \textbf{w} \right)
        = \frac{1}{2} \| \textbf{y} - \textbf X \textbf{w} \|_2^2$$

        $$\frac{\partial \mathcal{L}}{\partial \textbf{w}} = \textbf{X}^T(\textbf y - \textbf X \textbf w)$$
        """
    )
    assert steps[-1].verdict.name == "FAILED", steps[-1].message


def test_a_family_is_not_a_restatement_of_a_function_of_the_same_letter() -> None:
    # p(y; λ) a distribution, later p_{ij} the entries of a matrix: two meanings, not one restated
    steps = _steps(
        r"""
        $$p(y;\lambda) = \frac{e^{-\lambda}\lambda^y}{y!}$$

        $$p_{ij} = a_i b_j$$
        """
    )
    assert steps[-1].message.startswith("defines p ("), steps[-1].message


# --- the gradient of a defined function, its variable not written --------------------------------


def test_the_gradient_of_a_defined_function_is_by_its_parameter_when_written_alone() -> None:
    # J(θ) defined, then ∇J on a line that writes neither the variable nor θ: ∇_θ J, not another J
    steps = _steps(
        r"""
        $$J(\theta) = c^T \theta + \frac{1}{2}\|c\|^2$$

        $$\nabla J = c$$

        $$\nabla J = 2 c$$
        """
    )
    assert [s.verdict.name for s in steps] == ["SKIPPED", "PROVED", "FAILED"], [s.message for s in steps]
    assert "with respect to theta" in steps[1].message, steps[1].message


# --- the shorthand \partial_j ---------------------------------------------------------------------


def test_the_shorthand_partial_j_is_read_as_the_prose_states_it() -> None:
    steps = _steps(
        r"""
        I'll use the notation $\partial_j$ for $\frac{\partial}{\partial\theta_j},$ with $x$ a vector.

        $$\partial_j (\theta^T x)^2 = 2(\theta^T x) x_j$$

        $$\partial_k\partial_j (\theta^T x)^2 = 2 x_j x_k$$

        $$\partial_{jk} (\theta^T x)^2 = 2 x_j x_k$$

        $$\partial_j \|\theta\|^2 = \theta_j$$
        """
    )
    assert [s.verdict.name for s in steps] == ["PROVED", "PROVED", "PROVED", "FAILED"], [s.message for s in steps]
    assert "as the notes say (line 1)" in steps[0].message, steps[0].message


def test_the_shorthand_partial_i_before_a_defined_function_is_by_its_only_parameter() -> None:
    steps = _steps(
        r"""
        Let $J(w) = \|w\|^2$.

        $$\partial_i J = 2 w_i$$

        $$\partial_{ij} J = 2\delta_{ij}$$

        $$\partial_i J = w_i$$
        """
    )
    assert [s.verdict.name for s in steps] == ["PROVED", "PROVED", "FAILED"], [s.message for s in steps]
    assert "the only parameter of the notes' function J" in steps[0].message, steps[0].message


def test_the_shorthand_is_not_read_where_the_notes_do_not_say_it() -> None:
    # no statement, and x is no function the notes define: \partial_x f stays the partial by x, \partial_j
    # before an undefined name stays unread
    steps = _steps(
        r"""
        $$\partial_j (\theta^T x)^2 = 2(\theta^T x) x_j$$
        """
    )
    assert [s.verdict.name for s in steps] == ["SKIPPED"], [s.message for s in steps]


def test_the_statements_of_the_shorthand_that_are_recognised() -> None:
    from verifier.documents.partials import stated_partials

    said = [
        r"I'll use the notation $\partial_j$ for $\frac{\partial}{\partial\theta_j},$ and more.",
        r"Below $\partial_i$ denotes $\frac{\partial}{\partial w_i}$.",
        r"We write $\frac{\partial}{\partial \mathbf{w}_k}$ as $\partial_k$.",
        r"Let $\partial_j = \frac{\partial}{\partial \beta_j}$.",
    ]
    assert [[(s.variable, s.letter) for s in stated_partials(t)] for t in said] == [
        [(r"\theta", "j")], [("w", "i")], [(r"\mathbf{w}", "k")], [(r"\beta", "j")]
    ]
    # a derivative named in passing is no statement of a shorthand
    assert stated_partials(r"the partial $\partial_x f$ and $\frac{\partial}{\partial x_j}$ differ") == []


# --- a subscript that labels a defined function --------------------------------------------------


def test_a_subscript_labelling_a_defined_function_is_part_of_its_name() -> None:
    steps = _steps(
        r"""
        The regularised cost is

        $$J_\lambda(\theta) = \frac{1}{2}\|X\theta - y\|^2 + \frac{\lambda}{2}\|\theta\|^2$$

        $$\nabla_\theta J_\lambda(\theta) = X^T(X\theta - y) + \lambda\theta$$
        """
    )
    assert [s.verdict.name for s in steps] == ["SKIPPED", "PROVED"], [s.message for s in steps]
    assert "read as one name" in steps[1].message, steps[1].message
    steps = _steps(
        r"""
        $$L_S(w) = \|w\|^2$$

        $$\frac{\partial L_{S}}{\partial w} = w$$
        """
    )
    assert [s.verdict.name for s in steps] == ["SKIPPED", "FAILED"], [s.message for s in steps]


def test_a_subscript_the_body_indexes_by_is_no_label() -> None:
    from verifier.documents.labelled import function_labels

    assert function_labels(r"$$f_k(x) = w_k^T x$$") == set()
    assert function_labels(r"$$f_x(x) = 2x$$") == set()
    assert function_labels(r"Let $L_S(h) = \frac{1}{m}\sum_{i=1}^m \ell(h, z_i)$.") == {("L", "S")}
    assert function_labels(r"$$\sum_i(x_i) = 3$$") == set()


# --- the weighted inner product <a, b>_W = a^T W b -----------------------------------------------


def test_a_weighted_inner_product_has_vector_arguments_and_a_matrix_weight() -> None:
    # read as scalars, <u, v>_W = <v, u>_W was PROVED: it holds only for a symmetric W
    steps = _steps(
        r"""
        $$\langle u, v \rangle_W = \langle v, u \rangle_W$$

        $$\langle u + v, z\rangle_W = \langle u, z\rangle_W + \langle v, z\rangle_W$$

        $$\langle u, v \rangle_W = u^T W v$$
        """
    )
    assert [s.verdict.name for s in steps] == ["FAILED", "PROVED", "PROVED"], [s.message for s in steps]
    assert "weighted inner product" in steps[0].message, steps[0].message


def test_a_weighted_inner_product_is_symmetric_where_the_notes_say_the_weight_is() -> None:
    steps = _steps(
        r"""
        When $W$ is symmetric,

        $$\langle u, v \rangle_W = \langle v, u \rangle_W$$
        """
    )
    assert [s.verdict.name for s in steps] == ["PROVED"], [s.message for s in steps]
    assert "W symmetric, as the notes say" in steps[0].message, steps[0].message


# --- a hypothesis with a remark on its sign --------------------------------------------------------


def test_a_where_hypothesis_followed_by_its_sign_is_read() -> None:
    # "where $\alpha = s(1-s) > 0$": the equation names α; "> 0" is a remark
    steps = _steps(
        r"""
        Then

        $$\alpha x^2 = x^2 s(1-s),$$

        where $\alpha = s(1-s) > 0.$
        """
    )
    assert [s.verdict.name for s in steps] == ["PROVED"], [s.message for s in steps]
    assert "under the hypothesis" in steps[0].message, steps[0].message


# --- a defined function called at another point ---------------------------------------------------


def test_the_argument_of_a_defined_function_takes_the_shape_of_its_parameter() -> None:
    # z alone was inferred a scalar and the true step FAILED
    steps = _steps(
        r"""
        Let $f(x) = x^T A x$.

        $$\nabla f(z) = (A + A^T) z$$

        $$\nabla f(z) = 2 A z$$
        """
    )
    assert [s.verdict.name for s in steps] == ["PROVED", "FAILED"], [s.message for s in steps]
    assert "z: a vector" in steps[0].message, steps[0].message
