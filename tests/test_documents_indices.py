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
