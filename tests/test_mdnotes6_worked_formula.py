r"""A worked link written as a formula of rounded decimals (``L = -\log(0.090)``), read at the stated values.

After a worked example states its inputs (``s = \boxed{1}\boxed{2}\boxed{0}``, the label ``t``) and the
probabilities rounded to three decimals, notes write the loss as ``L = -\log(0.090) = 2.408``. The
second link was PASSED (a plain decimal, documents.stated); the first was SKIPPED ("a worked number
against a definition over s, t"): its member ``-\log(0.090)`` was not seen as a worked number, so the
stated values were not applied to it. documents.workedexpressions reads it at the stated values, the
decimals inside the formula allowed their rounding.
"""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.workedexpressions import worked_expression
from verifier.engine import Settings
from verifier.latex.parser import parse_latex

FAST = Settings(points=30)

_NOTES = r"""
The softmax of the scores:
$$ q_j = \frac{e^{s_j}}{\sum_{i} e^{s_i}} $$
The loss:
$$ L = -\sum_{i} t_i \log(q_i) $$
Take three classes with scores
$$ s = \boxed{1}\boxed{2}\boxed{0} $$
and the label
$$ t = \boxed{0}\boxed{0}\boxed{1} $$
Then
$$ q = \boxed{0.245}\boxed{0.665}\boxed{0.090} $$
and the loss is
$$ L = FORMULA $$
"""


def _first(formula: str) -> tuple[str, str]:
    check = check_text(_NOTES.replace("FORMULA", formula), "t.md", FAST)
    step = check.chains[-1].result.steps[0]
    return step.verdict.value, step.message


def test_a_formula_of_numbers_with_a_decimal_is_a_worked_member() -> None:
    assert worked_expression(r"-\log(0.245)", parse_latex)
    assert worked_expression(r"\frac{1}{1 + e^{-0.5}}", parse_latex)
    assert not worked_expression("1.406", parse_latex)  # a plain decimal: documents.stated
    assert not worked_expression(r"-\log(2)", parse_latex)  # no decimal: an exact identity
    assert not worked_expression(r"\log(x) + 0.5", parse_latex)  # a name: not a number


def test_the_loss_written_with_the_rounded_probability_passes() -> None:
    verdict, message = _first(r"-\log(0.090) = 2.408")
    assert verdict == "PASSED", message
    assert "rounded" in message or "within the rounding" in message


def test_the_probability_of_another_class_is_not_green() -> None:
    verdict, message = _first(r"-\log(0.665)")
    assert verdict not in ("PROVED", "PASSED"), message


def test_a_probability_off_in_its_last_decimal_is_not_green() -> None:
    verdict, message = _first(r"-\log(0.092)")
    assert verdict not in ("PROVED", "PASSED"), message


def _gradient(last: str) -> tuple[str, str]:
    slip = r"$$ \frac{\partial L}{\partial s} = \boxed{0.245}\boxed{0.665}\boxed{LAST} $$".replace("LAST", last)
    step = check_text(_NOTES.replace("$$ L = FORMULA $$", slip), "t.md", FAST).chains[-1].result.steps[0]
    return step.verdict.value, step.message


def test_a_worked_gradient_with_a_slip_says_what_the_stated_values_give() -> None:
    # q - t at s = (1, 2, 0), t = (0, 0, 1): the last entry is -0.910; -0.930 changes one digit that is not the last
    # at inputs stated exactly, a slip no rounding makes: FAILED (documents.exactslips), saying what the values give
    verdict, message = _gradient("-0.930")
    assert verdict == "FAILED", message
    assert "entry [3, 1]" in message and "-0.93" in message, message
    assert "only in prose" not in message
    # the last digit off may be a rounding on the way: never green, never FAILED
    verdict, message = _gradient("-0.912")
    assert verdict == "SKIPPED", message
