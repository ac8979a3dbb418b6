r"""A name defined anew earlier on a chain's own line is not read by the old definition for a FAILED.

"(b) Poisson. Here $A(\eta) = e^\eta$; hence $A'(\eta) = A''(\eta) = e^\eta$." after part (a)'s
$A(\eta) = \log(1 + e^\eta)$: the renewal holds for the lines after it, but the claim later on its own line
was read with part (a)'s A and FAILED, a false alarm. Such a step is SKIPPED, naming both lines
(documents.disagreeing); a claim before the renewal on the line, or on another line, is unchanged."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = ("(a) The log-partition is $A(\\eta) = \\log(1 + e^\\eta)$. Then $A'(\\eta) = \\frac{e^\\eta}{1+e^\\eta}$.\n\n"
          "(b) Poisson. {LINE}\n")


def test_a_claim_after_the_renewal_on_its_line_is_not_failed() -> None:
    steps = doc_steps(_NOTES.replace("{LINE}", "Here $A(\\eta) = e^\\eta$; hence $A'(\\eta) = A''(\\eta) = e^\\eta$."))
    assert steps[0].verdict is Verdict.PROVED, steps[0].message
    assert not [s for s in steps if s.verdict is Verdict.FAILED], [s.message for s in steps]
    assert any("anew" in (s.message or "") and "line 3" in (s.message or "") for s in steps[1:])


def test_a_claim_before_the_renewal_keeps_its_failed() -> None:
    steps = doc_steps(_NOTES.replace("{LINE}", "We get $A'(\\eta) = e^\\eta$, and later $A(\\eta) = e^\\eta$."))
    assert any(s.verdict is Verdict.FAILED for s in steps), [s.message for s in steps]
