r"""A definition whose terms would keep different free indices after Einstein's sums is no Einstein expression.

RankNet's pairwise loss (fresh28): "$$C = \frac{1}{2}(1 - S_{ij})(s_i - s_j) + \log(1 + e^{-(s_i - s_j)})$$ Hence
$\frac{\partial C}{\partial s_i} = \sigma(s_i - s_j) - \bar P$". The definition's body was read with its repeated
indices summed (documents.substituted.implied_sums): the first term pairs i and j and was summed over both, the
log term was left with i and j free — a mixed body no index notation writes — and the right derivative FAILED at
every pair. The body is now read as written (the loss of the pair i, j): the step holds wherever i ≠ j, a case
split, and a wrong derivative still FAILS. Examples written here."""

from __future__ import annotations

from support import doc_steps

HEAD = ("Documents $i$ and $j$ get scores $s_i$ and $s_j$, and $\\bar P = \\frac{1}{2}(1 + S_{ij})$.\n\n"
        "$$C = \\frac{1}{2}(1 - S_{ij})(s_i - s_j) + \\log\\left(1 + e^{-(s_i - s_j)}\\right).$$\n\n")


def test_the_right_pair_gradient_is_not_failed() -> None:
    steps = doc_steps(HEAD + "Hence $\\frac{\\partial C}{\\partial s_i} = \\sigma(s_i - s_j) - \\bar P$.\n")
    assert steps and steps[-1].verdict.value != "FAILED", steps[-1].message


def test_a_wrong_pair_gradient_is_failed() -> None:
    steps = doc_steps(HEAD + "Hence $\\frac{\\partial C}{\\partial s_i} = \\bar P - \\sigma(s_i - s_j)$.\n")
    assert steps and steps[-1].verdict.value == "FAILED", steps[-1].message


def test_a_consistent_einstein_body_is_still_summed() -> None:
    steps = doc_steps("$$L = -y_i \\log p_i$$\n\nThen $\\frac{\\partial L}{\\partial p_k} = -\\frac{y_k}{p_k}$.\n")
    assert steps and steps[-1].verdict.value in ("PROVED", "PASSED"), steps[-1].message
