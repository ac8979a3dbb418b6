r"""A name the section stated with a number, then set equal to a formula, is claimed, not defined (sound44,
documents.claimedties.stated_in_section).

"Let $a = 0.3$ and $b = 0.1$. By symmetry we find $a = 2b$." learned a := 2b, so ``a + b = 3b`` was PROVED from the
false claim, and a later display ``a = 2b`` PROVED "against the notes' definition of a". Now neither is green. A
definition of a name the notes gave no number stays one. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line


def test_a_formula_for_a_stated_name_is_no_definition() -> None:
    got = verdicts_by_line("# T\n\nLet $a = 0.3$ and $b = 0.1$. By symmetry we find $a = 2b$.\n\n$$a + b = 3b$$\n\n"
                           "Hence\n\n$$a = 2b$$\n")
    assert "PROVED" not in got[5] and "PROVED" not in got[9]


def test_a_definition_of_a_free_name_still_holds() -> None:
    got = verdicts_by_line("# T\n\nLet $b = 0.1$. By symmetry we find $a = 2b$.\n\n$$a + b = 3b$$\n")
    assert got[5] == ["PROVED"]
