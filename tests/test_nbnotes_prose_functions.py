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
