r"""A member with no value as written is a convention, not a claim to sample (lead51).

Notes on entropy write "we use the convention $0 \log 0 = 0$"; notes on limits write $\log 0 = -\infty$ or
$\frac{1}{0} = \infty$. Read as written, the left side has no value (SymPy: ``nan``, ``zoo``), so the engine found
no sample point where both sides are finite and reported an ERROR ("narrow the declared domain"), failing the
build of a correct note. Such a step states a convention or a limit: SKIPPED, said why — never green (a wrong
convention is no more checkable than a right one), and never an ERROR.
"""

from __future__ import annotations

import pytest
from support import doc_steps


@pytest.mark.parametrize("claim", [r"0 \log 0 = 0", r"0 \cdot \log 0 = 1", r"\infty - \infty = 0"])
def test_a_member_without_a_value_is_skipped_as_a_convention(claim: str) -> None:
    steps = doc_steps(f"We use the convention ${claim}$ throughout.\n")
    assert len(steps) == 1
    r = steps[0]
    assert r.verdict.value == "SKIPPED", (r.verdict, r.message)
    assert "no value as written" in r.message


@pytest.mark.parametrize("claim", [r"\log 0 = -\infty", r"\frac{1}{0} = \infty"])
def test_an_infinite_member_stays_skipped(claim: str) -> None:
    """An infinite side was already SKIPPED (nothing finite to compare, engine's numbers-only rule)."""
    r = doc_steps(f"By convention ${claim}$.\n")[0]
    assert r.verdict.value == "SKIPPED", (r.verdict, r.message)


def test_a_member_with_a_value_is_checked_as_before() -> None:
    """0^0 is 1 in SymPy (and by the usual convention): a value, so the step is checked."""
    wrong = doc_steps(r"We use $1 \cdot \log 1 = 1$ here." + "\n")[0]
    assert wrong.verdict.value == "FAILED", wrong.message


def test_a_too_narrow_domain_is_still_an_error_elsewhere() -> None:
    """Only a member that is itself undefined is excused: a step with variables keeps its verdict."""
    r = doc_steps(r"$$\frac{d}{dx} x^2 = 2x$$" + "\n")[0]
    assert r.verdict.value in ("PROVED", "PASSED"), r.message
