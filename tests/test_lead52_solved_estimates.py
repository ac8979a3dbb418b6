r"""A maximum-likelihood solution: ``\frac{k}{p} - \frac{n-k}{1-p} = 0 \Rightarrow \hat p = \frac{k}{n}``.

Two gaps kept it SKIPPED "an equation joined to others by ⇒ … not an identity" (documents.equivalent):
the multiplier between the two equations, ``c = (p^2 - p)/n``, is a fraction, whose factors were never looked at
(``sp.factor_list`` refuses a fraction), though each is a divisor of an equation; and the solution is written with
the estimate's mark (``\hat p``, ``p^*``), a name the equation before does not write. The mark now names the
solution for the letter the equation is in, and a fraction's numerator and denominator are factored apart. A
wrong solution is never green (and never FAILED by this reading)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_GOOD = (Verdict.PROVED, Verdict.PASSED)
_EQUATION = "\\frac{k}{p} - \\frac{n - k}{1 - p} = 0"


def _solution(display: str) -> Verdict:
    steps = [s for c in check_text(f"$${display}$$\n", "notes.md").chains for s in c.result.steps]
    return steps[-1].verdict


@pytest.mark.parametrize("name", ["p", "\\hat p", "\\hat{p}", "p^*"])
def test_the_solution_follows_from_the_equation(name: str) -> None:
    assert _solution(f"{_EQUATION} \\Rightarrow {name} = \\frac{{k}}{{n}}") in _GOOD


@pytest.mark.parametrize("name", ["p", "\\hat p"])
def test_a_wrong_solution_is_not_green(name: str) -> None:
    assert _solution(f"{_EQUATION} \\Rightarrow {name} = \\frac{{k}}{{2n}}") not in _GOOD


def test_a_marked_name_the_equation_writes_is_not_renamed() -> None:
    # \hat p is in the equation itself: it is another quantity, not the solution's name
    assert _solution("\\hat p - 2p = 0 \\Rightarrow \\hat p = p") not in _GOOD
