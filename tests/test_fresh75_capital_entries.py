r"""A worked number against a matrix the notes write only by its entries is no identity in them (fresh75).

Spectral-clustering notes say "symmetric weights $w_{ij}$ … Laplacian $L = D - W$", then work a path of three
nodes "with unit weights" (given in words) and write ``f^\top L f = (1 - 0)^2 + (0 - (-1))^2 = 2`` at the stated
``f = (1, 0, -1)``. ``W`` is read as the matrix of the entries ``w_ij`` (the ``W = (w_ij)`` convention), and the
checker moved the family's inferred note to ``W``: the step, checked at every ``w``, FAILED at ``w = 0``, while the
same step over a ``W`` the notes write bare was SKIPPED as "a worked number against a definition over W, whose
values the notes give only in prose". The family behind the capital now counts as such a name too. A wrong
arithmetic link of the same line is still FAILED."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Laplacian

A weighted graph on $n$ nodes has symmetric weights $w_{ij}$, degrees $d_i = \sum_j w_{ij}$, degree matrix
$D = \operatorname{diag}(d)$ and Laplacian $L = D - W$.

Take the path 1 -- 2 -- 3 with unit weights. The vector $f = (1, 0, -1)$ has the cut value

$$
f^\top L f = (1 - 0)^2 + (0 - (-1))^2 = 2 .
$$
"""
_LINE = 9


def test_a_worked_cut_value_over_unstated_weights_is_not_failed() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert verdicts[_LINE][0] == "SKIPPED", verdicts[_LINE]


def test_a_wrong_sum_on_that_line_is_still_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("(0 - (-1))^2 = 2", "(0 - (-1))^2 = 3"))
    assert verdicts[_LINE][-1] == "FAILED", verdicts[_LINE]
