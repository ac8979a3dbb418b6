r"""A vector stated by its numbers earlier on the same line: the claims after it on that line are about those numbers.

"…, so $a = (-1, 0, 1)$ and $b = (-1, 1, 0)$. Then $a^\top b = 1$ and $\|a\| = \|b\| = \sqrt{2}$."
documents.restatedvectors set the general definitions of a and b (centred predictions and targets) aside only
on the lines *after* the one that states their numbers, so ``\|a\| = \|b\|`` on that very line was checked for
every prediction and target and FAILED (fresh48). A statement before the claim on its own line counts too.
Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# Centred vectors

Centre both vectors: $a_i = u_i - \\frac{1}{n}\\sum_{j=1}^n u_j$ and $b_i = v_i - \\frac{1}{n}\\sum_{j=1}^n v_j$.

For a worked case, $a = (-1, 0, 1)$ and $b = (-1, 1, 0)$, so $\\|a\\| = \\|b\\|$ there.
"""


def test_a_claim_after_the_numbers_on_their_line_is_read_at_them() -> None:
    assert "FAILED" not in verdicts_by_line(_NOTE).get(5, [])


def test_a_claim_the_numbers_do_not_bear_out_still_fails() -> None:
    assert verdicts_by_line(_NOTE.replace("$b = (-1, 1, 0)$", "$b = (-2, 1, 0)$"))[5] == ["FAILED"]
