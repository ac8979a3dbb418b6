"""Index notation as real notes write it (issue 8, section 3): implied (Einstein) summation as a
reading, letters that are both an index and a vector's name, ellipses read as sums, slices.

Every example is written here. A correct step is PROVED with the reading it needs reported; a
planted mistake is never green, and FAILED where it fails at every index value under every reading.
"""

from __future__ import annotations

from support import doc_steps


def _verdicts(text: str) -> list[tuple[str, str, str]]:
    return [(s.lhs_latex, s.verdict.name, s.message) for s in doc_steps(text)]


def _only(text: str, marker: str):  # type: ignore[no-untyped-def]
    found = [s for s in doc_steps(text) if marker in s.lhs_latex or marker in s.rhs_latex]
    assert len(found) == 1, [(s.lhs_latex, s.rhs_latex) for s in found]
    return found[0]


# -- 1. Einstein summation and index letters -------------------------------------------------------

BIAS_LETTER = r"""
The output is $v_b = h_i W_{ib} + b_b$.

$$ \frac{\partial v_b}{\partial W_{cd}} = {rhs} $$
"""


def test_an_index_letter_that_also_names_a_vector_is_that_vector_inside_a_definition() -> None:
    # v_b = h_i W_{ib} + b_b: in v's entry b the subscripted b_b is entry b of the bias b, not an
    # entry of the number b (this was SKIPPED "b is a scalar here; it has no entry 1")
    for rhs in (r"h_c \delta_{bd}",):
        step = _only(BIAS_LETTER.replace("{rhs}", rhs), "W_{cd}")
        assert step.verdict.name == "PROVED", step.message
    text = r"""
    The output is $v_b = h_i W_{ib} + b_b$.

    $$ \frac{\partial v_b}{\partial b_{c}} = \delta_{bc} $$
    """
    step = _only(text, "b_{c}")
    assert step.verdict.name == "PROVED", step.message


def test_a_swapped_index_in_the_bias_example_is_not_green() -> None:
    step = _only(BIAS_LETTER.replace("{rhs}", r"h_d \delta_{bc}"), "W_{cd}")
    assert step.verdict.name not in ("PROVED", "PASSED"), step.message


def test_a_kronecker_delta_contracted_by_the_einstein_reading_is_proved_with_the_reading() -> None:
    step = _only(r"$$ -y_a \delta_{ab} W_{cb} = -y_b W_{cb} $$", "delta")
    assert step.verdict.name == "PROVED", step.message
    assert "Einstein summation over a" in step.message


def test_a_wrong_factor_under_einstein_notation_fails_under_every_reading() -> None:
    for rhs in (r"-2 y_b W_{cb}", r"y_b W_{cb}"):
        step = _only(rf"$$ -y_a \delta_{{ab}} W_{{cb}} = {rhs} $$", "delta")
        assert step.verdict.name == "FAILED", (rhs, step.message)


def test_a_swapped_index_that_holds_where_indices_coincide_stays_a_case_split() -> None:
    # -y_b W_{bc} equals -y_b W_{cb} where b = c: never FAILED, never green
    step = _only(r"$$ -y_a \delta_{ab} W_{cb} = -y_b W_{bc} $$", "delta")
    assert step.verdict.name == "SKIPPED", step.message


LAYER_NORM = r"""
$$
\begin{aligned}
m_{b} & =\frac{1}{H} \mathbf{1}_{h} x_{b h} \\
\mu_{b h} & =x_{b h}-\mathbf{1}_{h} m_{b}
\end{aligned}
$$

$$ \frac{\partial}{\partial x_{p q}}\left(x_{b h}-\mathbf{1}_{h} m_{b}\right) = {rhs} $$
"""


def test_a_local_jacobian_of_an_intermediate_holds_with_the_others_held_fixed() -> None:
    # backprop notes in index notation: m is defined from x, but the notes differentiate with m
    # fixed (m has its own backpropagated gradient); literally the step held only where b = p
    step = _only(LAYER_NORM.replace("{rhs}", r"\delta_{b p} \delta_{h q}"), "x_{p q}")
    assert step.verdict.name == "PROVED", step.message
    assert "direct partials" in step.message


def test_a_dropped_delta_in_the_local_jacobian_is_not_green() -> None:
    step = _only(LAYER_NORM.replace("{rhs}", r"\delta_{b p}"), "x_{p q}")
    assert step.verdict.name not in ("PROVED", "PASSED"), step.message


# -- 2. ellipses ----------------------------------------------------------------------------------

WEIGHTED = r"""
Let $\omega \in \mathbb{R}^{n \times n}$ and $y \in \mathbb{R}^n$.

$$ \sum_{k=1}^{n} \omega_{ki} y_k = {rhs} $$
"""


def test_terms_with_two_indices_around_cdots_are_a_sum_over_the_one_that_varies() -> None:
    step = _only(WEIGHTED.replace("{rhs}", r"\omega_{1i}y_1 + \omega_{2i}y_2 + \cdots + \omega_{ni}y_n"), "cdots")
    assert step.verdict.name == "PROVED", step.message
    assert "read as a sum over 1..n" in step.message


def test_a_wrong_index_in_an_ellipsis_sum_fails() -> None:
    step = _only(WEIGHTED.replace("{rhs}", r"\omega_{i1}y_1 + \omega_{i2}y_2 + \cdots + \omega_{in}y_n"), "cdots")
    assert step.verdict.name == "FAILED", step.message


