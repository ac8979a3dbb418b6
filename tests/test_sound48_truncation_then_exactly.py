r"""A truncation said in an earlier sentence does not excuse a step the sentence that leads to it calls exact.

documents.truncations reads the paragraph before a FAILED display for words that make it a truncation ("to first
order in $\epsilon$"). "We work to first order in $\epsilon$ from now on. Exactly, however, $$(1 + \epsilon)^2 x = x +
2\epsilon x$$" was SKIPPED by the earlier sentence, though the display's own sentence says it is exact (sound47's
leftover): it is FAILED now. A truncation word in the display's own sentence still excuses it. Every example is my
own.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_STEP = "$$(1 + \\epsilon)^2 x = x + 2\\epsilon x$$\n"


def _verdict(lead: str) -> Verdict:
    return doc_steps(f"# Expansion\n\n{lead}\n{_STEP}")[-1].verdict


def test_an_exact_step_after_a_truncation_sentence_is_failed() -> None:
    assert _verdict("We work to first order in $\\epsilon$ from now on. Exactly, however,") is Verdict.FAILED


def test_a_step_called_an_exact_identity_after_a_truncation_sentence_is_failed() -> None:
    assert _verdict("We neglect terms beyond first order in $\\epsilon$ later. The exact identity reads") \
        is Verdict.FAILED


def test_the_truncation_in_the_display_sentence_still_excuses_it() -> None:
    assert _verdict("To first order in $\\epsilon$,") is Verdict.SKIPPED


def test_exact_to_first_order_in_one_sentence_still_excuses_it() -> None:
    assert _verdict("The expansion is exact to first order in $\\epsilon$:") is Verdict.SKIPPED
