r"""The product rule of probability read as it is written (documents.productrule).

Likelihood notes factor a joint probability before any factor is defined ("Since $P(A,B) = P(A|B)P(B)$
this can be written as $P(y, x|w) = P(y|x, w)P(x|w)$"). The link was SKIPPED as the notes' definition of
the joint; it holds for every distribution by the rule alone. The examples are written for these tests.
"""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.productrule import product_rule
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
The likelihood of the weights is the probability of the data. By the product rule,

$$ CLAIM $$

and we drop the factor that does not depend on the labels.
"""


def _verdicts(claim: str) -> list[tuple[str, str]]:
    check = check_text(_NOTES.replace("CLAIM", claim), "t.md", FAST)
    return [(s.verdict.value, s.message) for c in check.chains for s in c.result.steps]


def test_a_joint_factored_by_the_product_rule_is_proved() -> None:
    [(verdict, message)] = _verdicts(r"P(y, x \mid w) = P(y \mid x, w)\, P(x \mid w)")
    assert verdict == "PROVED", message
    assert "product rule of probability" in message


def test_a_factor_conditioned_on_the_wrong_set_is_not_green() -> None:
    [(verdict, message)] = _verdicts(r"P(y, x \mid w) = P(y \mid x, w)\, P(y \mid w)")
    assert verdict == "SKIPPED", message


def test_independence_is_not_the_product_rule() -> None:
    [(verdict, message)] = _verdicts(r"p(a, b) = p(a \mid c)\, p(b)")
    assert verdict == "SKIPPED", message


def test_a_proportionality_is_not_an_equality() -> None:
    bayes, proportional = _verdicts(r"p(w \mid y) = \frac{p(y \mid w)\, p(w)}{p(y)} \propto p(y \mid w)\, p(w)")
    assert bayes[0] == "PROVED", bayes[1]
    assert proportional[0] == "SKIPPED" and "not an equality" in proportional[1], proportional[1]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (r"p(a \mid b)", r"\frac{p(b \mid a)\, p(a)}{p(b)}"),  # Bayes' rule
        (r"P(x_1, x_2, x_3)", r"P(x_1) P(x_2 | x_1) \cdot P(x_3 \mid x_1, x_2)"),  # the chain rule
        (r"\Pr\left(A, B \mid C\right)", r"\Pr(B \mid C)\Pr(A \mid B, C)"),
        (r"P(\mathbf{t},\mathbf{z}|\theta)", r"P(\mathbf{t}|\mathbf{z},\theta)P(\mathbf{z}|\theta)"),
    ],
)
def test_the_cases_of_the_rule(left: str, right: str) -> None:
    assert product_rule(left, right) is not None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (r"P(A, B)", r"P(A) P(B)"),  # independence
        (r"p(a \mid b)", r"\frac{q(b \mid a)\, q(a)}{q(b)}"),  # two distributions
        (r"p(x, y)", r"p(y, x)"),  # no bar: may be a function's symmetry
        (r"p(y; \theta)", r"p(y \mid \theta)"),  # a parameter, not an event
        (r"P(A \mid B)^2", r"P(A \mid B) P(A \mid B)"),
        (r"P(A \mid B)", r"1 - P(\bar{A} \mid B)"),
    ],
)
def test_what_the_rule_does_not_give(left: str, right: str) -> None:
    assert product_rule(left, right) is None
