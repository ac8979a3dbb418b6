r"""worked72: a worked number no rounding of its numbers explains is FAILED (documents.beyondrounding), and a
decimal the notes give as data is no rounding (documents.givendata). Notes of our own, after fresh79's Adam note."""

from __future__ import annotations

from fractions import Fraction

from support import verdicts_by_line

_CLOSED = """# Second moment by hand

Take $\\rho = 0.99$ and $s_0 = 0$, with the gradients $g_1 = 0.3$ and $g_2 = 0.1$.

$$s_1 = 0.01 \\cdot 0.3^2 = 0.0009$$

$$\\hat s_1 = \\frac{s_1}{1 - 0.99} = \\frac{0.0009}{RIGHT}$$
"""

_CARRIED = """# Second moment by hand

Take GIVEN and $s_0 = 0$, with the gradients $g_1 = 0.5$ and $g_2 = 0.2$.

$$s_1 = 0.001 \\cdot 0.5^2 = 0.00025$$

$$s_2 = 0.999 \\cdot 0.00025 + 0.001 \\cdot 0.2^2 = 0.00028975$$

$$\\hat s_2 = \\frac{0.00028975}{1 - 0.999^2} \\approx RESULT$$
"""


def test_closed_form_off_by_a_factor_no_rounding_makes_is_failed() -> None:
    # 0.0009/0.99 for s_1/(1 - 0.99): a hundredfold off, on the base SKIPPED "computed from rounded inputs"
    assert verdicts_by_line(_CLOSED.replace("RIGHT", "0.99"))[7][1] == "FAILED"


def test_closed_form_right_twin_is_proved() -> None:
    assert verdicts_by_line(_CLOSED.replace("RIGHT", "0.01"))[7][1] == "PROVED"


def test_closed_form_name_with_two_values_stays_skipped() -> None:
    # the notes state s_1 again with another value: "another value of a name" is not excluded
    text = _CLOSED.replace("RIGHT", "0.99") + "\nLater, in the second run, $s_1 = 0.0001$.\n"
    assert verdicts_by_line(text)[7][1] != "FAILED"


def test_given_hyperparameter_is_no_rounding_of_a_worked_result() -> None:
    # 0.999 stated as data: its rounding (1 - 0.999^2 moves threefold) explains no tenfold gap; SKIPPED on the base
    text = _CARRIED.replace("GIVEN", "$\\rho = 0.999$").replace("RESULT", "0.0145")
    assert verdicts_by_line(text)[9][-1] == "FAILED"


def test_given_hyperparameter_right_twin_is_passed() -> None:
    text = _CARRIED.replace("GIVEN", "$\\rho = 0.999$").replace("RESULT", "0.145")
    assert verdicts_by_line(text)[9][-1] == "PASSED"


def test_unstated_or_rounded_hyperparameter_stays_a_possible_rounding() -> None:
    for given in ("the decay rate", "$\\rho \\approx 0.999$"):
        text = _CARRIED.replace("GIVEN", given).replace("RESULT", "0.0145")
        assert verdicts_by_line(text)[9][-1] == "SKIPPED", given


def test_given_decimals_are_data_and_their_complements() -> None:
    from verifier.documents.givendata import given_decimals

    class Doc:
        text = "Take $\\beta = 0.9$.\n\nSo $p = \\sigma(2) = 0.88$.\n\n$$\\gamma = 0.25$$\n\nLater.\n"

    found = given_decimals(Doc(), 7)
    assert Fraction(9, 10) in found and Fraction(1, 10) in found
    assert Fraction(88, 100) not in found and Fraction(1, 4) not in found
    assert given_decimals(Doc(), 1) == frozenset()
