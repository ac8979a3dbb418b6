r"""Which link has numbers substituted is read from the names each member uses, not from the digits written (gaps59).

fresh59's second look (documents.partlyworked) re-checks a FAILED link "with numbers already substituted" at the
values the notes state. Its test took ``1 - 2 a x`` for arithmetic on two numbers (``1 - 2``), so a wrong identity
written wholly in letters, ``1 - 2ax + a^2x^2 = (1 - ax)^3``, was SKIPPED where the stated values happen to make it
hold. A member that had a quantity replaced by its number no longer uses that name while the other member still
does; the test now parses the members and compares the names they use (the upright i, e and π are no names).
Every example is written here.
"""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.partlyworked import partly_substituted

_NOTE = ("# Squaring a residual\n\nTake $a = 2$ and the guess $x = 0.5$. The residual $r = 1 - a x$ satisfies\n\n"
         "$$\nr^2 = 1 - 2 a x + a^2 x^2 = (1 - a x)^POWER\n$$\n")


def test_a_wrong_identity_in_letters_is_failed_though_it_holds_at_the_stated_values() -> None:
    assert verdicts_by_line(_NOTE.replace("POWER", "3"))[6][-1] == "FAILED"


def test_the_right_identity_is_proved() -> None:
    assert verdicts_by_line(_NOTE.replace("POWER", "2"))[6][-1] in ("PROVED", "PASSED")


def test_a_coefficient_is_no_number_substituted() -> None:
    assert not partly_substituted((r"1 - 2 a x_k + a^2 x_k^2", r"(1 - a x_k)^3"))
    assert not partly_substituted((r"1 - 2\, a\, x", r"(1 - a x)^2"))


def test_a_member_that_lost_a_name_to_its_number_is_partly_substituted() -> None:
    assert partly_substituted((r"-\frac{1}{L}(\sigma(0) - 1) y x", r"\frac45 \cdot \frac12\, y x"))
    assert partly_substituted((r"w_1", r"\frac45 \cdot \frac12\, y x"))


def test_constants_are_no_names() -> None:
    assert not partly_substituted((r"2 \cdot \pi", r"6"))
    assert not partly_substituted((r"1 - \mathrm{i} - 3\mathrm{i} + 3\mathrm{i}^2", r"4 - 4\mathrm{i}"))
    assert not partly_substituted((r"e^{2} \cdot 3", r"21"))
