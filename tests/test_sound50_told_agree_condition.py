r"""A lone equation the sentence before gives as a fact about the case ("We are told that the two costs agree,
$$a x + b = b x + a$$") is a condition, not a rewriting to check.

documents.samenames takes a display with the same names on both sides for an identity (a rewriting) unless the
sentence before it calls it a condition. "We are told that …" gives the case's data, and two quantities that
"agree" may agree only at the values asked for (here x = 1 or a = b): read as an identity the step was FAILED,
though under the plausible reading (a condition given) nothing is claimed. It is SKIPPED now ("nothing says it
is an identity"); a display the sentence calls a rewriting ("Expanding, …") is checked as before. Every example is
my own.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


def _only(body: str) -> Verdict:
    (step,) = doc_steps(body)
    return step.verdict


@pytest.mark.parametrize("lead", [
    "We are told that the two costs agree,",
    "We are told that",
    "Given that the two prices agree,",
    "The two costs agree:",
])  # fmt: skip
def test_a_given_agreement_is_no_identity(lead: str) -> None:
    assert _only(f"# Costs\n\n{lead}\n$$a x + b = b x + a$$\n") is Verdict.SKIPPED


def test_a_rewriting_is_still_checked() -> None:
    assert _only("# Costs\n\nExpanding,\n$$a (x + b) = a x + b$$\n") is Verdict.FAILED
