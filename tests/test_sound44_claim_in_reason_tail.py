r"""An equation the note after a step claims is a step of its own (sound44, documents.notedclaims).

``\frac{d}{dx}x^3 = 3x^2 \text{ (by the power rule, and } \frac{d}{dx}x^2 = 3x)`` kept the step PROVED and the
second equation, inside the reason's parentheses, was never checked nor reported (redteam43). An equation in the
note's math after a word that adds a claim ("and", "so", "hence" …) is now checked as a display's; after a reason
or condition word ("as", "since", "with") it stays the step's condition (documents.notedcondition). Every example
is written here."""

from __future__ import annotations

from support import verdicts_by_line


def _line(display: str) -> list[str]:
    return verdicts_by_line(f"# Tail\n\n$${display}$$\n")[3]


def test_a_wrong_claim_in_the_reason_is_failed() -> None:
    assert _line(r"\frac{d}{dx}x^3 = 3x^2 \text{ (by the power rule, and } \frac{d}{dx}x^2 = 3x)") == \
        ["PROVED", "FAILED"]
    assert "FAILED" in _line(r"\frac{d}{dx}x^4 = 4x^3 \text{ (by the power rule; so } \frac{d}{dx}x^2 = x \text{)}")


def test_a_right_claim_in_the_reason_is_proved() -> None:
    assert _line(r"\frac{d}{dx}x^3 = 3x^2 \text{ (by the power rule, and } \frac{d}{dx}x^2 = 2x)") == \
        ["PROVED", "PROVED"]


def test_a_condition_in_the_reason_is_no_claim() -> None:
    assert _line(r"(a + b)^2 = a^2 + 2ab + b^2 \text{ (by the binomial rule, as } ab = 0 \text{)}") == ["PROVED"]
    assert _line(r"\frac{d}{dx}x^3 = 3x^2 \text{ (by the power rule)}") == ["PROVED"]
