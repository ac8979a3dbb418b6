r"""A worked value the notes state for a quantity they define from other stated values is implied by them, not a
hypothesis to solve (lead68, documents.hypotheses).

A tempered softmax worked at "$z = (1, 0)$ and $T = 2$" states $p_1 \approx 0.6225$ on the way; every later worked
number then took p_1 = 0.6225 as a hypothesis too, which is not linear in z or T: SKIPPED "only hypotheses linear in
the variables they eliminate are solved". Implied (to within its rounding) it is dropped and the others are solved;
one far off still contradicts them."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
For logits $z \in \mathbb{R}^K$ and a temperature $T > 0$ the tempered softmax is
$p_i = \frac{e^{z_i/T}}{\sum_j e^{z_j/T}}$.

Take $K = 2$, $z = (1, 0)$ and $T = 2$. Then

$$p_1 = \frac{e^{1/2}}{e^{1/2} + 1} \approx P1$$

and

$$\frac{1}{2} p_1 (1 - p_1) = VALUE$$
"""


def _last(p1: str, value: str):
    return doc_steps(NOTES.replace("P1", p1).replace("VALUE", value))[-1]


def test_a_worked_number_after_an_implied_value_is_checked() -> None:
    last = _last("0.6225", "0.1175")
    assert last.verdict is Verdict.PASSED, last.message


def test_a_wrong_worked_number_after_an_implied_value_is_not_green() -> None:
    last = _last("0.6225", "0.2350")
    assert last.verdict not in (Verdict.PASSED, Verdict.PROVED), last.message


def test_a_stated_value_far_from_the_implied_one_is_not_dropped() -> None:
    last = _last("0.9", "0.1175")
    assert last.verdict not in (Verdict.PASSED, Verdict.PROVED), last.message


def test_implied_is_measured_against_the_smallest_term_not_a_cancelled_one() -> None:
    import sympy as sp

    from verifier.documents.hypotheses import _implied_dropped

    x, y = sp.symbols("x y")
    # x^2 - y^2 at x = 10, y = 9.9 is 1.99: terms of 100 cancel, so 1.5 is far off (redlead68), 1.99 is implied
    off = [x - 10, y - sp.Rational(99, 10), x**2 - y**2 - sp.Rational(3, 2)]
    implied = [x - 10, y - sp.Rational(99, 10), x**2 - y**2 - sp.Rational(199, 100)]
    assert len(_implied_dropped(off, [x, y])) == 3
    assert len(_implied_dropped(implied, [x, y])) == 2
