r"""A bold Greek letter with a letter subscript, never written alone, is a family of vectors: ``\boldsymbol{\mu}_k``.

k-means notes write the centres ``\boldsymbol{\mu}_k`` beside the points ``\mathbf{x}_n``: ``J = \sum_n \sum_k r_{nk}
\|\mathbf{x}_n - \boldsymbol{\mu}_k\|^2`` and ``\partial J/\partial \boldsymbol{\mu}_k = -2\sum_n r_{nk}(\mathbf{x}_n -
\boldsymbol{\mu}_k)``. The points were read as samples (a bold Latin letter with a subscript, never alone: vector
n, documents.samples), the centres as the entries of a vector μ[K], and the step was SKIPPED "the left member is a
scalar, the right member is 3×1". A bold Greek letter so written is read the same way.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""The objective is $J = \sum_{n=1}^N \sum_{k=1}^K r_{nk} \|\mathbf{x}_n - \boldsymbol{\mu}_k\|^2$.

Fixing the assignments $r_{nk}$, the gradient with respect to a centre is
$$
\frac{\partial J}{\partial \boldsymbol{\mu}_k} = -2\sum_{n=1}^N r_{nk}(\mathbf{x}_n - \boldsymbol{\mu}_k).
$$
"""


def test_the_gradient_by_a_centre_is_proved() -> None:
    assert verdicts_by_line(NOTE)[5] == ["PROVED"]


def test_a_sign_flip_there_is_failed() -> None:
    assert verdicts_by_line(NOTE.replace("= -2\\sum", "= 2\\sum"))[5] == ["FAILED"]


def test_a_bold_greek_letter_written_alone_is_no_family() -> None:
    alone = NOTE + "\nThe centres $\\boldsymbol{\\mu}$ move.\n"
    assert verdicts_by_line(alone)[5] != ["PROVED"]
