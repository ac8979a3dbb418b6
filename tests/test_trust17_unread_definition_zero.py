r"""A derivative that is 0 on both sides only because a definition on the way was not read (trust17).

``S = \operatorname{softmax}(A)\ \text{(row-wise)}`` is not read (prose in the member), so S is a name of
its own and ``L = \sum_{ij} T_{ij}\log S_{ij}`` reaches neither A nor V: every derivative of L by them is
0, and ``\partial L/\partial V = 2X^\top \partial L/\partial A`` (a doubled gradient) was PROVED as 0 = 0.
The dependence was lost with the unread definition: that is no evidence, and the step says so (SKIPPED,
naming the definition and its line). Where the unread definition writes nothing that reaches the variable,
the 0 is the notes' own and the verdict stands."""

from __future__ import annotations

from support import DOC_SETTINGS, check_chains_at, doc_steps, line_of

from verifier.results import Verdict

_NOTES = r"""# Scores

Let $X \in \mathbb{R}^{m\times d}$, $V \in \mathbb{R}^{d\times K}$, $B \in \mathbb{R}^{m\times K}$ and
$T \in \{0,1\}^{m\times K}$ be one-hot targets.

$$A = XV$$

$$S = \operatorname{softmax}(ARG)\ \text{(row-wise)}$$

$$L = -\sum_{i=1}^m\sum_{j=1}^K T_{ij}\log S_{ij}$$

$$STEP$$
"""


def _last(arg: str, step: str) -> object:
    return doc_steps(_NOTES.replace("ARG", arg).replace("STEP", step))[-1]


def test_a_doubled_gradient_through_an_unread_definition_is_skipped_naming_it() -> None:
    r = _last("A", r"\frac{\partial L}{\partial V} = 2X^\top\frac{\partial L}{\partial A}")
    assert r.verdict is Verdict.SKIPPED, r.message
    where = f"line {line_of(_NOTES, 'operatorname{softmax}')}"
    assert "S does not reach V" in r.message and where in r.message and "not read" in r.message, r.message


def test_a_zero_gradient_claimed_through_an_unread_definition_is_not_green() -> None:
    r = _last("A", r"\frac{\partial L}{\partial V} = 0")
    assert not r.verdict.ok, r.message


def test_an_unread_definition_of_other_names_keeps_the_verdict() -> None:
    # S of B only: L does not depend on V whatever softmax is, so ∂L/∂V = 0 is the notes' claim, and it holds
    r = _last("B", r"\frac{\partial L}{\partial V} = 0")
    assert r.verdict.ok, r.message


def test_an_inline_unread_definition_is_named_too() -> None:
    notes = _NOTES.replace(r"$$S = \operatorname{softmax}(ARG)\ \text{(row-wise)}$$",
                           r"and let $S = \operatorname{softmax}(A)\ \text{(row-wise)}$ be the scores.")
    r = doc_steps(notes.replace("STEP", r"\frac{\partial L}{\partial V} = 2X^\top\frac{\partial L}{\partial A}"))[-1]
    assert not r.verdict.ok, r.message


def test_the_last_chain_checked_on_its_own_is_skipped_too() -> None:
    # verify doc checks each chain in a worker of its own: the unread member's chain is not checked there first
    doubled = r"\frac{\partial L}{\partial V} = 2X^\top\frac{\partial L}{\partial A}"
    notes = _NOTES.replace("ARG", "A").replace("STEP", doubled)
    r = check_chains_at(notes, "t.md", DOC_SETTINGS).chains[-1].result.steps[-1]
    assert r.verdict is Verdict.SKIPPED, r.message
