r"""A value the notes state with ``=`` for a name they computed before from a formula, or call approximate in
words, is a rounding, not an exact given (sound45, documents.roundedgivens).

redteam44 stopped ``$p \approx 0.62$`` after ``$p = \sigma(1)$`` being read as a value; the same sentence with
``=`` ("Let $p = \sigma(1)$, so $p = 0.62$.") still made ``2p = 1.24`` PROVED — σ(1) = 0.731, the claim is wrong
— and ``2p = 1.46`` (a rounding of 2σ(1) = 1.462) PROVED as if exact. "The step size is about $\eta = 0.33$"
gives a rounded value too: ``\eta g = 0.99`` holds at 0.33, not proved for the rate rounded. A value stated
plainly ("the rate is $\eta = 0.33$") stays exact data. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

GREEN = (["PASSED"], ["PROVED"])


def test_a_value_of_a_computed_name_written_with_equals_gives_no_green() -> None:
    wrong = "# S\n\nLet $p = \\sigma(1)$, so $p = 0.62$.\n\nTwo copies give $$2p = 1.24.$$\n"
    assert verdicts_by_line(wrong)[5] not in GREEN
    log = "# L\n\nWe set $z = \\log 5$, i.e. $z = 1.20$.\n\nThen $$3z = 3.60$$\n"
    assert verdicts_by_line(log)[5] not in GREEN


def test_a_right_rounding_of_a_computed_name_proves_nothing() -> None:
    right = "# S\n\nLet $p = \\sigma(1)$, so $p = 0.73$.\n\nTwo copies give $$2p = 1.46.$$\n"
    assert verdicts_by_line(right)[5] == ["PASSED"]  # at the rounding, said so
    integer = "# S\n\nLet $p = \\sigma(4)$, so $p = 1$.\n\nTwo copies give $$2p = 2.$$\n"
    assert verdicts_by_line(integer)[5] != ["PROVED"]


def test_a_value_called_approximate_in_words_is_a_rounding() -> None:
    for word in ("about", "approximately", "roughly"):
        text = f"# R\n\nThe step size is {word} $\\eta = 0.33$ and the gradient is $g = 3$.\n\n$$\\eta g = 0.99$$\n"
        assert verdicts_by_line(text)[5] == ["PASSED"], word


def test_a_value_stated_plainly_is_still_exact() -> None:
    plain = "# R\n\nThe step size is $\\eta = 0.33$ and the gradient is $g = 3$.\n\n$$\\eta g = VALUE$$\n"
    assert verdicts_by_line(plain.replace("VALUE", "0.99"))[5] == ["PROVED"]
    assert verdicts_by_line(plain.replace("VALUE", "0.98"))[5] == ["FAILED"]
    # "about" in another clause of the sentence qualifies nothing stated
    other = "# R\n\nThis takes about ten steps; the rate is $\\eta = 0.33$ with $g = 3$.\n\n$$\\eta g = 0.99$$\n"
    assert verdicts_by_line(other)[5] == ["PROVED"]


def test_the_stated_value_of_a_formula_of_numbers_is_checked_as_its_rounding() -> None:
    r"""``p = \sigma(1)``, so ``p = 0.62``: the equation before it is linear in p with a number for its root (0.731);
    0.62 is no rounding or truncation of it (FAILED), 0.73 and the truncated 1.60 of log 5 = 1.609 are."""
    said = "# S\n\nLet $p = \\sigma(1)$, so $p = VALUE$.\n"
    assert verdicts_by_line(said.replace("VALUE", "0.62"))[3] == ["FAILED"]
    assert "FAILED" not in verdicts_by_line(said.replace("VALUE", "0.73"))[3]
    log = "# L\n\nLet $z = \\log 5$, so $z = VALUE$.\n"
    assert verdicts_by_line(log.replace("VALUE", "1.20"))[3] == ["FAILED"]
    for right in ("1.61", "1.60", "1.609"):
        assert "FAILED" not in verdicts_by_line(log.replace("VALUE", right))[3], right


def test_the_exact_value_of_a_computed_name_is_still_a_given() -> None:
    r"""σ(0) is 0.5 exactly: "Let $p = \sigma(0)$, so $p = 0.5$." gives p (a later step at it PROVED, as before)."""
    text = "# S\n\nLet $p = \\sigma(0)$, so $p = 0.5$.\n\n$$2p = 1.0$$\n"
    assert verdicts_by_line(text)[5] == ["PROVED"]
    with_values = "# S\n\nLet $p = \\sigma(1)$, so $p = 0.73$.\n\n$$2p = 1.46$$\n"
    assert verdicts_by_line(with_values)[5] != ["PROVED"]  # only a rounding of σ(1)


def test_a_list_of_values_after_a_cue_is_given() -> None:
    r"""The later formulas of "Data: $y = (1, 3)$, bandwidth $h = 1$, query point $x = 1$" are given as the first is,
    where x's earlier formula cannot be evaluated; "so $x = 1$" is a claim."""
    from verifier.documents.roundedgivens import computed_claims
    from verifier.latex import parse_latex

    head = "# K\n\nThe estimate at $x = g(u)$ is a weighted mean.\n\n"
    given = head + "Data: $y = (1, 3)$, bandwidth $h = 1$, query point $x = 1$.\n"
    assert computed_claims([("x", "1", 5)], given, parse_latex) == [("x", "1", 5)]
    claimed = head + "We take $u = 2$, so $x = 1$.\n"
    assert computed_claims([("x", "1", 5)], claimed, parse_latex) == []


def test_around_a_point_is_no_rounding() -> None:
    text = "# T\n\nExpanding the loss around $w = 0.5$ with slope $a = 3$:\n\n$$a w = 1.5$$\n"
    assert verdicts_by_line(text)[5] == ["PROVED"]
    about = "# T\n\nExpanding the loss about $w = 0.5$ with slope $a = 3$:\n\n$$a w = 1.5$$\n"
    assert verdicts_by_line(about)[5] == ["PROVED"]



def test_a_displayed_value_of_a_computed_name_gives_no_green() -> None:
    r"""The same value displayed ("Let $p = \sigma(1)$. Then $$p = 0.62$$") is no given either; a display a cue
    leads into ("For example, take $$p = 0.25$$" after a general p) still is."""
    text = "# S\n\nLet $p = \\sigma(1)$. Then\n\n$$p = 0.62$$\n\nand two copies give\n\n$$2p = 1.24$$\n"
    assert verdicts_by_line(text)[9] not in GREEN
    exact = "# S\n\nLet $p = \\sigma(0)$. Then\n\n$$p = 0.5$$\n\nand two copies give\n\n$$2p = 1.0$$\n"
    assert verdicts_by_line(exact)[9] == ["PROVED"]


def test_a_displayed_rounding_of_a_computed_name_proves_nothing_either() -> None:
    """The same rounding written as a display (``$$p = 0.73$$``) was kept as a value but not as a rounding: a step at
    it was PROVED where the inline one is PASSED (lead45, reading sound45's change again)."""
    right = "# S\n\nLet $p = \\sigma(1)$. Then\n\n$$p = 0.73$$\n\nand so\n\n$$2p = 1.46$$\n"
    assert verdicts_by_line(right)[9] == ["PASSED"]
