r"""Soundness review of the product rule, names defined inside a chain and worked formulas of decimals.

Each test is a small note written for it, in the style of likelihood notes and worked examples, where
a reading added this session turned a wrong line green or a right one FAILED:

* ``\frac12 \frac{P(t,z)}{P(z)}``: a fraction written without braces had its numerator and denominator
  taken from the next braced fraction (the ½ was dropped), so the link was PROVED by the product rule;
* ``-\log Q = \xi(t, z) \le B``: a name was learned from a link that is no equality (ξ ≤ B, ξ ≈ B), so
  the link before it was read as ``-\log Q = B`` (FAILED where B is a bound, PROVED where it is not ξ);
* ``\sqrt{0.5}``, ``e^{-1.0}``: the rounding of a decimal was applied to every number of the formula
  equal to it (the exponent ½ of the square root, the 1 of ``1 + e^{…}``), widening the range enough to
  pass a worked value the formula does not give.
"""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.productrule import product_rule
from verifier.engine import Settings

FAST = Settings(points=30)


def _steps(notes: str) -> list:
    check = check_text(notes, "t.md", FAST)
    return [s for c in check.chains for s in c.result.steps]


# --- the product rule: a fraction without braces ---------------------------------------------------------

_BAYES = r"""
By the definition of a conditional probability,

$$ CLAIM $$
"""


@pytest.mark.parametrize("claim", [r"P(t|z) = \frac12 \frac{P(t,z)}{P(z)}",
                                   r"P(t|z) = \tfrac12\, \frac{P(t,z)}{P(z)}",
                                   r"P(t|z) = \frac 1 2 \frac{P(t,z)}{P(z)}"])  # fmt: skip
def test_a_fraction_without_braces_is_not_dropped_from_the_product(claim: str) -> None:
    left, right = claim.split(" = ")
    assert product_rule(left, right) is None
    [step] = _steps(_BAYES.replace("CLAIM", claim))
    assert step.verdict.value not in ("PROVED", "PASSED"), step.message


def test_the_braced_conditional_is_still_proved() -> None:
    [step] = _steps(_BAYES.replace("CLAIM", r"P(t|z) = \frac{P(t,z)}{P(z)}"))
    assert step.verdict.value == "PROVED", step.message


# --- a name defined by a later link: only an equality names it ---------------------------------------------

_LOSS = r"""
The output for the scores $z$ is

$$ p_k = \frac{e^{z_k}}{\sum_{j=1}^{K} e^{z_j}} $$

and the likelihood of one-hot labels $t$ is

$$ Q(t|z) = \prod_{k=1}^{K} p_k^{t_k} $$

The loss is

$$ -\log Q(t|z) = \xi(t, z) REL BODY $$
"""


@pytest.mark.parametrize("rel", [r"\le", r"\approx"])
def test_a_bound_does_not_name_the_function(rel: str) -> None:
    # ξ ≤ (the loss + 1) is true; read as ξ := the bound, the first link was FAILED
    notes = _LOSS.replace("REL", rel).replace("BODY", r"-\sum_{k=1}^{K} t_k \log p_k + 1")
    first = _steps(notes)[-2]
    assert first.lhs_latex.startswith(r"-\log Q")
    assert first.verdict.value != "FAILED", first.message
    assert "later link of this chain" not in first.message


@pytest.mark.parametrize("rel", [r"\le", r"\approx"])
def test_a_name_bounded_by_the_loss_is_not_proved_equal_to_it(rel: str) -> None:
    # -log Q = ξ ≤ Σ…: nothing says what ξ is, so -log Q = ξ is not green
    notes = _LOSS.replace("REL", rel).replace("BODY", r"-\sum_{k=1}^{K} t_k \log p_k")
    first = _steps(notes)[-2]
    assert first.verdict.value not in ("PROVED", "PASSED"), first.message


def test_an_equality_still_names_the_function() -> None:
    notes = _LOSS.replace("REL", "=").replace("BODY", r"-\sum_{k=1}^{K} t_k \log p_k")
    first = _steps(notes)[-2]
    assert first.verdict.value in ("PROVED", "PASSED"), first.message


# --- worked formulas: only the decimals written are allowed their rounding -----------------------------------

_WORKED = r"""
The distance is $d = \sqrt{u}$. Take $u = VALUE$. Then

$$ d = \sqrt{0.5} $$
"""


def test_the_exponent_of_a_square_root_is_not_a_rounded_decimal() -> None:
    # sqrt(0.81) = 0.9; sqrt of anything that rounds to 0.5 is at most sqrt(0.6) = 0.775
    [step] = _steps(_WORKED.replace("VALUE", "0.81"))
    assert step.verdict.value not in ("PROVED", "PASSED"), step.message


def test_the_rounded_square_root_is_not_failed() -> None:
    # not judged by the rounding any more (the exponent ½ cannot be told from the decimal): never FAILED
    [step] = _steps(_WORKED.replace("VALUE", "0.52"))
    assert step.verdict.value != "FAILED", step.message


_SIGMOID = r"""
A neuron outputs $y = \sigma(w x)$. Take $w = WEIGHT$ and $x = 2$. Then

$$ y = \frac{1}{1 + e^{-1.0}} $$
"""


def test_a_whole_decimal_does_not_move_the_ones_of_the_formula() -> None:
    # sigma(2 * 0.42) = 0.698; the formula gives sigma(1.0) = 0.731, sigma of [0.95, 1.1) at least 0.721
    [step] = _steps(_SIGMOID.replace("WEIGHT", "0.42"))
    assert step.verdict.value not in ("PROVED", "PASSED"), step.message


# --- a factorisation the rule does not give is never FAILED ---------------------------------------------------

_INDEPENDENT = r"""
If the two variables are independent,

$$ CLAIM $$
"""


@pytest.mark.parametrize("claim", [r"P(t,z) = P(t)P(z)", r"p(a, b) = p(a)\, p(b)", r"p(x_1, x_2) = p(x_1) p(x_2)"])
def test_independence_is_not_failed(claim: str) -> None:
    # p(…) was read as one value p (its argument "omitted"), so p(a, b) = p(a) p(b) said p = p²: FAILED
    [step] = _steps(_INDEPENDENT.replace("CLAIM", claim))
    assert step.verdict.value == "SKIPPED", step.message
    assert "product rule" in step.message


def test_a_function_p_the_notes_define_still_fails() -> None:
    notes = "Let\n\n$$ p(a, b) = a b + 1 $$\n\nthen\n\n$$ q = p(a, b) = p(a, 1)\\, p(1, b) $$\n"
    step = _steps(notes)[-1]
    assert step.lhs_latex.strip() == "p(a, b)"
    assert step.verdict.value == "FAILED", step.message
