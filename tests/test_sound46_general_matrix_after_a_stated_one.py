r"""A matrix the prose states by its numbers and then calls arbitrary keeps no value in a worked link either
(sound46, documents.check, onesidedvectors.said_general).

review38 stopped a stated vector being read for an identity link after "for an arbitrary direction $v$"; the
branch for links with a worked number (lead45 reads a stated matrix there on one side) did not ask, so "Take $A =
\begin{pmatrix} 2 & 0 \\ 0 & 2 \end{pmatrix}$. For arbitrary $A$, $$\operatorname{tr}(A) = 4$$" was PROVED at the
example matrix. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

GREEN = (["PASSED"], ["PROVED"])
STATED = "# S\n\nTake $A = \\begin{pmatrix} 2 & 0 \\\\ 0 & 2 \\end{pmatrix}$ as a first example.\n\n"


def test_a_matrix_called_arbitrary_is_not_read_at_the_example() -> None:
    for claim in ("For arbitrary $A$, $$\\operatorname{tr}(A) = 4.$$",
                  "For a general matrix $A$, $$A^\\top A = \\begin{pmatrix} 4 & 0 \\\\ 0 & 4 \\end{pmatrix}.$$",
                  "Let $A$ be any matrix. Then $$\\operatorname{tr}(A) = 4.$$"):
        assert verdicts_by_line(STATED + claim + "\n")[5] not in GREEN, claim


def test_the_example_matrix_is_still_read_where_nothing_calls_it_arbitrary() -> None:
    assert verdicts_by_line(STATED + "Then $$\\operatorname{tr}(A) = 4.$$\n")[5] == ["PROVED"]
    assert verdicts_by_line(STATED + "Then $$\\operatorname{tr}(A) = 5.$$\n")[5] == ["FAILED"]
