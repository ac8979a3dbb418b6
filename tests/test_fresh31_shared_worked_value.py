r"""``$p_2 = p_3 = 1/9.389 \approx 0.1065$``: two names given one worked value, computed in the same chain.

The z-loss note gives the two equal softmax probabilities together. An inline chain whose head and next member
are names is read as values set together (``$w = b = 0$``, no computation), and was dropped whole although a
later member computes (``1/9.389``): the planted ``\approx 0.1165`` had no step on v0.28.0 (fresh31). A chain is
a worked value when any member between its head and its end computes (documents.inlineclaims)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _verdicts(inline: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(f"# Softmax\n\nThe two small ones are ${inline}$.\n")]


def test_a_wrong_shared_value_fails() -> None:
    assert _verdicts("p_2 = p_3 = 1/9.389 \\approx 0.1165")[-1] is Verdict.FAILED


def test_the_right_shared_value_is_passed_and_the_names_are_not_failed() -> None:
    verdicts = _verdicts("p_2 = p_3 = 1/9.389 \\approx 0.1065")
    assert verdicts[-1] is Verdict.PASSED and Verdict.FAILED not in verdicts


def test_values_set_together_stay_unchecked() -> None:
    assert _verdicts("w = b = 0") == []
