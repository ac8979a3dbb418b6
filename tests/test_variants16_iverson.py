r"""The Iverson bracket ``[a = b]`` written bare is an indicator (variants16).

Notes write the Kronecker delta of the softmax Jacobian as ``[a=b]`` and the one-hot target of the
cross-entropy gradient as ``p_j - [j = c]``; the bracket was "a relation inside a formula" and the step
SKIPPED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_JACOBIAN = r"""
With $p_a = \exp(s_a) / \sum_b \exp(s_b)$ and the Iverson bracket,

$$\frac{\partial p_a}{\partial s_b} = {rhs}$$
"""

_TARGET = r"""
The loss for true class $c$ is $L = -z_c + \log \sum_k e^{z_k}$, with $p_j = \frac{e^{z_j}}{\sum_k e^{z_k}}$.

$$\frac{\partial L}{\partial z_j} = {rhs}$$
"""


def _last(notes: str, rhs: str) -> Verdict:
    return doc_steps(notes.replace("{rhs}", rhs))[-1].verdict


def test_an_iverson_bracket_in_the_softmax_jacobian_is_read() -> None:
    assert _last(_JACOBIAN, r"p_a\,([a=b] - p_b)") is Verdict.PROVED


def test_a_wrong_jacobian_with_an_iverson_bracket_is_failed() -> None:
    assert _last(_JACOBIAN, r"p_a\,([a=b] + p_b)") is Verdict.FAILED


def test_the_one_hot_target_as_an_iverson_bracket_is_read() -> None:
    assert _last(_TARGET, r"p_j - [j = c]") is Verdict.PROVED
    # the sign flip, and a slip at the true class only: FAILED (c is on the left through L's definition,
    # documents.differentiatedindices; the bracket writes the case j = c itself, documents.indicatorcases —
    # SKIPPED before lecture23 as "free on one side only" and "a case split the notes may assume")
    assert _last(_TARGET, r"[j = c] - p_j") is Verdict.FAILED
    assert _last(_TARGET, r"p_j + [j = c]") is Verdict.FAILED


def test_a_bracket_after_a_name_is_no_indicator() -> None:
    # P[X = x], \mathbb{E}[...]: a bracket after a letter is that letter's argument, not an Iverson bracket
    from verifier.latex.iverson import iverson_brackets
    from verifier.latex.tokenizer import Tokenizer

    toks = iverson_brackets(Tokenizer(r"P[a = b]").run())
    assert all(t.type != "INDICATOR" for t in toks)
    toks = iverson_brackets(Tokenizer(r"2 - [a = b]").run())
    assert any(t.type == "INDICATOR" for t in toks)
