r"""Stop 70's readings red-teamed (red71): a stray word, a particular matrix, a named function, a multi-hot label.

* documents.reintroduced: "Take $q$ as computed in Part 1" and "where $q$ is the sum computed above" keep the old
  q (they matched "take … $q$" / "where $q$ is the …" and set the definition aside, so the wrong ``\frac{d}{da}(a q)
  = q`` was PROVED and the right ``2a + b`` SKIPPED).
* documents.hypothesiswitness (through unreadhypotheses): "the rotation by $\pi$ …, so that $R = -I$" names one
  rotation, not every one: the identity is no witness there, and the right ``R x + R^\top x = -2x`` was FAILED "at
  R = I_d too".
* documents.derivednames: "The gradient of the data term $L$ is $g = …$" is L's gradient, not that of the penalty
  R defined after it (the wrong ``g = \lambda w`` was PROVED as ∇R).
* documents.indexlabels / softlabels: a label the prose says has several ones ("several correct labels", ``\sum_k
  y_k = m``) is never read one-hot: ``\partial L/\partial z = p - y`` was PROVED for the multi-hot y.
Every note is written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.softlabels import said_many
from verifier.documents.unreadhypotheses import particular_members

PARTS = ("# Part 1\n\nLet $q = a + b$. Then\n$$\\frac{{d}}{{da}} q = 1$$\n\n# Part 2\n\n{words}\n"
         "$$\\frac{{d}}{{da}}(a q) = {rhs}$$\n")


@pytest.mark.parametrize("words", [
    "Take $q$ as computed in Part 1 and differentiate the product:",
    "Here we use the product of $a$ and $q$, where $q$ is the sum computed above:",
    "Fix $q$ of Part 1 and differentiate:",
])  # fmt: skip
def test_words_that_keep_the_old_q_do_not_set_its_definition_aside(words: str) -> None:
    assert verdicts_by_line(PARTS.format(words=words, rhs="q"))[9] == ["FAILED"]
    assert verdicts_by_line(PARTS.format(words=words, rhs="2a + b"))[9] == ["PROVED"]


def test_a_real_reintroduction_still_sets_it_aside() -> None:
    got = verdicts_by_line(PARTS.format(words="Consider a coin with bias $q$. The derivative of the product is",
                                        rhs="q"))  # fmt: skip
    assert got[9] == ["PROVED"]


HALF_TURN = (r"# Half-turn" "\n\n" r"Let $R \in \mathbb{R}^{d \times d}$ be the rotation by $\pi$ in the plane, a "
             r"half-turn. For $x \in \mathbb{R}^d$," "\n" "$$R x + R^\\top x = {rhs}$$\n")


def test_a_particular_rotation_is_not_tried_at_the_identity() -> None:
    got = verdicts_by_line(HALF_TURN.replace("{rhs}", r"R^\top x - x"))
    assert got[4] == ["SKIPPED"], got


def test_a_wrong_step_about_the_particular_rotation_is_not_green() -> None:
    assert verdicts_by_line(HALF_TURN.replace("{rhs}", r"R^\top x + x"))[4] != ["PROVED"]


@pytest.mark.parametrize(("prose", "particular"), [
    ("Let $R$ be the rotation by $\\pi$.", {"R"}),
    ("Let $P$ be a projection of rank one.", {"P"}),
    ("Let $P$ be a permutation matrix that swaps two coordinates.", {"P"}),
    ("Let $Q$ be orthogonal, so that $\\det Q = -1$.", {"Q"}),
    ("Let $Q$ be orthogonal and $y = Q x$.", set()),
    ("We look for the rotation $R \\in \\mathbb{R}^{d \\times d}$.", set()),
])  # fmt: skip
def test_particular_members(prose: str, particular: set[str]) -> None:
    assert particular_members(prose) == particular


def test_the_witness_still_catches_a_general_orthogonal_slip() -> None:
    text = ("# Orthogonal matrices\n\nLet $Q \\in \\mathbb{R}^{d \\times d}$ be orthogonal and $x \\in \\mathbb{R}^d$."
            " Then\n$$\\|Q x - x\\|^2 = 2\\|x\\|^2 - x^\\top Q x$$\n")
    assert verdicts_by_line(text)[4] == ["FAILED"]


RIDGE = (r"# Ridge regression" "\n\n" r"The data term is $L(w) = \frac{1}{2}\|Xw - y\|^2$ and the penalty is "
         r"$R(w) = \frac{\lambda}{2}\|w\|^2$." "\n\n" r"The gradient of the data term $L$ is $g = {rhs}$." "\n")


def test_the_gradient_of_the_function_the_sentence_names() -> None:
    assert verdicts_by_line(RIDGE.replace("{rhs}", r"X^\top (Xw - y)"))[5] == ["PROVED"]


def test_the_last_functions_gradient_is_not_green_for_the_named_one() -> None:
    assert verdicts_by_line(RIDGE.replace("{rhs}", r"\lambda w"))[5] != ["PROVED"]


MULTI = (r"# Multi-label targets" "\n\n" r"The scores are $z \in \mathbb{R}^K$ with $p = \mathrm{softmax}(z)$, and for "
         r"one class the loss would be $-\log p_y$. With several correct labels, $y \in \{0, 1\}^K$ has $m$ ones, "
         r"$\sum_k y_k = m$, and" "\n" r"$$L = -\sum_k y_k \log p_k$$" "\nso\n"
         r"$$\frac{\partial L}{\partial z} = {rhs}$$" "\n")


def test_a_multi_hot_label_is_not_read_one_hot() -> None:
    assert verdicts_by_line(MULTI.replace("{rhs}", "p - y"))[6] == ["FAILED"]


@pytest.mark.parametrize(("text", "many"), [
    ("With several correct labels, $y$ is a target.", True),
    ("Here $y$ has $m$ ones.", True),
    ("$\\sum_k y_k = m$", True),
    ("$\\sum_k y_k = 1$", False),
    ("Here $y$ is one-hot.", False),
])  # fmt: skip
def test_said_many(text: str, many: bool) -> None:
    assert said_many(text, "y") is many


HINGE = ("# Hinge with two arguments\n\nLet $J(w, b) = \\frac{1}{2} w^2 + \\max(0, 1 - y(w x + b))$. Where the margin "
         "is violated,\n$$\\frac{\\partial J(w, b)}{\\partial b} = {rhs}$$\n")


def test_the_active_side_reaches_a_derivative_of_a_call() -> None:
    r"""documents.activebranch: ``\frac{\partial J(w, b)}{\partial b}`` reaches J (its call), as ``\partial J`` did."""
    assert verdicts_by_line(HINGE.replace("{rhs}", "-y"))[4] == ["PROVED"]


def test_the_wrong_sign_on_the_active_side_stays_failed() -> None:
    assert verdicts_by_line(HINGE.replace("{rhs}", "y"))[4] == ["FAILED"]


TWO_MATRICES = ("# Two layers\n\nThe first layer has symmetric weights $w_{{ij}}$. {words} With "
                "$E(s) = \\frac{{1}}{{2}} s^\\top W s$,\n$$\\nabla E(s) = {rhs}$$\n")


@pytest.mark.parametrize("words", [
    "The second layer's weights $W \\in \\mathbb{{R}}^{{n \\times n}}$ are learned freely.",
    "Another layer has weights $W$ that need not be symmetric.",
])  # fmt: skip
def test_a_capital_the_prose_calls_another_matrix_is_not_the_symmetric_entries(words: str) -> None:
    r"""documents.capitalentries: "symmetric weights $w_{ij}$" says nothing of a W the prose calls another matrix."""
    assert verdicts_by_line(TWO_MATRICES.format(words=words, rhs="W s"))[4] == ["FAILED"]
    assert verdicts_by_line(TWO_MATRICES.format(words=words, rhs="\\frac{1}{2}(W + W^\\top) s"))[4] == ["PROVED"]


def test_the_matrix_of_the_symmetric_entries_is_still_symmetric() -> None:
    got = verdicts_by_line(TWO_MATRICES.format(words="They are collected in the matrix $W$.", rhs="W s"))
    assert got[4] == ["PROVED"]


HEAT = ("# Heat\n\nLet $u(x) = x^2$ be the temperature along the rod.\n\nThe gradient of the temperature is "
        "$g = {rhs}$.\n")


def test_a_named_gradient_equal_to_one_letter_is_checked_too() -> None:
    r"""documents.derivednames through inlinedefinitions: ``g = x`` (a letter, learned as no definition) is a claim."""
    assert verdicts_by_line(HEAT.replace("{rhs}", "x"))[5] == ["SKIPPED"]
    assert verdicts_by_line(HEAT.replace("{rhs}", "2x"))[5] == ["PROVED"]
