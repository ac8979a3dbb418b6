r"""A link that writes none of the names whose values the prose states, but reaches them through the notes'
definitions, may be meant at those values: where it fails for every value it is read again there (lead68,
documents.partlyworked). It holds there: SKIPPED, saying so (never green: the notes do not say which they mean);
it fails there too: FAILED.

Adam's first step worked by hand ("With $\beta_1 = 0.9$, … and a gradient $g_1 = 2$ … so the first step is
$\Delta w = -\eta \hat m_1/\sqrt{\hat v_1} = -\eta$") was FAILED at g_1 = -1, a value the notes never take: a false
alarm. A tempered softmax's derivative without its 1/T, after "Take … $T = 2$", was SKIPPED ("T may depend on the
variable of the derivative", though the prose gives it a number): a mistake let through."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

ADAM = r"""
With $\beta_1 = 0.9$, $\beta_2 = 0.999$, $m_0 = v_0 = 0$ and a gradient $g_1 = 2$:

$$m_1 = \beta_1 m_0 + (1 - \beta_1) g_1 = 0.2$$

$$v_1 = \beta_2 v_0 + (1 - \beta_2) g_1^2 = 0.004$$

The bias-corrected estimates are

$$\hat m_1 = \frac{m_1}{1 - \beta_1} = 2, \qquad \hat v_1 = \frac{v_1}{1 - \beta_2} = 4,$$

so the first step is $\Delta w = -\eta \frac{\hat m_1}{\sqrt{\hat v_1}} = {STEP}$ whatever the gradient's size.
"""

TEMPERATURE = r"""
For logits $z \in \mathbb{R}^K$ and a temperature $T > 0$ the tempered softmax is
$p_i = \frac{e^{z_i/T}}{\sum_j e^{z_j/T}}$.

Take $K = 2$, $z = (1, 0)$ and $T = 2$. Then

$$\frac{\partial p_1}{\partial z_1} = {STEP}.$$
"""


def _last(template: str, step: str):
    return doc_steps(template.replace("{STEP}", step))[-1]


def test_adam_step_at_the_stated_values_is_not_failed() -> None:
    last = _last(ADAM, r"-\eta")
    assert last.verdict is Verdict.SKIPPED, last.message
    assert "holds at the values the notes state" in last.message


def test_adam_step_wrong_at_the_stated_values_is_failed() -> None:
    last = _last(ADAM, r"-2\eta")
    assert last.verdict is Verdict.FAILED, last.message


def test_tempered_softmax_derivative_at_the_stated_temperature_is_not_failed() -> None:
    last = _last(TEMPERATURE, r"\frac{1}{2} p_1 (1 - p_1)")
    assert last.verdict is Verdict.SKIPPED, last.message
    assert "T = 2" in last.message


def test_tempered_softmax_derivative_without_the_temperature_is_failed() -> None:
    last = _last(TEMPERATURE, r"p_1 (1 - p_1)")
    assert last.verdict is Verdict.FAILED, last.message


def test_a_general_claim_with_no_stated_values_still_fails() -> None:
    notes = TEMPERATURE.replace("Take $K = 2$, $z = (1, 0)$ and $T = 2$. Then", "In general")
    last = _last(notes, r"\frac{1}{2} p_1 (1 - p_1)")
    assert last.verdict is not Verdict.PROVED and last.verdict is not Verdict.PASSED, last.message


LOGIT = r"""
Let $p = \sigma(z)$ with $\sigma(z) = 1/(1+e^{-z})$ and the loss $L = -y\log p - (1-y)\log(1-p)$.

With $z = 0$ and $y = 1$ we get

$$\frac{\partial L}{\partial z} = 0.5 - 1 = -0.5.$$

The second derivative is

$$\frac{\partial^2 L}{\partial z^2} = {STEP}.$$
"""


def test_a_general_derivative_after_a_stated_point_that_fails_there_too_is_failed() -> None:
    last = _last(LOGIT, r"p(1+p)")
    assert last.verdict is Verdict.FAILED, last.message
    assert "at the values the notes state" in last.message


def test_a_general_derivative_after_a_stated_point_that_holds_is_proved() -> None:
    assert _last(LOGIT, r"p(1-p)").verdict is Verdict.PROVED
