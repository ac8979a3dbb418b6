r"""A chain from 0 that the prose opens as a condition: its first link is the condition, not a claim.

"At the minimum, $$0 = \nabla_w L = 2X^\top(Xw - y),$$ so $X^\top X w = X^\top y$": the first link sets the
gradient to zero (an equation the notes solve, SKIPPED), the second is an identity (PROVED), and the
conclusion follows from 0 = its last member. It was SKIPPED "shown only where every step of it holds, and one
is SKIPPED" (documents.premises counted the condition itself as a step the conclusion rests on). Where the
words before the chain state the condition (at the minimum, at the optimum, at a stationary point, setting the
gradient to zero) its first link is the condition; every other link must still hold, and a first link that is
FAILED, or a chain with no such words, leaves the conclusion as it was."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_GOOD = (Verdict.PROVED, Verdict.PASSED)
_NOTES = ("The loss is $L(w) = \\|Xw - y\\|^2$. WORDS\n\n$$0 = \\nabla_w L = GRADIENT,$$\n\n"
          "so $X^\\top X w = X^\\top y$.\n")


def _conclusion(words: str, gradient: str = "2X^\\top(Xw - y)") -> Verdict:
    text = _NOTES.replace("WORDS", words).replace("GRADIENT", gradient)
    check = check_text(text, "notes.md")
    return next(s for c in check.chains for s in c.result.steps if s.lhs_latex.startswith("X^\\top X")).verdict


@pytest.mark.parametrize("words", ["At the minimum,", "At the optimum,", "At a stationary point,",
                                   "Setting the gradient to zero,"])
def test_the_conclusion_from_a_stated_condition_is_green(words: str) -> None:
    assert _conclusion(words) in _GOOD


def test_a_wrong_gradient_in_the_chain_keeps_the_conclusion_from_green() -> None:
    assert _conclusion("At the minimum,", "2X^\\top(Xw + y)") not in _GOOD


def test_without_words_stating_the_condition_the_first_link_still_counts() -> None:
    assert _conclusion("We find") not in _GOOD
