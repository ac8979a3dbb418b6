r"""A value stated for a name whose square the notes stated as a number is judged against the square's roots
(sound43, documents.statedsquares).

redteam42 made ``w^2 = 4`` a condition (no w := 2), so fresh28's planted "$$H^2 = 1 - 0.96 = 0.04, \qquad H =
0.02$$" lost its FAILED (SKIPPED "states the value of H"). A value that is neither root is FAILED; the positive
root of a name the notes make non-negative (a distance, a norm, ``d \ge 0`` stated) is PROVED/PASSED, its negative
root FAILED; a root of a name nothing makes non-negative stays SKIPPED (redteam42's tests keep theirs). Every
example is written here."""

from __future__ import annotations

from support import verdicts_by_line


def test_a_value_that_is_neither_root_fails() -> None:
    assert verdicts_by_line("# H\n\n$$H^2 = 1 - 0.96 = 0.04, \\qquad H = 0.02$$\n")[3][-1] == "FAILED"
    assert verdicts_by_line("# W\n\nWe need $$w^2 = 4$$\n\nso $$w = 3$$\n")[5] == ["FAILED"]


def test_a_root_of_a_name_nothing_makes_nonnegative_stays_skipped() -> None:
    assert verdicts_by_line("# H\n\n$$H^2 = 1 - 0.96 = 0.04, \\qquad H = 0.2$$\n")[3][-1] == "SKIPPED"
    assert verdicts_by_line("# W\n\nWe need $$w^2 = 4$$\n\nso $$w = -2$$\n")[5] == ["SKIPPED"]


def test_the_roots_of_a_distance() -> None:
    text = "# H\n\nThe squared Hellinger distance is\n\n$$H^2 = 1 - 0.96 = 0.04$$\n\nso $$H = VALUE$$\n"
    assert verdicts_by_line(text.replace("VALUE", "0.2"))[7] == ["PROVED"]
    assert verdicts_by_line(text.replace("VALUE", "-0.2"))[7] == ["FAILED"]
    assert verdicts_by_line(text.replace("VALUE", "0.02"))[7] == ["FAILED"]
    got = verdicts_by_line("# D\n\nWe have $d \\ge 0$ and $$d^2 = 2$$\n\nso $$d = 1.41$$\n")
    assert got[5] == ["PASSED"]


def test_a_square_far_back_or_a_value_stated_between_decides_nothing() -> None:
    far = "# W\n\n$$w^2 = 4$$\n\n" + "Some words.\n\n" * 5 + "Then $$w = 3$$\n"
    assert verdicts_by_line(far)[15] == ["SKIPPED"]
    between = "# W\n\n$$w^2 = 4$$\n\nNow let $w = 5$.\n\n$$w = 3$$\n"
    assert "FAILED" not in verdicts_by_line(between).get(7, [])
