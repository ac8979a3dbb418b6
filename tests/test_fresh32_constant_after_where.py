r"""``where $\frac12 \ln(2\pi e) \approx 1.4189$``: a worked constant after "where" is arithmetic to check.

The SAC note gives a Gaussian's entropy as ``\frac12 \ln(2\pi e) + \ln\sigma``, "where $\frac12 \ln(2\pi e)
\approx 1.4189$". After "where" an inline formula is read as a condition, and the formula was no arithmetic
either (documents.inlinearithmetic) because its bare ``e`` counted as a name: the planted ``\approx 2.8379`` had
no step (a false green of v0.29.0, fresh32). Euler's number counts as a number there, as π does — unless the
notes name their own e (an error, a residual)."""

from __future__ import annotations

from support import verdicts_by_line


def _lines(sentence: str) -> dict[int, list[str]]:
    return verdicts_by_line(f"# Entropy\n\nThe entropy is $\\frac12 + \\ln \\sigma$ plus a constant, {sentence}\n")


def test_a_wrong_constant_after_where_fails() -> None:
    assert _lines(r"where $\frac12 \ln(2\pi e) \approx 2.8379$.") == {3: ["FAILED"]}


def test_the_right_constant_after_where_passes() -> None:
    assert _lines(r"where $\frac12 \ln(2\pi e) \approx 1.4189$.") == {3: ["PASSED"]}


def test_the_notes_own_error_e_is_no_number() -> None:
    text = "# Errors\n\nLet $e$ be the error of the model.\n\nThen, where $2e \\approx 0.6$, we stop.\n"
    assert verdicts_by_line(text) == {}


def test_a_bare_e_given_a_value_is_no_arithmetic() -> None:
    assert _lines(r"where $e = 0.3$.") == {}
