r"""A tie between names the notes already gave values or formulas is a claim about them (sound44,
documents.claimedties).

"Let $u_1 = 0.3$ and $u_2 = 0.5$. By symmetry we find $u_1 = u_2 = v$." defined u₁, u₂ := v, so ``u_1 + u_2 = 2v``
was PROVED from the false tie and the tie itself was only "defines u_1" (redteam43). Now the tie defines nothing
there: its link between two stated names is FAILED where the numbers differ, PROVED where they are the same, and
no later step is green from it. A tie of free names (``$w_1 = w_2 = v$``) is still a tie, and an assignment ("Now
set …") is not judged. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line


def test_a_false_tie_of_stated_names_is_failed_and_proves_nothing_after_it() -> None:
    got = verdicts_by_line("# T\n\nLet $u_1 = 0.3$ and $u_2 = 0.5$. By symmetry we find $u_1 = u_2 = v$.\n\n"
                           "$$u_1 + u_2 = 2v$$\n")
    assert got[3][0] == "FAILED"
    assert "PROVED" not in got[3] and got[5] == ["SKIPPED"]


def test_a_false_tie_in_a_display_is_failed() -> None:
    got = verdicts_by_line("# T\n\nLet $u_1 = 0.3$ and $u_2 = 0.5$. Hence\n\n$$u_1 = u_2 = v$$\n\n"
                           "$$u_1 - u_2 = 0$$\n\n$$\\frac{\\partial}{\\partial u_2}(u_1 u_2) = u_1$$\n")
    assert got[5][0] == "FAILED"
    assert "PROVED" not in got[7] and "PROVED" in got[9]  # u_1 is still its own name, not u_2


def test_a_true_tie_of_stated_names_is_proved() -> None:
    got = verdicts_by_line("# T\n\nLet $a = 0.3$ and $b = 0.3$. By symmetry we find $a = b = v$.\n")
    assert got[3][0] == "PROVED"


def test_a_tie_of_names_defined_by_formulas_is_no_definition() -> None:
    got = verdicts_by_line("# T\n\nLet $u_1 = x^2$ and $u_2 = 2x$.\n\nBy symmetry we find $u_1 = u_2 = v$.\n\n"
                           "$$u_1 + u_2 = 2v$$\n")
    assert "PROVED" not in got[5] and "FAILED" not in got[5] and got[7] == ["SKIPPED"]  # x^2 = 2x: maybe solved


def test_roundings_that_may_be_one_value_and_assignments_are_not_failed() -> None:
    got = verdicts_by_line("# T\n\nLet $u_1 = 0.33$ and $u_2 = 0.333$. So $u_1 = u_2 = v$.\n\n"
                           "Initialize $w_1 = 0.3$ and $w_2 = 0.5$. Now set $w_1 = w_2 = v$.\n")
    assert "FAILED" not in got.get(3, []) and "FAILED" not in got.get(5, [])


def test_a_tie_of_free_names_is_still_a_tie() -> None:
    got = verdicts_by_line("# T\n\nThe weights are tied, $w_1 = w_2 = v$, for every $v$.\n\n"
                           "$$(w_1 x)^2 + (w_2 x)^2 = 2 v^2 x^2$$\n")
    assert got[5] == ["PROVED"]
