r"""One significant digit of a short exact value reached through a function at a special point:
``\frac{0.001}{2}(1 + \cos\frac{\pi}{2}) = 0.001`` is exactly 0.0005 (the cosine is 0), written 0.001 with ``=``:
a slip, not a rounding to call PASSED (fresh61's warmup note, a GREEN). Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings


def verdicts(text: str) -> list[str]:
    check = check_text(text, "notes.md", Settings())
    return [s.verdict.value for ch in check.chains for s in ch.result.steps]


def test_a_cosine_at_a_special_point_is_an_exact_value() -> None:
    got = verdicts("# Schedule\n\nHalfway, $\\frac{0.001}{2}\\left(1 + \\cos\\frac{\\pi}{2}\\right) = 0.001$.\n")
    assert got and got[-1] not in ("PROVED", "PASSED")


def test_the_right_value_is_still_green() -> None:
    got = verdicts("# Schedule\n\nHalfway, $\\frac{0.001}{2}\\left(1 + \\cos\\frac{\\pi}{2}\\right) = 0.0005$.\n")
    assert got and got[-1] in ("PROVED", "PASSED")


def test_a_rounding_with_approx_stands() -> None:
    text = "# Schedule\n\nHalfway, $\\frac{0.001}{2}\\left(1 + \\cos\\frac{\\pi}{3}\\right) \\approx 0.0008$.\n"
    got = verdicts(text)
    assert got and got[-1] in ("PROVED", "PASSED")
