"""A name the prose quantifies over ("for any constant $c$") is part of the claim, not a hidden input.

A step in which such a name appears on one side only used to be excused as "relates it to the other
side in a way the checker cannot see"; the notes say the identity holds for every value of it.
"""

from __future__ import annotations

from support import doc_steps

LSE = r"""
For any constant $c$,

$$ \log \sum_{j=1}^K e^{z_j - c} {sign} c = \log \sum_{j=1}^K e^{z_j} $$
"""


def _step(sign: str, text: str = LSE):
    (step,) = doc_steps(text.replace("{sign}", sign))
    return step


def test_shift_invariance_for_any_constant_holds() -> None:
    step = _step("+")
    assert step.verdict.name in ("PROVED", "PASSED"), step.message


def test_a_sign_slip_in_a_claim_for_any_constant_is_failed() -> None:
    step = _step("-")
    assert step.verdict.name == "FAILED", step.message


def test_without_the_quantifier_a_one_sided_name_is_still_a_doubt() -> None:
    step = _step("-", LSE.replace("For any constant $c$,", "Then"))
    assert step.verdict.name == "SKIPPED" and "one side only" in step.message, step.message
