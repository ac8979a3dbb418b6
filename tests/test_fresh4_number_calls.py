r"""A capital or Greek name before a number in parentheses (``\Phi(0)``, ``F(1)``) is a value of a
function at that number, not the name times the number: ``\Phi(0) = \tfrac12`` for the normal CDF
was FAILED as ``0 = 1/2``. Such a step is SKIPPED (the function is not defined in the notes); a step
that only multiplies (``2(x + 1)``) or applies a known function (``\sigma(0) = 1``, wrong) keeps its
verdict. Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.numbercalls import applied_to_numbers
from verifier.engine import Settings


def verdicts(notes: str) -> list[tuple[str, str]]:
    result = check_text(notes, "notes.md", Settings())
    return [(s.verdict.value, s.message or "") for ch in result.chains for s in ch.result.steps]


def test_value_of_an_undefined_function_at_a_number_is_not_failed() -> None:
    found = verdicts("Let $\\Phi$ be the standard normal CDF. At $x = 0$ this is $\\Phi(0) = \\tfrac12$.\n")
    assert [v for v, _ in found] == ["SKIPPED"], found
    assert "Phi(0)" in found[0][1]
    found = verdicts("At two, $F(2) = 1 + F(0)$.\n")
    assert [v for v, _ in found] == ["SKIPPED"], found


def test_a_known_function_at_a_number_keeps_its_verdict() -> None:
    assert [v for v, _ in verdicts("We have $\\sigma(0) = 1$.\n")] == ["FAILED"]
    assert [v for v, _ in verdicts("We have $\\sigma(0) = \\frac{1}{2}$.\n")] in (["PROVED"], ["PASSED"])


def test_which_texts_apply_a_name_to_a_number() -> None:
    assert applied_to_numbers(r"\Phi(0) + 1") == {"Phi(0)"}
    assert applied_to_numbers(r"F_{X}(1.5)") == {"F(1.5)"}
    assert applied_to_numbers(r"2(x + 1)") == set()
    assert applied_to_numbers(r"\frac{1}{2}(3)") == set()
