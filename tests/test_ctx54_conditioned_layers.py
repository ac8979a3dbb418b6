r"""A rule over a symbolic layer that the prose states under a condition ("When $a^{(l)}_j = \tanh(z^{(l)}_j)$")
and that fails at a layer where that condition holds is FAILED (documents.layerinstances): the notes say which
layers it is for, so "the notes may mean it for some layers only" no longer excuses it. Without a stated
condition such a failure stays SKIPPED (the notes may mean the rule for the output or the hidden layers only),
unless it fails at the last layer it is written at and at another: then neither restriction rescues it (FAILED).

Own small notes: test_layers10's networks, a tanh layer under a linear output (one unit each) and two tanh
layers written unit by unit.
"""

from __future__ import annotations

import pytest
from support import doc_steps
from test_layers10_layer_instances import _OUTPUT
from test_layers10_layer_instances import _UNITS as _TWO_TANH  # two tanh layers, unit by unit

_TANH = r"When $a^{(l)}_j = \tanh(z^{(l)}_j)$:"
_LINEAR = r"When $a^{(l)}_j = z^{(l)}_j$ (the linear output layer):"
_RIGHT = r"a^{(l-1)}_i"


def _step(prose: str, right: str = _RIGHT, factor: str = "") -> tuple[str, str]:
    rule = r"\frac{\partial E}{\partial a^{(l)}_j} " + factor + right
    (step,) = doc_steps(_OUTPUT.replace("PROSE", prose).replace(r"\frac{\partial E}{\partial a^{(l)}_j} a^{(l-1)}_i",
                                                                 rule))
    return step.verdict.name, step.message


@pytest.mark.slow(3)
def test_a_rule_that_fails_at_a_layer_its_condition_holds_is_failed() -> None:
    # the tanh layer's rule without tanh's derivative: the condition holds at l = 1, where it fails
    verdict, message = _step(_TANH)
    assert verdict == "FAILED", message
    assert "fails at l = 1" in message and "condition" in message


@pytest.mark.slow(3)
def test_the_wrong_layer_under_the_output_condition_is_failed() -> None:
    verdict, message = _step(_LINEAR, r"a^{(l)}_i")
    assert verdict == "FAILED", message
    assert "fails at l = 2" in message


@pytest.mark.slow(3)
def test_the_right_rule_under_its_condition_is_green() -> None:
    verdict, message = _step(_TANH, factor=r"(1 - (a^{(l)}_j)^2) ")
    assert verdict == "PROVED", message
    assert "checked at l = 1" in message


@pytest.mark.slow(3)
def test_without_a_condition_a_failure_at_some_layer_stays_skipped() -> None:
    verdict, message = _step("")
    assert verdict == "SKIPPED", message
    assert "fails at l = 1" in message


_WEIGHT = r"\frac{\partial E}{\partial w^{(l)}_{ij}} = \frac{\partial E}{\partial a^{(l)}_j} "


def _unconditioned(rule: str) -> tuple[str, str]:
    (step,) = doc_steps(_TWO_TANH.replace("RULE", _WEIGHT + rule))
    return step.verdict.name, step.message


@pytest.mark.parametrize(
    "wrong",
    [
        pytest.param(r"(1 - (a^{(l)}_j)^2) a^{(l-1)}_j", id="the-wrong-unit"),
        pytest.param(r"a^{(l-1)}_i", id="a-dropped-activation-derivative"),
    ],
)
@pytest.mark.slow(3)
def test_a_rule_that_fails_at_the_last_layer_and_at_another_is_failed(wrong: str) -> None:
    # no restriction to the output layer or to the others would rescue it
    verdict, message = _unconditioned(wrong)
    assert verdict == "FAILED", message
    assert "the last layer" in message


@pytest.mark.slow(3)
def test_a_rule_that_fails_only_at_the_output_layer_stays_skipped() -> None:
    # the tanh layer's rule under a linear output: right for the hidden layer, wrong at the output
    verdict, message = _step("", factor=r"(1 - (a^{(l)}_j)^2) ")
    assert verdict == "SKIPPED", message
    assert "fails at l = 2" in message


@pytest.mark.parametrize(
    "prose",
    [pytest.param("For the first layer:", id="in-words"), pytest.param("For $l = 1$:", id="a-layer-value")],
)
@pytest.mark.slow(3)
def test_a_rule_the_prose_restricts_to_some_layers_in_its_own_words_stays_skipped(prose: str) -> None:
    # the notes say which layers they mean, in words the checker does not turn into layers: no FAILED from the others
    (step,) = doc_steps(_TWO_TANH.replace("$$\nRULE", f"{prose}\n$$\nRULE").replace(
        "RULE", _WEIGHT + r"(1 - (a^{(l)}_j)^2) a^{(l-1)}_j"))
    assert step.verdict.name == "SKIPPED", step.message
