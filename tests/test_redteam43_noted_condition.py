r"""A note after an equation that writes a condition in math keeps a failure of the equation from being FAILED
(redteam43, documents.notedcondition).

``\text{ since …}`` after an equation was already the step's note, and lead42 made a reason (``\text{ (by …)}``,
``\text{ using …}``) one too. Where that note goes on to state a condition in math, the equation was still checked
as an identity and FAILED, though it holds under the condition written beside it: ``(a + b)^2 = a^2 + b^2 \text{
since } ab = 0``, ``\text{ if } ab = 0``, ``\text{ (by the binomial rule, as } ab = 0 \text{)}``, ``\text{ (using }
\mathbb{E}[X] = 0)``. It is SKIPPED now, naming the condition (not read under it); a wrong step beside a reason that
writes no condition stays FAILED. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


def _verdicts(display: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(f"# Note\n\n$${display}$$\n")]


@pytest.mark.parametrize("display", [
    r"(a + b)^2 = a^2 + b^2 \text{ since } ab = 0",
    r"(a + b)^2 = a^2 + b^2 \text{ if } ab = 0",
    r"(a + b)^2 = a^2 + b^2 \text{ (by the binomial rule, as } ab = 0 \text{)}",
    r"(a + b)^2 = a^2 + b^2 \text{ (by the binomial rule, with } ab = 0)",
    r"(x + 1)^2 - 1 = x^2 \text{ because } x = 0",
])
def test_a_failure_beside_a_noted_condition_is_not_failed(display: str) -> None:
    verdicts = _verdicts(display)
    assert verdicts and Verdict.FAILED not in verdicts


@pytest.mark.parametrize("display, verdict", [
    (r"(a + b)^2 = a^2 + b^2 \text{ (by the binomial rule)}", Verdict.FAILED),
    (r"\frac{d}{dx} x^3 = 3x \text{ since } n = 3", Verdict.FAILED),  # the condition writes none of the step's names
    (r"(a + b)^2 = a^2 + 2ab + b^2 \text{ since } ab = 0", Verdict.PROVED),
])
def test_other_notes_keep_the_verdict(display: str, verdict: Verdict) -> None:
    assert _verdicts(display) == [verdict]
