r"""A derivative the prose takes with part of it held constant is not FAILED by the full derivative.

TD learning's semi-gradient: "Treating the target as a constant, $\nabla_w \frac12(r + \gamma V(s') -
w^\top\phi(s))^2 = -\delta\,\phi(s)$". The full derivative also differentiates the target (V depends on w),
so read literally the step fails, though it states what the prose says it computes. Where the words just
before a claim hold something other than a math name constant ("treating the target as a constant",
"semi-gradient", "stop-gradient"), its FAILED derivative steps are SKIPPED with that reason
(documents.heldconstant); a step without such words keeps its FAILED."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.heldconstant import holds_constant
from verifier.results import Verdict

_TD = ("The value estimate is $V(s) = w^\\top\\phi(s)$ and the TD error is "
       "$\\delta_t = r_{t+1} + \\gamma V(s_{t+1}) - V(s_t)$.\n\n"
       "{WORDS} $\\nabla_w \\frac12\\big(r_{t+1} + \\gamma V(s_{t+1}) - w^\\top\\phi(s_t)\\big)^2 = "
       "-\\delta_t\\phi(s_t)$, so the update is $w \\leftarrow w + \\alpha\\delta_t\\phi(s_t)$.\n")


def test_a_semi_gradient_the_prose_announces_is_not_failed() -> None:
    steps = doc_steps(_TD.replace("{WORDS}", "(a) Treating the target as a constant,"))
    assert not [s for s in steps if s.verdict is Verdict.FAILED], [s.message for s in steps]
    assert any("constant" in (s.message or "") for s in steps)


def test_without_the_words_it_stays_failed() -> None:
    steps = doc_steps(_TD.replace("{WORDS}", "(a) The gradient is"))
    assert any(s.verdict is Verdict.FAILED for s in steps), [s.message for s in steps]


def test_the_words() -> None:
    assert holds_constant("Treating the target as a constant, ")
    assert holds_constant("the semi-gradient is ")
    assert holds_constant("holding the bootstrapped target fixed, we get ")
    assert not holds_constant("treating $E$ as a constant, ")  # a math name: documents.constants reads it
    assert not holds_constant("The gradient is ")
