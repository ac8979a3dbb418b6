r"""A standing hypothesis stated after the display it is needed for holds in its whole section (gaps64).

"Throughout, $A$ is symmetric." written in a section *below* ``\nabla f(x) = 2Ax`` (with $f(x) = x^\top A x$) was not
counted: the symmetric reading looked only before the chain and at the display's own sentence after it, and the
step was FAILED though the notes say A is symmetric in that section. A sentence that states the setting of its
whole section ("throughout", "in this section") speaks for the section's displays before it too; one that looks
only forward ("from now on", "henceforth", "for the rest of …") does not, nor does a statement of another section.
"""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = "# Quadratic forms\n\nLet $f(x) = x^\\top A x$. Then\n\n$$\\nabla f(x) = GRAD$$\n\nSTATEMENT\n"


def _at_display(grad: str, statement: str) -> list[str]:
    return verdicts_by_line(_NOTE.replace("GRAD", grad).replace("STATEMENT", statement))[5]


def test_throughout_after_the_display_counts_for_it() -> None:
    assert _at_display("2 A x", "Throughout, $A$ is symmetric.") == ["PROVED"]


def test_in_this_section_after_the_display_counts_for_it() -> None:
    assert _at_display("2 A x", "In this section we assume that $A$ is symmetric.") == ["PROVED"]


def test_a_wrong_step_under_such_a_statement_stays_failed() -> None:
    assert _at_display("3 A x", "Throughout, $A$ is symmetric.") == ["FAILED"]


def test_a_forward_looking_statement_does_not_reach_back() -> None:
    assert _at_display("2 A x", "From now on, $A$ is symmetric.") == ["FAILED"]


def test_a_negated_statement_says_nothing() -> None:
    assert _at_display("2 A x", "Throughout, $A$ is not symmetric.") == ["FAILED"]


def test_a_statement_of_another_section_does_not_reach_back() -> None:
    other = "# Another part\n\nThroughout this section, $A$ is symmetric."
    note = _NOTE.replace("GRAD", "2 A x").replace("STATEMENT", other)
    assert verdicts_by_line(note)[5] == ["FAILED"]


def test_a_general_matrix_before_the_display_keeps_the_failed() -> None:
    note = _NOTE.replace("GRAD", "2 A x").replace("STATEMENT", "Throughout, $A$ is symmetric.")
    note = note.replace("Let $f(x)", "Let $A$ be an arbitrary square matrix, not necessarily symmetric, and $f(x)")
    assert verdicts_by_line(note)[5] == ["FAILED"]


def test_throughout_the_rest_looks_forward_only() -> None:
    assert _at_display("2 A x", "Throughout the rest of this section, $A$ is symmetric.") == ["FAILED"]


def test_a_renewal_just_before_the_statement_on_its_line_keeps_the_failed() -> None:
    assert _at_display("2 A x", "Now let $A$ be symmetric. Throughout, $A$ is symmetric.") == ["FAILED"]
