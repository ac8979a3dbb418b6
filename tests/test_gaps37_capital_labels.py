r"""A capital letter written only as a subscript labels a name: Elo's ``R_A``, ``E_B`` (gaps37; fresh25 left it).

Read as written, ``E_A`` is entry A of a vector E, A an index: the notes' definitions of ``E_A`` and ``E_B`` were
"not declared" and every step over them SKIPPED. A capital letter the notes write only as a whole subscript (or
alone, "$A$ against $B$") names a player, a party, a model: the name with it is one name. Every example is
written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.capitallabels import capital_labels

NOTES = r"""
# Elo

The expected score of $A$ against $B$ is $E_A = \frac{1}{1 + 10^{(R_B - R_A)/400}}$, and that of $B$ is
$E_B = \frac{1}{1 + 10^{(R_A - R_B)/400}}$. The two add up to one:

$$
E_A + E_B = 1
$$

and the derivative of $A$'s expected score by its rating is

$$
\frac{\partial E_A}{\partial R_A} = \frac{\ln 10}{400} RIGHT
$$
"""


def test_labelled_scores_are_read_and_checked() -> None:
    steps = doc_steps(NOTES.replace("RIGHT", "E_A E_B"))
    assert [s.verdict.value for s in steps] == ["PROVED", "PROVED"]


def test_a_wrong_derivative_of_a_labelled_score_is_failed() -> None:
    steps = doc_steps(NOTES.replace("RIGHT", "E_A^2"))
    assert [s.verdict.value for s in steps] == ["PROVED", "FAILED"]


def test_a_capital_that_is_a_size_stays_an_index() -> None:
    text = r"Data $x_1, \dots, x_J$ with $\sum_{j=1}^{J} x_j = 0$ and $h_G$ for $g = 1, \dots, G$."
    assert capital_labels(text) == set()


def test_a_capital_in_an_expression_stays_an_index() -> None:
    assert capital_labels(r"The entry $w_J$ of $w$, with $J + 1 \le n$.") == set()


def test_a_name_also_written_with_numbered_entries_stays_a_family() -> None:
    assert capital_labels(r"Scores $s_1 = 2$, $s_A = 3$.") == set()


def test_the_labels_of_two_players() -> None:
    text = r"With $R_A = 1600$ and $R_B = 1400$ the score of $A$ is $E_A$."
    assert capital_labels(text) == {("R", "A"), ("R", "B"), ("E", "A")}


def test_an_operator_or_delimiter_subscript_is_no_label() -> None:
    r"""``\langle u, v \rangle_W``, ``\nabla_W L``, ``\sum_K``: the capital subscripts an operator or a closing
    delimiter (a weight, a variable, a set), never a quantity's label; a Greek name still takes labels."""
    from verifier.documents.capitallabels import capital_labels

    text = "When $W$ is symmetric, $$\\langle u, v \\rangle_W = \\langle v, u \\rangle_W$$ and $\\nabla_W L = 0$."
    assert capital_labels(text) == set()
    assert capital_labels("$\\mu_A - \\mu_B = 2$ for $A$ and $B$.") == {("mu", "A"), ("mu", "B")}
