r"""The variance of a quantity the notes call constant may be zero: no gap of a positive moment (sound56).

gaps55 made a step FAILED where its sides differ by a nonzero factor times a variance both sides write, "> 0 for
every non-degenerate distribution": ``\operatorname{Var}(2X) = 2\operatorname{Var}(X)``. But where the prose calls
the variance's argument a constant ("Let $a$ be a constant", "for a constant $c$", "a deterministic $c$"), that
variable is degenerate: ``\operatorname{Var}(3a) = 3\operatorname{Var}(a)`` holds (both are 0). Such a step is not
FAILED by that rule (SKIPPED with what it needs, or PROVED where gaps56's reading of the same words takes the
constant out of Var); a variance of a random quantity beside it keeps the rule. Every
note here is written for this test."""

from __future__ import annotations

import pytest
from support import display_step


@pytest.mark.parametrize(
    "prose",
    [
        "Let $a$ be a constant. Since a constant does not vary,",
        "For a constant $a$,",
        "For any constants $a$ and $b$,",
        "Here $a$ is a constant, so",
        "For a deterministic $a$,",
    ],
)
def test_the_variance_of_a_said_constant_is_no_positive_moment(prose: str) -> None:
    step = display_step(r"\operatorname{Var}(3a) = 3\operatorname{Var}(a)", prose)
    # SKIPPED with what it needs, or PROVED where the constant is read as deterministic (gaps56: Var(a) = 0)
    assert step.verdict.value in ("SKIPPED", "PROVED"), step.message
    assert "non-degenerate" not in step.message, step.message


def test_a_random_variable_beside_a_said_constant_keeps_the_rule() -> None:
    latex = r"\operatorname{Var}(3X) + \operatorname{Var}(a) = 3\operatorname{Var}(X) + \operatorname{Var}(a)"
    step = display_step(latex, "For a constant $a$ and a random variable $X$,")
    assert step.verdict.value == "FAILED", step.message
    assert "non-degenerate" in step.message, step.message
