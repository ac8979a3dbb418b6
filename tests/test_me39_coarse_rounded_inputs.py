r"""roundedinputs (sound39) reads a worked formula's decimals as roundings of the chain's exact member; a
one-digit decimal the notes computed (0.005 for 0.001 · 5) is no rounding — its "rounding" is ±10 % — so a
wrong denominator (1.025 for 1 + 0.0005 · 5 = 1.0025) was PASSED "within the rounding written" (fresh26's
LARS note, a planted mistake gone green in the merge)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def test_a_wrong_denominator_is_not_a_rounding_of_a_one_digit_input() -> None:
    steps = doc_steps(
        r"""
        $$\lambda = 0.001 \cdot \frac{5}{1 + 0.0005 \cdot 5} = \frac{0.005}{1.025} \approx 0.004988$$
        """,
    )
    assert steps[-1].verdict not in _GREEN, steps[-1].message


def test_a_one_digit_input_the_earlier_member_writes_stays_exact() -> None:
    steps = doc_steps(
        r"""
        $$\frac{4}{3} \cdot 0.5 = 1.333 \cdot 0.5 = \frac{2}{3}$$
        """,
    )
    assert steps[0].verdict in _GREEN, steps[0].message
