r"""A capital the notes only divide by with a slash (``z_i/T``, a softmax temperature) is a number.

``p_i = \frac{\exp(z_i/T)}{\sum_j \exp(z_j/T)}`` then ``\frac{\partial p_i}{\partial z_j} = \frac{1}{T}
p_i(\delta_{ij} - p_j)``: the correct derivative was SKIPPED "holds only with T read as numbers", T doubted
as a matrix (documents.weights) because ``z_i/T`` was not counted as a division (documents.divisors knew
only ``\frac``). Examples written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.divisors import divisor_capitals

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
Softmax with temperature: $p_i = \frac{\exp(z_i/T)}{\sum_j \exp(z_j/T)}$ gives

$$\frac{\partial p_i}{\partial z_j} = {rhs}$$
"""


def _verdict(rhs: str) -> tuple[str, str]:
    step = doc_steps(_NOTES.replace("{rhs}", rhs))[-1]
    return step.verdict.value, step.message


def test_the_temperature_derivative_is_green() -> None:
    verdict, message = _verdict(r"\frac{1}{T} p_i(\delta_{ij} - p_j)")
    assert verdict in GREEN, message


def test_a_forgotten_temperature_is_failed() -> None:
    verdict, message = _verdict(r"p_i(\delta_{ij} - p_j)")
    assert verdict == "FAILED", message


def test_a_temperature_multiplied_instead_of_divided_is_not_green() -> None:
    verdict, message = _verdict(r"T p_i(\delta_{ij} - p_j)")
    assert verdict not in GREEN, message


def test_a_slash_divides_by_the_capital_after_it() -> None:
    assert divisor_capitals([r"\exp(z_i/T)", r"x / {N}"]) == {"T", "N"}
    assert divisor_capitals([r"\exp(z_i/T)", r"T x"]) == frozenset()  # also multiplies: maybe a matrix
    assert divisor_capitals([r"A/b"]) == frozenset()  # divided, not dividing
