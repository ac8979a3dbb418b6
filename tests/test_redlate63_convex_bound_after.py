r"""A bound on the optimised variable stated after the optimum, or on its own line, is a domain too (redlate63).

gaps63 proves a closed-form optimiser of an objective convex by its form: a zero gradient is the minimum over the
whole space. A domain short of it keeps the step SKIPPED, but the bounds were read only in the lines before the
chain (``for $t > 0$. $$\arg\min_t g(t) = -3$$``): ``$$\arg\min_t (t + 3)^2 = -3$$ for $t > 0$.`` and the inline
``$\arg\min_t g(t) = -3$ for $t > 0$`` were PROVED — over t > 0 the minimum is not attained at -3 (-3 is no
positive number). The bound written beside the optimum (its line, the two lines after the display) is read so.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_DEFINE = "Define $g(t) = (t + 3)^2$.\n\n"


@pytest.mark.parametrize(
    "claim",
    [
        "$$\\arg\\min_t g(t) = -3$$\n\nfor $t > 0$.\n",
        "$$\\arg\\min_t g(t) = -3$$\nfor $t > 0$.\n",
        "The minimiser is $\\arg\\min_t g(t) = -3$ for $t > 0$.\n",
        "For $t > 0$ the minimiser is $\\arg\\min_t g(t) = -3$.\n",
    ],
)
def test_a_bound_beside_the_optimum_keeps_it_unproved(claim: str) -> None:
    step = doc_steps(_DEFINE + claim)[-1]
    assert step.verdict is not Verdict.PROVED, step.message


def test_the_optimum_over_the_whole_space_is_still_proved() -> None:
    step = doc_steps(_DEFINE + "$$\\arg\\min_t g(t) = -3$$\n\nThis is the vertex of the parabola.\n")[-1]
    assert step.verdict is Verdict.PROVED, step.message
    assert "convex" in step.message


@pytest.mark.parametrize(
    "define, claim",
    [
        ("Define $g(t) = (t - 0.5)^2$ over the integers.", "\\arg\\min_t g(t) = 0.5"),
        ("Define $g(t) = (t + 3)^2$.", "\\arg\\min_{t \\in \\mathbb{N}} g(t) = -3"),
        ("Define $g(t) = (t + 3)^2$.", "\\arg\\min_{t \\in \\mathbb{Z}} g(t) = -3.5"),
        ("Define $g(t) = (t - 1)^2$ on $[2, 5]$.", "\\arg\\min_t g(t) = 1"),
        ("Define $g(t) = (t - 1)^2$ for $t$ between 2 and 5.", "\\arg\\min_t g(t) = 1"),
        ("Define $g(t) = (t + 3)^2$ where $t$ is a probability.", "\\arg\\min_t g(t) = -3"),
    ],
)
def test_a_domain_short_of_the_real_line_keeps_it_unproved(define: str, claim: str) -> None:
    # integers, an interval, a probability: a convex objective's stationary point is no minimum there
    step = doc_steps(f"{define}\n\n$${claim}$$\n")[-1]
    assert step.verdict is not Verdict.PROVED, step.message
