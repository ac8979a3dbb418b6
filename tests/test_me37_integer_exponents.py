r"""A power whose exponent is a sum's index (or a size) is an integer power: its base may be negative.

``\sum_{n=0}^{2} x^n = 1 + |x| + x^2`` was PROVED: ``x^n`` with n a symbol was read as a fractional power, which
takes only a positive base, so x was inferred positive and the claim checked for x > 0 only — where it holds. An
index of a sum runs over integers, and so does a size; such a power is x·x·…·x and says nothing of x's sign. A
power to a real exponent (``x^{a}``, ``x^{1/2}``) still makes its base positive. Every example is written here."""

from __future__ import annotations

from support import doc_steps


def _verdicts(text: str) -> list[str]:
    return [s.verdict.name for s in doc_steps(text)]


def test_a_wrong_closed_form_true_only_for_positive_bases_is_failed() -> None:
    assert _verdicts("$$\\sum_{n=0}^{2} x^n = 1 + |x| + x^2$$\n") == ["FAILED"]
    assert _verdicts("$$\\sum_{n=1}^{3} x^{2n-1} = |x| + |x|^3 + |x|^5$$\n") == ["FAILED"]


def test_the_right_closed_form_is_proved() -> None:
    assert _verdicts("$$\\sum_{n=0}^{2} x^n = 1 + x + x^2$$\n") == ["PROVED"]


def test_a_power_to_a_size_is_an_integer_power() -> None:
    assert _verdicts("$$\\sum_{n=1}^{N} x^n = \\sum_{n=1}^{N} |x|^n$$\n") == ["FAILED"]


def test_a_real_exponent_still_makes_its_base_positive() -> None:
    assert _verdicts("$$x^{a} x^{b} = x^{a+b}$$\n") == ["PROVED"]
