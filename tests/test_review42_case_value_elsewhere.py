r"""A wrong value at a case is FAILED only where the definition is plainly the one meant (review42,
documents.casevalues / guesses).

sound42 made "$$y = 2x + 1$$ When $x = 3$, $y = 8$." FAILED: the case fixes every input. But "If we doubled the slope,
then when $x = 3$, $y = 13$" (right for y = 4x + 1) and a case under a later heading whose prose describes another
model ("## Second model … When $x = 3$, $y = 10$") were FAILED too — false alarms; v0.28.0 SKIPPED them as worked
numbers whose values the notes give only in prose. Every example is written here."""

from __future__ import annotations

import pytest
from support import last_verdict

from verifier.results import Verdict


@pytest.mark.parametrize("body", [
    "# Line\n\n$$y = 2x + 1$$\n\nIf we doubled the slope, then when $x = 3$, $y = 13$.\n",
    "# Line\n\n$$y = 2x + 1$$\n\nSuppose the slope were 4; when $x = 3$, $y = 13$.\n",
    "# Models\n\n$$y = 2x + 1$$\n\n## Second model\n\nHere the output is the squared input plus one. "
    "When $x = 3$, $y = 10$.\n",
])
def test_a_case_in_other_circumstances_is_not_failed(body: str) -> None:
    assert last_verdict(body) is Verdict.SKIPPED


@pytest.mark.parametrize("body, verdict", [
    ("# Line\n\n$$y = 2x + 1$$\n\nWhen $x = 3$, $y = 8$.\n", Verdict.FAILED),
    ("# Line\n\n$$y = 2x + 1$$\n\nWhen $x = 3$, $y = 7$.\n", Verdict.PROVED),
    ("# Line\n\n## Model\n\n$$y = 2x + 1$$\n\nWhen $x = 3$, $y = 8$.\n", Verdict.FAILED),
])
def test_a_plain_case_keeps_its_verdict(body: str, verdict: Verdict) -> None:
    assert last_verdict(body) is verdict
