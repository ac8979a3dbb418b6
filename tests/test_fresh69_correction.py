r"""A student's correction: "Correction: the denominator was wrong," then the fixed formula (fresh69).

The cue "wrong," before a display rejects it ("The wrong formula:", "This is wrong:"); said in the past of a
formula written before ("… above were wrong,", "my first … was wrong:") or under a "Correction:" label, it owns
up to an earlier formula, and the display after it is the notes' own answer: checked, green where it holds (it was
SKIPPED "the notes reject this formula"). "My answer was wrong:" may show that answer. Where the display fails it
may be the earlier formula shown again as well as a wrong fix (redmid63 M2): SKIPPED saying so, never FAILED.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

NOTE = r"""
```verify
q: real, 0 < q < 1
```
{prose}

$$
\frac{{1}}{{q}} + \frac{{1}}{{1 - q}} = \frac{{1}}{{q(1 {sign} q)}}
$$
"""


@pytest.mark.parametrize(
    "prose",
    [
        "Correction: the denominator was wrong,",
        "My first denominator was wrong:",
        "The signs I used above were wrong,",
        "Correction: the earlier version is wrong:",
    ],
)
def test_a_rewrite_after_an_admitted_mistake_is_checked(prose: str) -> None:
    assert [s.verdict for s in doc_steps(NOTE.format(prose=prose, sign="-"))] == [Verdict.PROVED]
    failing = doc_steps(NOTE.format(prose=prose, sign="+"))
    assert [s.verdict for s in failing] == [Verdict.SKIPPED]
    assert "the fixed formula or the earlier one shown again" in failing[0].message


@pytest.mark.parametrize(
    "prose", ["The wrong formula:", "A common mistake is", "This is wrong:", "My answer was wrong:"]
)
def test_a_formula_the_notes_call_wrong_is_still_rejected(prose: str) -> None:
    got = doc_steps(NOTE.format(prose=prose, sign="+"))
    assert [s.verdict for s in got] == [Verdict.SKIPPED]
    assert "the notes reject this formula" in got[0].message
