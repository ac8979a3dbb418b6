r"""A symmetry the notes' opening paragraph states holds for a chain that reaches the name through a definition.

Spectral-clustering notes open with "symmetric weights $w_{ij}$ … Laplacian $L = D - W$" and, sections later,
write the gradient of the Rayleigh quotient, ``\nabla\rho(f) = \frac{2Lf}{f^\top f} - …``: right for a symmetric
``L``. The chain writes ``L`` and ``f`` only, so the stated symmetry of ``w`` (out of the few lines the window
reads) was not counted, and the right step FAILED at a non-symmetric ``w`` (fresh75). The section-wide reading
(documents.symmetricsection) now counts the names the chain reaches through the notes' definitions
(``L`` → ``D - W`` → ``d_i = \sum_j w_{ij}``). A wrong power in the same gradient is still FAILED."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Spectral clustering

A weighted graph on $n$ nodes has symmetric weights $w_{ij}$, degrees $d_i = \sum_j w_{ij}$, degree matrix
$D = \operatorname{diag}(d)$ and Laplacian $L = D - W$.

## Clusters

Spectral clustering embeds the nodes with a few eigenvectors of the Laplacian and runs k-means on the rows
of that embedding. The number of clusters is usually read off a gap in the spectrum.

Small eigenvalues belong to vectors that change little across heavy edges, which is why they reveal
the clusters. The constant vector always has eigenvalue zero.

## The relaxed cut

Minimising the cut over unit vectors is a Rayleigh quotient problem. The gradient of the quotient
$\rho(f) = \frac{f^\top L f}{f^\top f}$ is

$$
\nabla \rho(f) = \frac{2 L f}{f^\top f} - \frac{2 (f^\top L f) f}{(f^\top f)^2} .
$$
"""
_LINE = 20


def test_the_gradient_under_the_opening_symmetry_is_not_failed() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert "FAILED" not in verdicts[_LINE], verdicts[_LINE]


def test_a_wrong_power_there_is_still_failed() -> None:
    wrong = _NOTE.replace(r"f}{(f^\top f)^2}", r"f}{f^\top f}")
    verdicts = verdicts_by_line(wrong)
    assert verdicts[_LINE] == ["FAILED"], verdicts[_LINE]
