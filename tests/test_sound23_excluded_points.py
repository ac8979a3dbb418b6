r"""A point the notes exclude is no counterexample (sound23; redteam28 left "for $x \neq 0$" unread).

redteam28's kink search evaluates a green step exactly at its breakpoints: ``\operatorname{sign}(x)^2 (x+1)^2 =
(x+1)^2`` is FAILED at x = 0. Under "For $x \neq 0$," (the prose, or the display's own ``\qquad (x \neq 0)``,
``\text{for } x \neq 0``, ``(x > 0)``) 0 is no value x takes, and under "almost everywhere" a breakpoint is a
null set: neither is FAILED. Without the restriction the claim stays FAILED."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

CHAIN = "\\operatorname{sign}(x)^2 (x+1)^2 = (x+1)^2 = x^2 + 2x + 1"


@pytest.mark.parametrize("text", [
    f"For $x \\neq 0$,\n$${CHAIN}$$\n",
    f"Let $x \\ne 0$.\n$${CHAIN}$$\n",
    f"$${CHAIN} \\qquad (x \\neq 0)$$\n",
    f"$${CHAIN} \\quad \\text{{for }} x \\neq 0$$\n",
    f"$${CHAIN} \\qquad (x > 0)$$\n",
])
def test_a_stated_exclusion_keeps_the_kink_out(text: str) -> None:
    steps = doc_steps("# S\n\n" + text)
    assert steps[0].verdict in (Verdict.PROVED, Verdict.PASSED), steps[0].message


def test_almost_everywhere_is_not_refuted_at_a_breakpoint() -> None:
    steps = doc_steps(f"# S\n\nAlmost everywhere,\n$${CHAIN}$$\n")
    assert steps[0].verdict is Verdict.PASSED, steps[0].message
    assert "x = 0" in steps[0].message


def test_without_the_restriction_the_kink_still_refutes() -> None:
    steps = doc_steps(f"# S\n\nThen\n$${CHAIN}$$\n\nWhere defined,\n$${CHAIN}$$\n")
    assert [s.verdict for s in steps if s.index == 1] == [Verdict.FAILED, Verdict.FAILED], [s.message for s in steps]


def test_the_removable_singularity_and_the_derivative_of_abs_are_not_failed() -> None:
    steps = doc_steps("# S\n\nFor $x \\neq 0$,\n$$\\frac{x}{x} = 1$$\n\nFor $x \\neq 0$, "
                      "$$\\frac{|x|}{x} = \\operatorname{sign}(x)$$\n\nFor $x \\neq 0$,\n"
                      "$$\\frac{d}{dx}|x| = \\operatorname{sign}(x)$$\n")
    assert all(s.verdict in (Verdict.PROVED, Verdict.PASSED) for s in steps), [s.message for s in steps]
