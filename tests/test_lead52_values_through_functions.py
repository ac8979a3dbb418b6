r"""A value the notes define through a function they never define (``\hat\mu = g(S)``, "the angle whose
sine is S"), then a claim about the value: the claim says what the notes' own g is, so its failure for an
arbitrary g is no counterexample — SKIPPED, never FAILED (it was FAILED: the doubt looked at the written
trees, where the value shows no g; verifier.documents.throughcalls now looks through the value's
definition). A claim that holds for every g is still checked; one that is wrong for every g is never green
(seen through a value the doubt may only grow: tests/test_lead52_merge_false_alarms.py)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_GOOD = (Verdict.PROVED, Verdict.PASSED)

_ONE = "With $S = \\sum_i \\sin x_i$, the estimate is $\\hat\\mu = g(S)$, the angle whose sine is $S$.\n\n$$CLAIM$$\n"
_TWO = ("With $C = \\sum_i \\cos x_i$ and $S = \\sum_i \\sin x_i$, the MLE is $\\hat\\mu = g(S, C)$, the angle whose "
        "cosine is $C/R$ and whose sine is $S/R$.\n\n$$CLAIM$$\n")
_CHAIN = "Let $m = g(t)$ and $u = m + 1$, where $g$ is the lecture's function.\n\n$$CLAIM$$\n"


def _last(notes: str, claim: str) -> Verdict:
    check = check_text(notes.replace("CLAIM", claim), "notes.md")
    return [s for c in check.chains for s in c.result.steps][-1].verdict


@pytest.mark.parametrize(("notes", "claim"), [
    (_ONE, "\\sin\\hat\\mu = S"),
    (_TWO, "C\\cos\\hat\\mu + S\\sin\\hat\\mu = \\sqrt{S^2 + C^2}"),
    (_CHAIN, "u^3 = t + 1"),  # through a value defined from a value defined through g
])
def test_a_claim_about_a_value_defined_through_an_undefined_function_is_not_failed(notes: str, claim: str) -> None:
    assert _last(notes, claim) is Verdict.SKIPPED


def test_a_claim_true_for_every_function_is_still_checked() -> None:
    assert _last(_ONE, "\\hat\\mu^2 - g(S)^2 = 0") in _GOOD


def test_a_claim_wrong_for_every_function_is_never_green() -> None:
    assert _last(_ONE, "2\\hat\\mu = g(S) + 2g(S)") not in _GOOD


@pytest.mark.parametrize(("notes", "claim"), [
    ("Let $L = f(w)$ be the loss.\n\n$$CLAIM$$\n", "\\frac{dL}{dw} = 2f'(w)"),
    ("Let $L = f(w)$ be the loss.\n\n$$CLAIM$$\n", "\\frac{d L^2}{dw} = f(w) f'(w)"),  # the 2 dropped
    ("Let $h = \\sigma(u)$ and $z = g(h)$.\n\n$$CLAIM$$\n", "\\frac{dz}{du} = g'(h) \\sigma(u)"),  # σ' dropped
])
def test_a_wrong_chain_rule_through_a_value_is_never_green(notes: str, claim: str) -> None:
    # written, f is on one side only (SKIPPED, the notes' own f may be meant); seeing L through its definition does not
    # take that doubt away (tests/test_lead52_merge_false_alarms.py: AdaBoost's h)
    assert _last(notes, claim) not in _GOOD


@pytest.mark.parametrize("claim", ["\\frac{dz}{dh} = z(1 - z)", "\\frac{dz}{dh} = z"])
def test_a_derivative_equation_through_a_value_stays_undecided(claim: str) -> None:
    # g differentiated on one side, only applied (through z) on the other: the logistic equation, which
    # only the notes' own g satisfies
    assert _last("Let $z = g(h)$.\n\n$$CLAIM$$\n", claim) is Verdict.SKIPPED
