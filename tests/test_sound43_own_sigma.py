r"""A σ the notes define as another function is read as theirs, not as the logistic (sound43, documents.ownbuiltins).

"Let the noise schedule be $\sigma(t) = 0.25t$." then ``z = \sigma(4) \approx 0.98`` was PASSED as a rounding of the
logistic's 0.982 (the schedule gives 1.0: a false green), ``x = \sigma(2) \approx 0.5`` FAILED and the definition
itself FAILED as a logistic identity (review42). A body that cannot be an attempt at the logistic (no exponential:
arithmetic, roots and number powers of its parameters) and a line that does not call it the sigmoid make σ the
notes' function from that line to the next definition of σ, not into another part. A wrong sigmoid definition
(an exponential in it) stays FAILED. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_SCHEDULE = """# Diffusion

Let the noise schedule be $\\sigma(t) = 0.25t$.

At the end, $$z = \\sigma(4) \\approx VALUE$$
"""


def test_a_wrong_value_of_the_notes_sigma_is_not_green() -> None:
    got = verdicts_by_line(_SCHEDULE.replace("VALUE", "0.98"))  # the schedule gives 1.0; the logistic 0.982
    assert 3 not in got  # the definition is no claim about the logistic
    assert "FAILED" in got[5]
    assert "PASSED" not in got[5] and "PROVED" not in got[5]


def test_a_right_value_of_the_notes_sigma_is_green_and_the_logistic_value_fails() -> None:
    assert verdicts_by_line(_SCHEDULE.replace("\\approx VALUE", "= 1"))[5][-1] == "PROVED"
    text = _SCHEDULE.replace("z = \\sigma(4) \\approx VALUE", "x = \\sigma(2) = 0.5")
    assert verdicts_by_line(text)[5][-1] == "PROVED"
    assert verdicts_by_line(text.replace("0.5$$", "0.88$$"))[5][-1] == "FAILED"  # σ(2) of the logistic


def test_an_inline_value_and_two_arguments() -> None:
    got = verdicts_by_line("Let the schedule be $\\sigma(t) = 0.25t$. Then $\\sigma(4) \\approx 0.98$ at the end.\n")
    assert got[1] == ["FAILED"]
    got = verdicts_by_line("Let $\\sigma(s, t) = st$ be the product kernel.\n\n$$\\sigma(2, 3) = 6$$\n")
    assert got[3] == ["PROVED"]


def test_a_logistic_definition_renews_sigma_and_a_wrong_sigmoid_stays_failed() -> None:
    text = ("# One\n\nLet the schedule be $\\sigma(t) = 0.25t$.\n\n## Two\n\nThe logistic $\\sigma(z) = "
            "\\frac{1}{1 + e^{-z}}$ now.\n\n$$q = \\sigma(2) \\approx 0.88$$\n")
    got = verdicts_by_line(text)
    assert got[7] == ["PROVED"] and got[9][-1] == "PASSED"
    got = verdicts_by_line("The activation is $\\sigma(z) = \\frac{1}{1 + e^{z}}$.\n\n$$r = \\sigma(0) = 0.5$$\n")
    assert got[1] == ["FAILED"] and got[3][-1] == "PROVED"


def test_the_notes_sigma_does_not_reach_another_part() -> None:
    text = ("# Part 1: schedule\n\nLet the noise schedule be $\\sigma(t) = 0.25t$.\n\n$$z = \\sigma(4) = 1$$\n\n"
            "# Part 2: classification\n\n$$q = \\sigma(2) \\approx 0.5$$\n")
    got = verdicts_by_line(text)
    assert got[5][-1] == "PROVED" and got[9][-1] == "FAILED"


def test_sigma_inside_a_formula_or_called_in_the_body_defines_nothing() -> None:
    text = ("# Softplus\n\n$$\\log \\sigma(x) = -\\zeta(-x)$$\n\nSo $$\\sigma(0) = 0.5$$\n\n"
            "The symmetry is $\\sigma(x) = 1 - \\sigma(-x)$.\n\n$$r = \\sigma(0) = 0.5$$\n")
    got = verdicts_by_line(text)
    assert got[5] == ["PROVED"] and got[9][-1] == "PROVED"  # the logistic's σ(0) both times
