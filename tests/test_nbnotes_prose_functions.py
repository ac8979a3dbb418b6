"""Functions the prose names: "the softmax function $\\varsigma$" makes ``\\varsigma`` the softmax."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.prosefunctions import prose_functions
from verifier.results import Verdict

SOFTMAX = r"""
    This softmax function $\varsigma$ takes a $C$-dimensional vector $\mathbf{z}$:

    $$ y_c = \varsigma(\mathbf{z})_c = \frac{e^{z_c}}{\sum_{d=1}^C e^{z_d}} $$

    $$ \varsigma(\mathbf{z})_c = \frac{e^{z_c}}{\sum_{d=1}^C e^{z_c}} $$
    """


def test_a_function_the_prose_calls_softmax_is_the_softmax() -> None:
    steps = doc_steps(SOFTMAX)
    assert steps[1].verdict is Verdict.PROVED
    assert "varsigma" in steps[1].message and "softmax" in steps[1].message


def test_a_wrong_step_about_it_is_still_found() -> None:
    steps = doc_steps(SOFTMAX)
    assert steps[2].verdict is Verdict.FAILED


def test_without_the_prose_the_name_stays_unknown() -> None:
    steps = doc_steps(SOFTMAX.replace("This softmax function", "This map"))
    assert steps[1].verdict is Verdict.SKIPPED


def test_only_a_plain_name_that_the_notes_apply_is_named() -> None:
    # "an input to the logistic function $z_i$": z_i is the input, not the function's name
    assert prose_functions("the input to the logistic function $z_{i}$ is $z_i(x)$") == []
    # a name never written as f(…) is not a function
    assert prose_functions("the softmax function $\\psi$ is smooth; $\\psi = 2$") == []
    found = prose_functions("line\nthe sigmoid function $g$ maps $g(x)$ to (0, 1)")
    assert [(d.key, d.builtin, d.line) for d in found] == [(("g", ()), "logistic", 2)]


def test_a_name_the_notes_define_is_left_to_their_definition() -> None:
    steps = doc_steps(r"""
        The softmax function $\psi$ is, in these notes, something else:

        $$ \psi(z) = 2 z $$

        $$ \psi(z) + \psi(z) = 4 z $$
        """)
    assert steps[-1].verdict is Verdict.PROVED


def test_a_function_definition_with_a_free_index_is_not_learned() -> None:
    # the inline 2-class formula has an index c the left-hand side never mentions: the earlier
    # definition of xi stays in force
    steps = doc_steps(r"""
        $$ \xi(t, y) = -\sum_{c=1}^{3} t_c \log(y_c) $$

        For two classes this is $\xi(t, y) = -t_c \log(y_c) - (1-t_c)\log(1-y_c)$.

        $$ \xi(t, y) = -t_1 \log(y_1) - t_2 \log(y_2) - t_3 \log(y_3) $$
        """)
    assert steps[-1].verdict is Verdict.PROVED


def test_dangling_indices() -> None:
    from verifier.documents.dangling import dangling_indices
    from verifier.latex import parse_latex

    assert dangling_indices(parse_latex(r"-t_c \log(y_c)"), ("t", "y")) == {"c"}
    assert dangling_indices(parse_latex(r"-\sum_{c=1}^{C} t_c \log(y_c)"), ("t", "y")) == set()
    assert dangling_indices(parse_latex(r"x_i"), ("i",)) == set()


NAMED_THROUGH = r"""
    $$ y_c = \operatorname{softmax}(\mathbf{z})_c $$

    $$ L = \xi(\mathbf{t},\mathbf{z}) = -\sum_{c=1}^{C} t_c \log(y_c) $$

    $$ \frac{\partial \xi}{\partial z_i} = \sum_{c=1}^{C} t_c y_i - t_i $$
    """


def test_a_function_named_mid_chain_may_reach_a_parameter_through_a_definition() -> None:
    # z is not written in -Σ t_c log y_c, but y_c is the notes' softmax(z)_c: ξ(t, z) is named there
    steps = doc_steps(NAMED_THROUGH)
    assert "defines xi" in steps[2].message
    assert steps[-1].verdict in (Verdict.PROVED, Verdict.PASSED)


def test_a_wrong_derivative_of_the_named_function_fails() -> None:
    steps = doc_steps(NAMED_THROUGH.replace(r"t_c y_i - t_i $$", r"t_c y_i + t_i $$"))
    assert steps[-1].verdict is Verdict.FAILED
