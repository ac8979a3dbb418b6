r"""An equation after "so that $\nabla\ell = 0$ when": the derivative just computed, set to zero (ctx65, issue 8 §5).

Notes compute a derivative, then say when it vanishes: "$$\nabla_\theta \ell = \sum_i \frac{2(y - \theta^T x)x}{2
\sigma^2},$$ so that $\nabla\ell = 0$ when $$\sum_i \frac{1}{\sigma^2}(y - \theta^T x)x = 0.$$" The last equation is
the condition the notes solve, and they claim it is the derivative's right member set to zero; it was SKIPPED "an
equation to solve" (the inline formula between made it no worded link, and no sentence said "set … to zero"). It is
now linked to the derivative's last member = 0 and checked by documents.equivalent: PROVED where a nonzero multiple,
else SKIPPED (never FAILED).
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

#: a derivative computed, then "so that $D = 0$ when" and the condition (my own example)
ZERO_WHEN = (
    "The slope is\n\n$$\\frac{\\partial f}{\\partial a} = 4a - 2b,$$\n\n"
    "so that $\\partial f / \\partial a = 0$ when\n\n$$2a - b = 0.$$\n"
)


def test_the_condition_a_derivative_vanishes_on_is_checked() -> None:
    steps = doc_steps(ZERO_WHEN)
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message
    assert "the equation before it" in steps[-1].message, steps[-1].message


def test_a_wrong_condition_is_not_green_nor_failed() -> None:
    for wrong in (ZERO_WHEN.replace("2a - b = 0", "2a + b = 0"), ZERO_WHEN.replace("2a - b = 0", "a - b = 0")):
        assert doc_steps(wrong)[-1].verdict is Verdict.SKIPPED, wrong


def test_no_link_where_the_inline_formula_sets_no_derivative_to_zero() -> None:
    assert doc_steps(ZERO_WHEN.replace("$\\partial f / \\partial a = 0$", "$u = 0$"))[-1].verdict is Verdict.SKIPPED


def test_no_link_where_the_display_before_is_no_derivative() -> None:
    plain = ZERO_WHEN.replace("\\frac{\\partial f}{\\partial a}", "g")
    assert doc_steps(plain)[-1].verdict is Verdict.SKIPPED


def test_no_link_where_other_words_follow_the_inline_formula() -> None:
    other = ZERO_WHEN.replace("= 0$ when", "= 0$ at the optimum, and we also know")
    assert doc_steps(other)[-1].verdict is Verdict.SKIPPED