def test_a_middle_term_between_two_ellipses_is_a_term_of_the_same_sum() -> None:
    text = r"""
    Let $y \in \mathbb{R}^n$ and $p \in \mathbb{R}^n$.

    $$ -\sum_{i=1}^{n} y_i \log(p_i) = -\left[y_1 \log(p_1) + \cdots + y_o \log(p_o) + \cdots + y_n \log(p_n)\right] $$
    """
    step = _only(text, "cdots")
    assert step.verdict.name == "PROVED", step.message


def test_terms_that_do_not_follow_on_before_the_dots_are_not_guessed() -> None:
    # x_1 + x_3 + \dots may step by two: the pattern is not clear, so the member is not read
    step = _only(r"$$ \sum_{i=1}^n x_i = x_1 + x_3 + \dots + x_n $$", "dots")
    assert step.verdict.name == "SKIPPED", step.message
    assert "ellipsis" in step.message
    step = _only(r"$$ \sum_{i=1}^n x_i = x_1 + x_2 + \dots + x_n $$", "dots")
    assert step.verdict.name == "PROVED", step.message


def test_a_column_written_with_vdots_is_the_vector_of_its_entries() -> None:
    text = r"""
    Let $f(x) = x^\top x$.

    $$ \nabla f(\mathbf{x}) = {rhs} $$
    """
    good = _only(text.replace("{rhs}", r"\begin{bmatrix} 2 x_1 \\ \vdots \\ 2 x_n \end{bmatrix}"), "nabla")
    assert good.verdict.name == "PROVED", good.message
    assert "read as the vector of entries 1..n" in good.message
    bad = _only(text.replace("{rhs}", r"\begin{bmatrix} x_1 \\ \vdots \\ x_n \end{bmatrix}"), "nabla")
    assert bad.verdict.name == "FAILED", bad.message


def test_a_gradient_written_entry_by_entry_with_vdots() -> None:
    text = r"""
    $$ \frac{\partial y}{\partial \mathbf{x}} = \begin{bmatrix} \frac{\partial y}{\partial x_1} \\
    \frac{\partial y}{\partial x_2} \\ \vdots \\ \frac{\partial y}{\partial x_n} \end{bmatrix} $$
    """
    step = _only(text, "bmatrix")
    assert step.verdict.name == "PROVED", step.message


# -- 3. slices --------------------------------------------------------------------------------------

SLICE = r"""
Let $w \in \mathbb{R}^{3 \times 2}$ and $z \in \mathbb{R}^{3}$.

$$ z^\top w_{:,j} = {rhs} $$
"""


def test_a_column_slice_is_that_column_of_the_matrix() -> None:
    step = _only(SLICE.replace("{rhs}", r"\sum_{i=1}^{3} z_i w_{i,j}"), "w_{:,j}")
    assert step.verdict.name == "PROVED", step.message
    assert "slice" not in step.message  # the ':' is no index of its own
    bad = _only(SLICE.replace("{rhs}", r"\sum_{i=1}^{3} z_i w_{i,1}"), "w_{:,j}")
    assert bad.verdict.name not in ("PROVED", "PASSED"), bad.message


def test_a_row_slice_is_that_row_and_a_gradient_through_a_slice() -> None:
    text = r"""
    Let $W \in \mathbb{R}^{2 \times 3}$ and $z \in \mathbb{R}^{3}$.

    $$ W_{i,:} z = \sum_{k=1}^{3} W_{ik} z_k $$

    $$ \frac{\partial}{\partial z} W_{i,:} z = W_{i,:}^\top $$
    """
    steps = doc_steps(text)
    assert [s.verdict.name for s in steps] == ["PROVED", "PROVED"], [s.message for s in steps]


def test_the_parser_reads_a_slice_as_a_component_with_a_whole_axis() -> None:
    from verifier.latex import Component, parse_latex
    from verifier.latex.vocabulary import ALL

    tree = parse_latex(r"w_{:,j}")
    assert isinstance(tree, Component) and tree.args[1] == ALL
    tree = parse_latex(r"W_{i,:}")
    assert isinstance(tree, Component) and tree.args[2] == ALL


# -- dropped layer labels (W for W^{(1)} where the notes say so) ----------------------------------

LABELS = r"""
$$
\begin{align}
t &= x W^{(1)} + b^{(1)} \\
v &= t W^{(2)} + b^{(2)}
\end{align}
$$

{prose}

$$ \frac{\partial t_d}{\partial W_{fg}} = {rhs} $$
"""
_DROP = "Again I'll drop the superscript on $W$ until the very end."


def test_a_name_written_without_the_label_the_notes_say_they_drop_is_the_labelled_one() -> None:
    step = _only(LABELS.replace("{prose}", _DROP).replace("{rhs}", r"x_f \delta_{dg}"), "W_{fg}")
    assert step.verdict.name == "PROVED", step.message
    assert "W as W^{(1)} (the notes drop the label)" in step.message
    assert step.lhs_latex == r"\frac{\partial t_d}{\partial W_{fg}}"  # reported as written


def test_a_dropped_label_is_not_read_unless_the_notes_say_so_nor_rescues_a_wrong_step() -> None:
    quiet = _only(LABELS.replace("{prose}", "Now the weights.").replace("{rhs}", r"x_f \delta_{dg}"), "W_{fg}")
    assert quiet.verdict.name not in ("PROVED", "PASSED"), quiet.message
    wrong = _only(LABELS.replace("{prose}", _DROP).replace("{rhs}", r"x_g \delta_{df}"), "W_{fg}")
    assert wrong.verdict.name not in ("PROVED", "PASSED"), wrong.message
