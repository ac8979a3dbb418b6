r"""A square the notes state is the name's square only where it heads its formula, and a value set for the name
after it is a new value, not a root claimed (redteam44, documents.statedsquares).

sound43 judged a one-link ``name = number`` against the latest ``name^2 = number`` before it. The pattern also
took a square that is only a factor of the formula's head (``2w^2 = 8``, ``\lambda w^2 = 12``, ``\frac{1}{2} v^2 =
8``) or the square of another name (``\hat d^2 = 0.09`` for d), and a value the notes set by ``\leftarrow`` or
``:=`` in between, and FAILED right lines ("w^2 = 8: its real roots are ±2.83, and 2 is neither"). Every example
is written here."""

from __future__ import annotations

from support import verdicts_by_line


def test_a_square_times_a_factor_is_not_the_names_square() -> None:
    assert verdicts_by_line("# E\n\nThe energy is $$2w^2 = 8.$$\n\nTaking the positive root, $$w = 2.$$\n")[5] \
        != ["FAILED"]
    assert verdicts_by_line("# E\n\nWith $\\lambda = 3$, $$\\lambda w^2 = 12.$$\n\nSo $$w = 2.$$\n")[5] != ["FAILED"]
    got = verdicts_by_line("# K\n\nThe energy is $$\\frac{1}{2} v^2 = 8,$$ so the speed is $$v = 4.$$\n")
    assert "FAILED" not in got[3]


def test_the_square_of_another_name_is_not_read() -> None:
    text = "# D\n\nThe squared distance of the estimate is $$\\hat d^2 = 0.09.$$\n\nThe true distance is $$d = 0.5.$$\n"
    assert verdicts_by_line(text)[5] != ["FAILED"]


def test_a_value_set_after_the_square_is_a_new_value() -> None:
    moved = "# U\n\nAt the start $$w^2 = 4.$$\n\nAfter the update $w \\leftarrow 3$, so now $$w = 3.$$\n"
    assert verdicts_by_line(moved)[5] != ["FAILED"]
    defined = "# U\n\nAt the start $$w^2 = 4.$$\n\nDefine $w := 3$ for the next round: $$w = 3.$$\n"
    assert verdicts_by_line(defined)[5] != ["FAILED"]


def test_a_square_heading_its_formula_still_decides() -> None:
    assert verdicts_by_line("# W\n\nWe need $$w^2 = 4$$\n\nso $$w = 3$$\n")[5] == ["FAILED"]
    assert verdicts_by_line("# H\n\n$$H^2 = 1 - 0.96 = 0.04, \\qquad H = 0.02$$\n")[3][-1] == "FAILED"
    text = "# H\n\nThe squared Hellinger distance is\n\n$$H^2 = 1 - 0.96 = 0.04$$\n\nso $$H = 0.2$$\n"
    assert verdicts_by_line(text)[7] == ["PROVED"]
    inline = "# W\n\nWe need $w^2 = 4$, hence\n\n$$w = 3$$\n"
    assert verdicts_by_line(inline)[5] == ["FAILED"]


def test_a_square_whose_own_sum_is_wrong_decides_nothing() -> None:
    text = "# D\n\nThe squared distance is $$d^2 = 0.04 + 0.05 = 0.08.$$\n\nSo $$d = VALUE.$$\n"
    assert verdicts_by_line(text.replace("VALUE", "0.28"))[5] not in (["PASSED"], ["PROVED"])  # rests on 0.08
    assert verdicts_by_line(text.replace("VALUE", "0.3"))[5] != ["FAILED"]  # the root of the right 0.09
    right = "# D\n\nThe squared distance is $$d^2 = 0.04 + 0.05 = 0.09.$$\n\nSo $$d = VALUE.$$\n"
    assert verdicts_by_line(right.replace("VALUE", "0.3"))[5] == ["PROVED"]
    assert verdicts_by_line(right.replace("VALUE", "0.03"))[5] == ["FAILED"]
