r"""An answer key that describes its common error in words and shows it after a colon: "A common error is to forget
the inner derivative:" then the wrong formula in a display. fresh66's cue took "a common error is to … write" only,
so the key's own warning was FAILED as its mistake (red63). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_KEY = "# Key\n\nLet $g(x) = e^{2x}$. LEAD\n\n$$\nCLAIM\n$$\n\nThe correct answer is $g'(x) = 2e^{2x}$.\n"


def _display(lead: str, claim: str = "g'(x) = e^{2x}") -> list[str]:
    return verdicts_by_line(_KEY.replace("LEAD", lead).replace("CLAIM", claim))[6]


def test_a_common_error_described_before_a_colon_is_rejected() -> None:
    assert _display("A common error is to forget the inner derivative:") == ["SKIPPED"]
    assert _display("A typical mistake is to drop the chain rule:") == ["SKIPPED"]


def test_a_description_that_turns_to_the_answer_is_no_rejection() -> None:
    assert _display("A common error is to forget the inner derivative. The derivative is:") == ["FAILED"]
    assert _display("To avoid the common error, write the chain rule:") == ["FAILED"]


def test_a_rejected_formula_that_holds_is_still_not_green() -> None:
    assert _display("A common error is to forget the inner derivative:", "g'(x) = 2e^{2x}") == ["SKIPPED"]
