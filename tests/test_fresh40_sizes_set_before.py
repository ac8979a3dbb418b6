r"""Sizes the sentence leading in to a step sets decide a step written for those sizes only.

"Take $n = 4$ and $m = 3$:" and then ``\sum_{i=1}^{3} d_i x_{i+1} = d_1 x_2 + d_2 x_3 + d_3 x_4``: the step was
SKIPPED "the \sum over i is written from 1 to 3, but d has m entries (a size the notes leave general)" — read at
the drawn sizes it cannot be general, and the sizes the sentence sets were tried only for a FAILED step or a shape
clash (documents.statedsizes). Now such a step is checked at the lead-in's sizes (the sum read at them,
documents.datalength): right there it is green, said so; wrong there it is never green (SKIPPED, as a shape clash
failing there is: the doubts a failure is weighed by were not asked at those sizes). Examples written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = """# Convolution

Let $x \\in \\mathbb{R}^n$ and $d \\in \\mathbb{R}^{m}$. Take $n = 4$ and $m = 3$:

$$\\sum_{i=1}^{3} d_i x_{i+1} = {right}$$
"""


def test_a_step_right_at_the_lead_in_sizes_is_green() -> None:
    r = doc_steps(NOTES.replace("{right}", "d_1 x_2 + d_2 x_3 + d_3 x_4"))[-1]
    assert r.verdict in (Verdict.PROVED, Verdict.PASSED), r.message
    assert "m = 3" in r.message and "n = 4" in r.message, r.message


def test_a_step_wrong_there_is_not_green() -> None:
    r = doc_steps(NOTES.replace("{right}", "d_1 x_1 + d_2 x_2 + d_3 x_3"))[-1]
    assert r.verdict in (Verdict.SKIPPED, Verdict.FAILED), r.message


def test_sizes_set_earlier_do_not_make_it_green() -> None:
    earlier = NOTES.replace("$m = 3$:", "$m = 3$.\n\n$$x = x$$\n\nThen")
    r = doc_steps(earlier.replace("{right}", "d_1 x_2 + d_2 x_3 + d_3 x_4"))[-1]
    assert r.verdict is Verdict.SKIPPED, r.message
