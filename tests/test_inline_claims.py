r"""Identities stated inside sentences (``$\zeta(x) - \zeta(-x) = x$``) are steps like a display's;
ranges, cases, definitions and conditions written inline are not (:mod:`verifier.documents.claims`)."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.claims import condition_before, names_only, states_value
from verifier.results import Verdict


def _by_text(steps):
    return {(s.lhs, s.rhs): s.verdict for s in steps}


def test_a_wrong_inline_identity_is_failed():
    steps = doc_steps(
        r"""
        The softplus $\zeta(x) = \log(1 + e^x)$ is smooth.

        It satisfies $\zeta(x) - \zeta(-x) = -x$ for every real $x$.
        """
    )
    verdicts = [s.verdict for s in steps]
    assert verdicts == [Verdict.FAILED]


def test_a_right_inline_identity_is_proved():
    steps = doc_steps(
        r"""
        The softplus $\zeta(x) = \log(1 + e^x)$ is smooth.

        It satisfies $\zeta(x) - \zeta(-x) = x$ for every real $x$.
        """
    )
    assert [s.verdict for s in steps] == [Verdict.PROVED]


def test_inline_shift_invariance_with_a_missing_shift_is_failed():
    steps = doc_steps(
        r"""
        Let $z \in \mathbb{R}^K$. For any scalar $c$,
        $\frac{e^{z_i + c}}{\sum_{k=1}^K e^{z_k}} = \frac{e^{z_i}}{\sum_{k=1}^K e^{z_k}}$.
        """
    )
    assert [s.verdict for s in steps] == [Verdict.FAILED]


def test_ranges_cases_definitions_and_statistics_written_inline_are_not_steps():
    steps = doc_steps(
        r"""
        For $i = 1, \dots, n$ let $z = w^\top x$ and $f(x) = x^2 + 1$; in the case $y = 1$ the
        label is positive. The variance is $\text{Var}(z) = \mathbb{E}[z^2] - \mathbb{E}[z]^2$ and the
        mean is $\mathrm{M}(z) = \frac{1}{2} z$; a layer writes $z^3 = y$.
        """
    )
    assert steps == []


def test_an_inline_condition_is_not_checked_as_an_identity():
    steps = doc_steps(
        r"""
        Let $L(w) = (w - 3)^2$. Setting $2(w - 3) = 0$ gives the minimum, and where $w^2 - 9 = 0$
        holds we also have a root; at the optimum, $(w - 3)^2 = 0$.
        """
    )
    assert steps == []


def test_condition_cues_are_the_words_right_before_the_formula():
    assert condition_before("Setting ")
    assert condition_before("the solution satisfies the equation")
    assert condition_before("we impose the constraint that ")
    assert condition_before("such that")
    assert not condition_before("If $A$ is symmetric, ")
    assert not condition_before("It satisfies ")
    assert not condition_before("Recall that ")


def test_names_only_tells_a_head_from_an_expression():
    x, y = sp.symbols("x y")
    i = sp.Symbol("i")
    w = sp.IndexedBase("w")
    assert names_only(x) and names_only(w[i]) and names_only(x**2) and names_only(x ** sp.Symbol("m"))
    assert not names_only(x + y) and not names_only(sp.log(x)) and not names_only((x + y) ** 2)
    assert states_value(x - y, x, written_call=False)
    assert not states_value(sp.Mul(x, y), x, written_call=True)
    assert not states_value(sp.Integer(1), y, written_call=False)
    assert states_value(sp.Integer(1), x + y, written_call=False)
