r"""``\sum_{i=1}^n\sum_{j=i+1}^n``: the outer sum's i binds the inner sum's lower bound (fresh43, inferevidence).

SymPy lists a double sum's limits inner first, so the inference met ``j = i + 1`` before the outer ``i`` was
bound and took i for a size of the notes ("in the lower bound of a sum over j"). Every later line that wrote
``w_i`` then read i as that size, and the bound i of the definition clashed with the free one: the correct
``\partial f/\partial w_i = x_i`` was FAILED (beside a bias ``w_0``) or SKIPPED (i checked past w's
length). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_PAIRS = """# Pairwise model

For $u \\in \\mathbb{R}^m$ let

$$
g(u) = \\sum_{k=1}^m a_k u_k + \\sum_{k=1}^{m}\\sum_{l=k+1}^{m} b_k b_l u_k u_l .
$$

Differentiating in one weight, $\\partial g / \\partial a_k = u_k$.
"""


def test_an_outer_index_in_an_inner_bound_is_no_size() -> None:
    # main read k as a size there ("index 4 is outside 1..3 for a": SKIPPED); k is a's index: proved
    assert verdicts_by_line(_PAIRS)[9] == ["PROVED"]


def test_a_wrong_derivative_is_still_failed() -> None:
    wrong = _PAIRS.replace("\\partial g / \\partial a_k = u_k", "\\partial g / \\partial a_k = 2 u_k")
    assert verdicts_by_line(wrong)[9] == ["FAILED"]
