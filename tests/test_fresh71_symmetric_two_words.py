r""" "symmetric edge weights $w_{ij}$": two words between the property and the name still state it (fresh71).

Label propagation's energy ``E(f) = \tfrac12\sum_{ij} w_{ij}(f_i - f_j)^2`` has the gradient ``2\sum_j w_{kj}(f_k -
f_j)`` only for symmetric weights, which the notes state as "symmetric edge weights $w_{ij} \ge 0$". The statement
was read with one word between "symmetric" and the name ("symmetric weights $w_{ij}$", "symmetric covariance $S$"),
so the two-word noun left w general and the gradient FAILED (a false alarm). Up to two such words now count, the
same words excluded (a preposition or an article ends the noun phrase: "symmetric in $i$", "kernel of the $A$")."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.symmetricprose import symmetric_in

_NOTE = r"""# Label propagation

We have a graph with symmetric edge weights $w_{ij} \ge 0$ and values $f_i$, and we minimise

$$
E(f) = \frac{1}{2}\sum_{i}\sum_{j} w_{ij}\,(f_i - f_j)^2 .
$$

Differentiating,

$$
\frac{\partial E}{\partial f_k} = 2\sum_{j} w_{kj}\,(f_k - f_j) .
$$
"""


def test_two_words_between_the_property_and_the_entries() -> None:
    assert verdicts_by_line(_NOTE)[12] == ["PROVED"]


def test_a_wrong_factor_still_fails_under_the_symmetric_reading() -> None:
    assert verdicts_by_line(_NOTE.replace(r"= 2\sum_{j}", r"= 4\sum_{j}"))[12] == ["FAILED"]


def test_the_statement_is_read_for_a_matrix_too() -> None:
    found = symmetric_in(r"Let the symmetric pairwise affinity $A$ be given.")
    assert found is not None and "A" in found[0]
    assert symmetric_in(r"It is symmetric in the sense of $A$ here.") is None


_SECTIONS = r"""# Label propagation

We have a graph with symmetric weights $w_{ij} \ge 0$ and values $f_i$, and we minimise

$$
E(f) = \frac{1}{2}\sum_{i}\sum_{j} w_{ij}\,(f_i - f_j)^2 .
$$

## The Laplacian

Write $D = \operatorname{diag}(d_1, \dots, d_n)$ for the degrees. Differentiating,

$$
\frac{\partial E}{\partial f_k} = 2\sum_{j} w_{kj}\,(f_k - f_j) .
$$
"""


def test_a_nearer_statement_of_another_matrix_keeps_the_section_one() -> None:
    # D's diag(…) two lines up says nothing of w; w's symmetry, stated for the whole notes, still holds
    assert verdicts_by_line(_SECTIONS)[14] == ["PROVED"]
