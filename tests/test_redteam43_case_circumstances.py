r"""A wrong value at a case is FAILED only where nothing in the prose changes the model first (redteam43,
documents.casevalues.plainly_at_case, used by guesses).

review42 kept "$$y = 2x + 1$$ When $x = 3$, $y = 8$." FAILED and SKIPPED a case after "if", "suppose", "doubled" …
in the words before its cue. Other words that change the model were not seen, and each right value under them was
FAILED (false alarms): "Without the bias, when $x = 3$, $y = 6$." (y = 2x), "With the bias removed, when …", "Had we
used the squared input, when $x = 3$, $y = 10$.", a change in the sentence before on the same line ("Now drop the
bias term. When $x = 3$, $y = 6$."), between the case and the value ("When $x = 3$ and the bias is dropped, $y =
6$."), and a second case on a line whose first is plain ("When $x = 3$, $y = 7$. If we doubled the slope, then when
$x = 3$, $y = 13$.": the words were looked for before the line's first cue only). Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_DEF = "# Line\n\n$$y = 2x + 1$$\n\n"


def _last(body: str) -> Verdict:
    return doc_steps(_DEF + body)[-1].verdict


@pytest.mark.parametrize("body", [
    "Without the bias, when $x = 3$, $y = 6$.\n",
    "With the bias removed, when $x = 3$, $y = 6$.\n",
    "Had we used the squared input, when $x = 3$, $y = 10$.\n",
    "Now drop the bias term. When $x = 3$, $y = 6$.\n",
    "Now drop the bias term.\n\nWhen $x = 3$, $y = 6$.\n",
    "When $x = 3$ and the bias is dropped, $y = 6$.\n",
    "When $x = 3$, the unbiased output is $y = 6$.\n",
    "When $x = 3$, $y = 7$. If we doubled the slope, then when $x = 3$, $y = 13$.\n",
])
def test_a_case_after_words_changing_the_model_is_not_failed(body: str) -> None:
    assert _last(body) is Verdict.SKIPPED


@pytest.mark.parametrize("body, verdict", [
    ("When $x = 3$, $y = 8$.\n", Verdict.FAILED),
    ("So when $x = 3$, $y = 8$.\n", Verdict.FAILED),
    ("For example, when $x = 3$, the output is $y = 8$.\n", Verdict.FAILED),
    ("When $x = 3$, $y = 7$. When $x = 2$, $y = 6$.\n", Verdict.FAILED),
    ("When $x = 3$, $y = 7$.\n", Verdict.PROVED),
    ("Without the bias, when $x = 3$, $y = 7$.\n", Verdict.PROVED),  # right for the model as defined: no guess
])
def test_a_plain_case_keeps_its_verdict(body: str, verdict: Verdict) -> None:
    assert _last(body) is verdict
