r"""A vector the chain's own row states anew is not read at the value a row before it stated (sound45,
documents.check._stated_values).

Rows of a worked table ("z = (1, 1): z^T A z = 7", then "z = (1, -1): z^T A z = 3") each state the case they compute.
The second row's step was read at the first row's z = (1, 1) and FAILED "7, not 3" — a false alarm of v0.31.0 on a
probe note (its own row's value is on the chain's line, which the stated vectors leave out). A name the chain's own
line states another vector for is not read at the earlier one: SKIPPED (values on the chain's own line stay
undecided, as documents.latestvalues keeps scalars). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

TABLE = ("# H\n\nTake\n$$A = \\begin{pmatrix} 2 & 0 \\\\ 0 & 1 \\end{pmatrix}.$$\nThe probes give\n\\begin{align*}\n"
         "v = (1, 1):&\\quad v^\\top A v = 3, \\\\\nv = (1, 0):&\\quad v^\\top A v = VALUE\n\\end{align*}\n")


def test_a_row_is_not_read_at_the_row_before() -> None:
    assert "FAILED" not in verdicts_by_line(TABLE.replace("VALUE", "2"))[8]
