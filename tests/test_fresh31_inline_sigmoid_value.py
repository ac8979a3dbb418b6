r"""``$P(y \le 1) = \sigma(-1.5) \approx 0.1824$``: a sigmoid of a number is arithmetic in an inline chain.

The ordinal-regression note writes its worked probabilities inline, each headed by a probability whose
condition (``y \le 1``) the grammar cannot read. Such a chain is kept when the members after the head are
numbers alone (documents.inlinearithmetic), but ``\sigma(-1.5)`` counted as an unknown function, so the chain
was dropped and the planted ``\approx 0.8176`` (the complement) had no step: a false green of v0.28.0 (fresh31).
The logistic function applied to numbers is a number, as in a display (``Q = \sigma(-1.5) \approx 0.8176`` was
FAILED there)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _last(inline: str) -> Verdict | None:
    steps = doc_steps(f"# Ordinal\n\nLet $\\eta = 0.5$.\n\nThen ${inline}$ for the lowest class.\n")
    return steps[-1].verdict if steps else None


def test_a_wrong_sigmoid_value_after_an_unreadable_head_fails() -> None:
    assert _last("P(y \\le 1) = \\sigma(-1.5) \\approx 0.8176") is Verdict.FAILED


def test_the_right_value_is_passed() -> None:
    assert _last("P(y \\le 1) = \\sigma(-1.5) \\approx 0.1824") is Verdict.PASSED


def test_an_unknown_function_of_a_number_is_still_no_arithmetic() -> None:
    # since fresh33 an inline chain headed by P(event) is kept, so the step may be there, but only SKIPPED:
    # g(-1.5) is no number to compare with 0.8176
    assert _last("P(y \\le 1) = g(-1.5) \\approx 0.8176") in (None, Verdict.SKIPPED)
