r"""A family of functions defined by its index, ``J_k(\mu_k) = …``, is read as its member at its own parameters
(documents.familycalls).

Parsed as written, k-means' per-cluster objective ``J_k(\mu_k)`` was the product ``J_k \mu_k`` and a sample's loss
``f_i(w)`` entry i of a scalar ``f(w)``: no definition was learned and the derivative after it was SKIPPED ("J is
not defined"). Each right step below was SKIPPED on the base; each wrong twin is FAILED now. A family the notes
also apply at another argument, or a name annotated as a matrix, is left as written.
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.familycalls import family_calls, family_definitions
from verifier.results import Verdict

KMEANS = ("The objective of cluster $k$ is $J_k(\\mu_k) = \\sum_{{i=1}}^{{n}} r_{{ik}} (x_i - \\mu_k)^2$ with scalar "
          "points $x_i$.\n\n$$\n\\frac{{\\partial J_k}}{{\\partial \\mu_k}} = {rhs}\n$$\n")


def _last(body: str) -> Verdict:
    return doc_steps(body)[-1].verdict


def test_the_per_cluster_objective_is_differentiated() -> None:
    assert _last(KMEANS.format(rhs="-2 \\sum_{i=1}^{n} r_{ik} (x_i - \\mu_k)")) is Verdict.PROVED


def test_a_dropped_factor_of_the_per_cluster_gradient_fails() -> None:
    assert _last(KMEANS.format(rhs="-\\sum_{i=1}^{n} r_{ik} (x_i - \\mu_k)")) is Verdict.FAILED


def test_a_sample_loss_of_a_function_letter_is_differentiated() -> None:
    note = ("The loss of sample $i$ is $f_i(w) = (w x_i - y_i)^2$.\n\n$$\n\\frac{d f_i}{d w} = {rhs}\n$$\n")
    assert _last(note.replace("{rhs}", "2 x_i (w x_i - y_i)")) is Verdict.PROVED
    assert _last(note.replace("{rhs}", "2 (w x_i - y_i)")) is Verdict.FAILED


def test_the_family_called_inside_a_sum_of_another_function() -> None:
    note = ("The per-sample loss is $f_i(w) = (w x_i - y_i)^2$, and the average is $F(w) = \\frac{1}{n}"
            "\\sum_{i=1}^n f_i(w)$.\n\n$$\nF'(w) = {c}\\sum_{i=1}^n x_i (w x_i - y_i)\n$$\n")
    assert _last(note.replace("{c}", "\\frac{2}{n}")) is Verdict.PROVED
    assert _last(note.replace("{c}", "\\frac{1}{n}")) is Verdict.FAILED


def test_a_family_applied_at_another_argument_is_left_as_written() -> None:
    text = "Let $J_k(\\mu_k) = \\sum_i r_{ik} (x_i - \\mu_k)^2$. At the old centre, $J_k(m)$ is larger."
    assert family_definitions(text) == {}
    note = text + "\n\n$$\n\\frac{\\partial J_k}{\\partial \\mu_k} = -\\sum_{i=1}^{n} r_{ik} (x_i - \\mu_k)\n$$\n"
    assert _last(note) not in (Verdict.PROVED, Verdict.PASSED)


def test_a_matrix_is_no_family_of_functions() -> None:
    assert family_definitions("Let $W_k \\in \\mathbb{R}^{3 \\times 3}$ and $W_k(x) = A_k x$.") == {}


def test_a_label_and_a_summed_term_are_no_family() -> None:
    assert family_definitions("$J_\\lambda(\\theta) = \\|\\theta\\|^2$") == {}  # documents.labelled's label
    assert family_definitions("$\\sum_k p_k(T) = 1$") == {}
    # entry k of p(T), read by documents.entrydefined (fresh37's temperature scaling keeps its worked values)
    assert family_definitions("$p_k(T) = \\frac{e^{z_k/T}}{\\sum_j e^{z_j/T}}$") == {}


def test_a_call_at_the_parameters_renamed_is_blanked_keeping_the_columns() -> None:
    text = "$J_k(\\mu_k) = \\sum_i r_{ik}(x_i - \\mu_k)^2$ and $J_j(\\mu_j)$"
    out = family_calls(text)
    assert len(out) == len(text)
    assert "J_k " in out and "J_j " in out and "(\\mu" not in out


def test_a_member_at_another_index_expression_leaves_the_family_alone() -> None:
    # h_{t-1}(x) needs the function h_t: the rewriting would take it away
    assert family_definitions("Let $h_t(x) = \\tanh(a_t x)$ and $h_{t-1}(x)$ the previous one.") == {}
    assert family_definitions("Let $f_i(w) = (w x_i - y_i)^2$; at zero $f_i(0) = y_i^2$.") == {}


def test_a_linear_family_summed_over_its_index() -> None:
    note = ("The scores are $f_k(x) = w_k^\\top x$ for each class $k$, and\n\n$$\n\\frac{\\partial}{\\partial x} "
            "\\sum_k c_k f_k(x) = {rhs}\n$$\n")
    assert _last(note.replace("{rhs}", "\\sum_k c_k w_k")) is Verdict.PROVED
    assert _last(note.replace("{rhs}", "\\sum_k w_k")) not in (Verdict.PROVED, Verdict.PASSED)
