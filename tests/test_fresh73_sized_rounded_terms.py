r"""``0.75\bigl(1 - \Phi(1.5)\bigr) + 0.25\,\Phi(-0.5) \approx 0.0501 + 0.0771``: a worked error rate, term by term.

An ``\approx`` between two formulas of numbers, with a decimal in one, rounds each term and is checked as ``=``
(documents.roundedapprox). A sizing bracket (``\bigl(`` … ``\bigr)``, ``\Big(``) counted as a name there, and so did
the normal CDF Φ applied to a number, so such a link stayed "not an equality" and a wrong term after it was never
looked at (fresh73's Bayes-threshold note: the error of a threshold rule, worked to four decimals).
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_PHI = """
# The error of a threshold

Here $\\Phi$ is the standard normal CDF. With the threshold at $1.5$ the error is

$$R = 0.75\\,\\bigl(1 - \\Phi(1.5)\\bigr) + 0.25\\,\\Phi(-0.5) \\approx {a} + 0.0771 .$$
"""

_SIZED = """
# A weighted sum

The weighted log-loss of the two examples is

$$0.5\\Bigl(\\log 2 + \\log 3\\Bigr) + 0.2 \\approx {a} + 0.2 .$$
"""


def _verdicts(notes: str, a: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(notes.format(a=a))]


def test_a_right_rounding_under_phi_is_green() -> None:
    assert _verdicts(_PHI, "0.0501")[-1] in (Verdict.PASSED, Verdict.PROVED)


def test_a_wrong_term_under_phi_fails() -> None:
    assert Verdict.FAILED in _verdicts(_PHI, "0.0601")


def test_a_right_rounding_in_sized_brackets_is_green() -> None:
    assert _verdicts(_SIZED, "0.8959")[-1] in (Verdict.PASSED, Verdict.PROVED)


def test_a_wrong_term_in_sized_brackets_fails() -> None:
    assert Verdict.FAILED in _verdicts(_SIZED, "0.9959")


_NAMED = """
# The error of a threshold

Here $\\Phi$ is the standard normal CDF. The error of the rule is

$$R = 0.25\\,\\Phi(-0.5) + 1 \\approx {a} .$$
"""


def test_a_named_cdf_after_a_sampled_name_is_rounded_green() -> None:
    # the chain's R is sampled beside the worked number: Φ, named the CDF by the prose, is no unknown function
    steps = doc_steps(_NAMED.format(a="1.0771"))
    assert steps[-1].verdict is Verdict.PASSED
    assert "standard normal CDF" in (steps[-1].message or "")


def test_a_wrong_digit_after_a_sampled_name_fails() -> None:
    assert doc_steps(_NAMED.format(a="1.0781"))[-1].verdict is Verdict.FAILED
