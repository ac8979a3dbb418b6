r"""``$$\pi = (\tfrac14, \tfrac14, \tfrac12) = (0.25, 0.25, 0.5)$$``: a policy's probabilities, not the constant π.

The softmax policy-gradient note writes the policy's probabilities as a tuple under the name π. The letter was
read as the circle's constant, a scalar, and the first link FAILED with "shape mismatch" (a false alarm of v0.29.0,
fresh32). A display that sets a name to a list of numbers states a worked value (documents.stated, as
``w = [0.5, -1]`` and a ``pmatrix`` of numbers already did): SKIPPED; the arithmetic after it is still checked."""

from __future__ import annotations

from support import verdicts_by_line


def _lines(display: str) -> dict[int, list[str]]:
    return verdicts_by_line(f"# Policy\n\nThe normaliser is $4$, so\n\n$${display}$$\n")


def test_pi_set_to_a_tuple_of_fractions_is_a_stated_value() -> None:
    assert _lines(r"\pi = \left(\tfrac14, \tfrac14, \tfrac12\right) = (0.25, 0.25, 0.5).") == {5: ["SKIPPED", "PROVED"]}


def test_pi_set_to_a_tuple_of_decimals_is_a_stated_value() -> None:
    assert _lines(r"\pi = (0.25, 0.25, 0.5).") == {5: ["SKIPPED"]}


def test_a_wrong_entry_after_it_still_fails() -> None:
    wrong = r"\pi = \left(\tfrac14, \tfrac14, \tfrac12\right) = (0.25, 0.25, 0.25)."
    assert _lines(wrong) == {5: ["SKIPPED", "FAILED"]}


def test_the_constant_against_a_number_is_still_checked() -> None:
    assert _lines(r"2\pi = 6.3832")[5] == ["FAILED"]
